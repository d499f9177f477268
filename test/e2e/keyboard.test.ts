import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { expectNoAxeViolations } from './harness';
import { startWithNewReview } from './pages/review';
import { focusedName, goToArea, KEYBOARD_BUDGET_MS, sampleAreaByKeyboard, tabTo } from './pages/keyboard';

const POLICE_CSV = fileURLToPath(new URL('../fixtures/chronology-ui/police-return.csv', import.meta.url));

describe('keyboard only', () => {
  it(
    'reads the chronology: arrows move, the pane follows, P hides and shows it, Enter edits and Escape cancels',
    async () => {
      const page = await sampleAreaByKeyboard('Chronology', { viewport: { width: 1440, height: 900 } });
      const grid = page.getByRole('grid', { name: 'Chronology entries' });
      await tabTo(page, /^Chronology entries$/);
      const pane = page.getByRole('region', { name: /^Entry: / });
      await pane.getByRole('heading', { name: 'Entry: Summer 2019, GP Practice' }).waitFor();

      // Down three rows: the pane reads the fourth entry in full.
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await pane.getByRole('heading', { name: "Entry: 16 Sep 2019, Children's Social Care" }).waitFor();
      await pane.getByText('Summary', { exact: true }).waitFor();
      await expectNoAxeViolations(page);

      // P hides the pane and shows it again, while focus stays in the grid.
      await page.keyboard.press('p');
      await expect.poll(() => pane.count()).toBe(0);
      await expect
        .poll(() => page.getByRole('button', { name: 'Reading pane' }).getAttribute('aria-pressed'))
        .toBe('false');
      await page.keyboard.press('p');
      await pane.getByRole('heading', { name: "Entry: 16 Sep 2019, Children's Social Care" }).waitFor();
      await expect.poll(() => focusedName(page)).toBe('Chronology entries');

      // Enter edits the active cell; Escape leaves it unchanged.
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      const editor = page.getByRole('textbox', { name: 'Edit summary' });
      await editor.waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => editor.count()).toBe(0);
      await expect
        .poll(() => grid.locator('[aria-rowindex="5"] .cw-col-summary').innerText())
        .toMatch(/^Police notification/);
    },
    KEYBOARD_BUDGET_MS,
  );

  it(
    'writes a finding and links its evidence',
    async () => {
      const page = await sampleAreaByKeyboard('Findings');
      await tabTo(page, /^New finding title$/);
      await page.keyboard.type('Health visiting did not hear about the call-outs');
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: /Finding \d+ added/ })
        .waitFor();
      await page
        .getByRole('heading', { level: 2, name: /Health visiting did not hear about the call-outs$/ })
        .waitFor();

      await tabTo(page, /^Search the chronology$/);
      await page.keyboard.type('Larkspur');
      await page.keyboard.press('Enter');
      await tabTo(page, /^Link 12 Sep 2019, Westmoor Police/);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: 'Entry linked as evidence' }).waitFor();
      // The evidence reads as date, agency and opening words, not as a number.
      await page
        .locator('.evidence-list li')
        .filter({ hasText: /^12 Sep 2019, Westmoor Police: Domestic incident/ })
        .waitFor();
      await expectNoAxeViolations(page);
    },
    KEYBOARD_BUDGET_MS,
  );

  it(
    'imports a chronology file',
    async () => {
      const { page } = await startWithNewReview('Keyboard import');
      await goToArea(page, 'Chronology');
      await tabTo(page, /^Import$/);
      await page.keyboard.press('Enter');
      await tabTo(page, /^Chronology file/);
      // Choosing the file is the operating system's dialog; the test hands the focused input its file.
      await page.locator(':focus').setInputFiles(POLICE_CSV);
      await tabTo(page, /^Agency that sent it$/);
      await page.keyboard.type('Westmoor Police');
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'police-return.csv for Westmoor Police' }).waitFor();
      await tabTo(page, /^Import all 5 rows$/);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Import report: police-return.csv' }).waitFor();
      await expectNoAxeViolations(page);
    },
    KEYBOARD_BUDGET_MS,
  );
});
