/** Keyboard-only steps shared by the end-to-end tests for people who never touch the mouse. */
import type { Page } from 'playwright-core';
import { startBrowserApp } from '../harness';

/** Tabbing through whole screens one key at a time takes longer than a mouse-driven test. */
export const KEYBOARD_BUDGET_MS = 300_000;

/** What has focus, as assistive technology names it (label, text or aria-label). */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null) return '';
    const labelled = element.getAttribute('aria-label');
    if (labelled !== null) return labelled;
    const id = element.id;
    const label = id === '' ? null : document.querySelector(`label[for="${CSS.escape(id)}"]`);
    return (label?.textContent ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab (Shift+Tab backwards) until the focused control's name matches, as a keyboard user would. */
export async function tabTo(
  page: Page,
  name: RegExp,
  options: { backwards?: boolean; limit?: number } = {},
): Promise<void> {
  for (let i = 0; i < (options.limit ?? 80); i++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press(options.backwards === true ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${name}; last focus: ${await focusedName(page)}`);
}

/** From the start screen: Tab to "Open the sample review" and press Enter. */
export async function openSampleByKeyboard(page: Page): Promise<void> {
  await tabTo(page, /^Open the sample review$/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

/** Tab to an area's link in the review's navigation and press Enter. */
export async function goToArea(page: Page, area: string): Promise<void> {
  await tabTo(page, new RegExp(`^${area}$`));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: area }).waitFor();
}

/** Starts the browser app (closed when the test ends), then by keyboard opens the sample review and goes to `area`. */
export async function sampleAreaByKeyboard(
  area: string,
  options?: Parameters<typeof startBrowserApp>[0],
): Promise<Page> {
  const { page } = await startBrowserApp(options);
  await openSampleByKeyboard(page);
  await goToArea(page, area);
  return page;
}
