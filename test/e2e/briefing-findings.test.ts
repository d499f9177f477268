/**
 * Choosing the briefing's findings where the briefing is written: one checkbox per finding in the
 * Report area, saved at once through the API, shown the same in the finding's own editor, and the
 * briefing text being typed is kept while the list refreshes.
 */
import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '../../electron/shared/lexical/types';
import { expectNoAxeViolations } from './harness';
import { startWithNewReview } from './pages/review';

describe('browser edition: findings in the 7-minute briefing', () => {
  it('ticks a finding into the briefing from the Report area and shows it ticked in the Findings area', async () => {
    const { page, call } = await startWithNewReview('Child B');
    const voice = (await call('findings.add', {
      title: 'The child’s voice was not heard',
      type: 'new-learning',
      body: richTextFromParagraphs(['Nobody asked her.']),
    })) as { id: number };
    await call('findings.add', { title: 'Health visiting saw the mother alone', type: 'good-practice' });

    await page.getByRole('link', { name: 'Report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report' }).waitFor();
    const group = page.getByRole('group', { name: 'Findings in the briefing' });
    const tick = group.getByRole('checkbox', { name: 'Finding 1: The child’s voice was not heard' });
    await tick.waitFor();
    await expect.poll(() => tick.isChecked()).toBe(false);
    await expect.poll(() => group.getByText('0 learning findings ticked.').isVisible()).toBe(true);

    // Text being written in the briefing is not lost when the list saves and the view refreshes.
    await page.getByLabel('2. Why it matters').fill('Children were not seen alone.');
    await tick.click();
    await page.getByRole('status').filter({ hasText: 'Finding 1 added to the briefing' }).waitFor();
    await expect.poll(() => tick.isChecked()).toBe(true);
    await expect.poll(() => group.getByText('1 learning finding ticked.').isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('2. Why it matters').inputValue()).toBe('Children were not seen alone.');
    expect(((await call('findings.get', { id: voice.id })) as { inBriefing: boolean }).inBriefing).toBe(true);
    await expectNoAxeViolations(page);

    // The same flag in the finding's own editor; taking it out there shows in the Report area.
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    await page.getByRole('button', { name: '1. The child’s voice was not heard' }).click();
    await page.getByRole('heading', { level: 2, name: 'Finding 1: The child’s voice was not heard' }).waitFor();
    const own = page.getByRole('checkbox', { name: 'Include in the 7-minute briefing' });
    await expect.poll(() => own.isChecked()).toBe(true);
    await own.click();
    await expect
      .poll(async () => ((await call('findings.get', { id: voice.id })) as { inBriefing: boolean }).inBriefing)
      .toBe(false);
    await page.getByRole('link', { name: 'Report' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: 'Findings in the briefing' })
          .getByRole('checkbox', { name: /Finding 1/ })
          .isChecked(),
      )
      .toBe(false);
  });
});
