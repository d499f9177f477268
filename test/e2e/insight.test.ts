import { expect as vitestExpect, describe, it } from 'vitest';
import { expectNoAxeViolations, startBrowserApp, type BrowserApp } from './harness';
import { addLarkspurCase, pattern } from './pages/insight';
import { createReview, openArea, statusSays, type Call } from './pages/review';

/** A new review in the browser with the Larkspur case's four agency returns and family, open on Insight. */
async function insightOnLarkspur(app: BrowserApp): Promise<Call> {
  const { call } = await createReview(app, 'Larkspur insight');
  await addLarkspurCase(call);
  await openArea(app.page, 'Insight');
  return call;
}

describe('browser edition: practice insight on free-text agency returns', () => {
  it('shows the repeated incidents with their evidence, takes a false match, and makes a finding draft', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    const call = await insightOnLarkspur(app);
    const repeated = pattern(page, /Repeated domestic abuse incidents: DC and KA \(5\)/);
    await repeated.waitFor();
    await expectNoAxeViolations(page);

    // Expanded: the evidence, each entry with the words that matched and the sentence they are in.
    await repeated.getByRole('button', { name: 'Show details and evidence' }).click();
    const evidence = repeated.getByRole('table', { name: /Evidence for: Repeated domestic abuse incidents/ });
    await evidence.getByRole('row').nth(5).waitFor();
    await repeated.getByRole('link', { name: /14\/12\/2021, in the chronology/ }).waitFor();
    await repeated.getByText(/^Matched: “threatened to kill”, “smashed”/).waitFor();
    // The sentences the words are in, verbatim.
    await repeated
      .getByText(/^KA reports DC threatened to kill her and then smashed the TV during an argument\. … /)
      .waitFor();
    // Who reported the words, and who did what to whom, as the records say it.
    await repeated.getByText('Reported by KA: “threatened to kill”, “smashed”, “argument”').waitFor();
    await repeated.getByText('Who did what: DC → her (KA) (“pushed”)').waitFor();
    await repeated.getByText(/No single agency recorded or was recorded as told of all of them/).waitFor();
    await expectNoAxeViolations(page);

    // Social care's note of receiving the MARAC referral is not an incident of its own: the
    // reviewer marks it as a false match, and the rule then counts four.
    await repeated.getByRole('button', { name: "Not a match: 20/12/2021, Children's Social Care" }).click();
    const dialog = page.getByRole('dialog', { name: 'Not a match' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Mark as false match' }).click();
    await dialog.getByText('Say why this entry is not a match.').waitFor();
    await expectNoAxeViolations(page);
    await dialog
      .getByLabel('Reason')
      .fill('Receipt of the MARAC referral about the 14 December incident, not a new incident');
    await dialog.getByRole('button', { name: 'Mark as false match' }).click();
    await statusSays(page, 'Marked as a false match');
    await pattern(page, /Repeated domestic abuse incidents: DC and KA \(4\)/).waitFor();
    const marked = page.getByRole('region', { name: 'Marked as false matches' });
    await marked.getByText(/Receipt of the MARAC referral/).waitFor();
    // The marked entry is named as the reviewer knows it (date as given, agency, what it says), not by a number.
    await marked.getByText(/20\/12\/2021, Children's Social Care: “/).waitFor();
    await marked.getByText(/\bentry \d+/i).waitFor({ state: 'detached' });

    // A finding draft from the pattern, with its evidence linked.
    const current = pattern(page, /Repeated domestic abuse incidents: DC and KA \(4\)/);
    const title = (await current.getByRole('heading', { level: 2 }).innerText()).replace(/^(High|Medium|Low)\s+/, '');
    await current.getByRole('button', { name: 'Create finding draft' }).click();
    await statusSays(page, /Finding 1 created/);
    await page.waitForURL(/\/findings\/\d+$/);

    const findings = async () =>
      ((await call('findings.list', {})) as { title: string; evidence: { targetId: number }[] }[]).map((f) => ({
        title: f.title,
        evidence: f.evidence.length,
      }));
    await vitestExpect.poll(findings).toEqual([{ title, evidence: 4 }]);
  });

  it('shows the strongest patterns first, one line each, and dismisses one with a reason', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    await insightOnLarkspur(app);
    const list = page.getByRole('list', { name: 'Patterns, strongest first' });
    await list.getByRole('article').first().waitFor();
    await page.getByText(/10 patterns found in 16 chronology entries, strongest first/).waitFor();
    // Collapsed: the rule in one sentence is shown, the evidence table is not.
    const minimising = pattern(page, /Minimising language: Health Visiting/);
    await minimising.getByText(/Words that play abuse down/).waitFor();
    await vitestExpect.poll(() => minimising.getByRole('table').count()).toBe(0);

    await minimising.getByRole('button', { name: 'Dismiss…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss pattern' });
    await dialog.getByLabel('Reason').fill('Discussed with the health visiting panel member');
    await dialog.getByRole('button', { name: 'Dismiss pattern' }).click();
    await statusSays(page, 'Pattern dismissed');
    await page.getByText(/9 patterns found in 16 chronology entries, strongest first; 1 dismissed/).waitFor();
    await page.getByLabel('Show dismissed patterns').check();
    await minimising
      .getByText(/Dismissed by Test Reviewer .*Discussed with the health visiting panel member/)
      .waitFor();
  });

  it('tunes a threshold for this review, which changes the patterns, and goes back to the defaults', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    await insightOnLarkspur(app);
    await pattern(page, /Minimising language: Health Visiting/).waitFor();

    await page.getByText('Rules and thresholds').click();
    const days = page.getByLabel('Days either side to compare with other agencies');
    await vitestExpect.poll(() => days.inputValue()).toBe('28');
    await days.fill('3');
    await page.getByRole('button', { name: 'Save thresholds for this review' }).click();
    await statusSays(page, 'Thresholds saved for this review');
    await pattern(page, /Minimising language: Health Visiting/).waitFor({ state: 'detached' });
    await page.getByText("this review's own thresholds").waitFor();

    await page.getByRole('button', { name: 'Use defaults' }).click();
    await pattern(page, /Minimising language: Health Visiting/).waitFor();
  });
});
