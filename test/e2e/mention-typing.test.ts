/**
 * Writing with mentions in Chromium: a space typed straight after a chosen mention does not double
 * (the editor inserts one for you), punctuation closes up to the name, and the caret stays where
 * the reviewer is typing. The saved text, which the report prints, has single spaces too.
 */
import { describe, expect, it } from 'vitest';
import { richTextToPlain } from '../../electron/shared/lexical/types';
import type { ReviewSession } from '../../electron/shared/domain/review';
import { expectNoAxeViolations, reviewCaller } from './harness';
import { startWithNewReview } from './pages/review';
import { termsEditorKnowing } from './pages/people';

describe('typing after a mention', () => {
  it('keeps one space and the caret when the reviewer types a space straight after choosing a mention', async () => {
    const { app, page, reviewId } = await startWithNewReview('Child C');
    const editor = await termsEditorKnowing(page, { name: 'Chloe Hart', pseudonym: 'Child C', role: 'subject child' });
    await page.keyboard.type('@Ch');
    await page.getByRole('option', { name: 'Chloe Hart (Child C)' }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => editor.locator('.cw-mention').textContent()).toBe('Chloe Hart');

    // The space typed by habit is the one already there; "said" follows it, and the caret stays at the end.
    await page.keyboard.type(' said');
    await expect.poll(() => editor.innerText()).toBe('Chloe Hart said');
    await page.keyboard.type(' she was seen at school');
    await expect.poll(() => editor.innerText()).toBe('Chloe Hart said she was seen at school');

    // A second mention followed by a comma: the comma closes up to the name.
    await page.keyboard.type(' with @Chl');
    await page.getByRole('option', { name: 'Chloe Hart (Child C)' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type(', twice.');
    await expect.poll(() => editor.innerText()).toBe('Chloe Hart said she was seen at school with Chloe Hart, twice.');
    await expectNoAxeViolations(page);

    // The saved text has the same single spaces.
    await page.getByLabel('Lead reviewer').click();
    await page.getByRole('status').filter({ hasText: 'Terms of reference saved' }).waitFor();
    const session = (await reviewCaller(app, reviewId)('review.getSession', {})) as ReviewSession;
    expect(richTextToPlain(session.meta.termsOfReference)).toBe(
      'Chloe Hart said she was seen at school with Chloe Hart, twice.',
    );
  });
});
