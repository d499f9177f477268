/**
 * Exporting with the keyboard alone: a reviewer who never touches the mouse reaches the Report area,
 * checks the format, and exports the internal draft (Enter) and the panel draft (Space) as Word
 * documents. The browser edition hands each finished file over as the browser's own download (there
 * is no in-app save dialog any more), so the test takes the download as the browser would save it.
 * Focus stays visible and stays on the export button the reviewer pressed, so the next Tab continues
 * from there instead of from the top of the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readDocxStructure } from '../../electron/export/verify/ooxml-structure';
import { tempDir } from '../helpers/review-file';
import { expectNoAxeViolations, saveDownload } from './harness';
import { focusedName, KEYBOARD_BUDGET_MS, sampleAreaByKeyboard, tabTo } from './pages/keyboard';

/** The sample review's exports are named after its title. */
const SAMPLE_FILE_STEM = 'Child R- Local Child Safeguarding Practice Review (sample)';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the focused control shows a focus ring a sighted keyboard user can see. */
async function focusRingShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body || !element.matches(':focus-visible')) return false;
    const style = getComputedStyle(element);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
}

/** Presses `key` on the focused export button and saves the download it brings, as the browser would. */
async function exportWithKey(page: Page, key: 'Enter' | ' ', expectedName: string, target: string): Promise<void> {
  await saveDownload(page, () => page.keyboard.press(key), expectedName, target, { timeout: 120_000 });
}

describe('keyboard only: exporting', () => {
  it(
    'exports the draft and the panel draft as Word documents, with focus visible and back on the button pressed',
    async () => {
      const page = await sampleAreaByKeyboard('Report', { viewport: { width: 1024, height: 700 } });
      const out = tempDir('cw-e2e-keyboard-export-');

      // The format is reachable and says Word before anything is exported.
      await tabTo(page, /^Format$/, { limit: 200 });
      await expect.poll(() => focusRingShows(page)).toBe(true);
      await expect
        .poll(() =>
          page.locator(':focus').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
        )
        .toBe('Word document (.docx)');

      // Enter on "Export internal draft…": the Word file downloads and the page says where it went.
      await tabTo(page, /^Export internal draft…$/);
      await expect.poll(() => focusRingShows(page)).toBe(true);
      const draft = join(out, 'draft.docx');
      await exportWithKey(page, 'Enter', `${SAMPLE_FILE_STEM} — draft.docx`, draft);
      await expect
        .poll(
          () =>
            page
              .getByText(new RegExp(`^Saved draft as the download ${escapeRegExp(SAMPLE_FILE_STEM)} — draft\\.docx`))
              .count(),
          { timeout: 90_000 },
        )
        .toBe(1);
      // Screen readers hear the same from the status line.
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `Saved the report as the download ${SAMPLE_FILE_STEM} — draft.docx` })
            .count(),
        )
        .toBe(1);
      await expect.poll(() => focusedName(page)).toBe('Export internal draft…');
      await expect.poll(() => focusRingShows(page)).toBe(true);
      expect(existsSync(draft)).toBe(true);
      const draftStructure = await readDocxStructure(readFileSync(draft));
      expect(draftStructure.watermark).toBe(true);
      expect(draftStructure.headingLevels).toContain(1);
      expect(draftStructure.coreLanguage).toBe('en-GB');

      // Tab moves on from the button just used; Space exports the panel draft.
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedName(page)).toBe('Export panel draft…');
      const panel = join(out, 'panel.docx');
      await exportWithKey(page, ' ', `${SAMPLE_FILE_STEM} — panel draft.docx`, panel);
      await expect
        .poll(
          () =>
            page
              .getByText(
                new RegExp(`^Saved draft as the download ${escapeRegExp(SAMPLE_FILE_STEM)} — panel draft\\.docx`),
              )
              .count(),
          { timeout: 90_000 },
        )
        .toBe(1);
      await expect.poll(() => focusedName(page)).toBe('Export panel draft…');
      expect((await readDocxStructure(readFileSync(panel))).watermark).toBe(true);

      // Shift+Tab goes back the way it came.
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedName(page)).toBe('Export internal draft…');
      await expectNoAxeViolations(page);
    },
    KEYBOARD_BUDGET_MS,
  );
});
