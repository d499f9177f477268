import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect as vitestExpect, afterEach, describe, it } from 'vitest';
import { createReviewInUi, expectNoAxeViolations, reviewCaller, startBrowserApp, type BrowserApp } from './harness';

let app: BrowserApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const caseDir = fileURLToPath(new URL('../fixtures/insight/cases/larkspur/', import.meta.url));

interface CaseFile {
  files: { file: string; agency: string; mapping: Record<string, string> }[];
  people: { key: string; realName: string; pseudonym: string; aliases?: string[]; category: string; role: string; relationshipToChild: string; dateOfBirth?: string }[];
  relationships: { from: string; to: string; kind: string }[];
}

/**
 * A new review in the browser with four agencies' free-text returns imported (police log, health
 * visiting notes, social care case notes, GP consultations: no event-type column), through the
 * real import service as the import screen sends it, and the family in the people register.
 */
async function reviewWithAgencyReturns(started: BrowserApp): Promise<(method: string, args: unknown) => Promise<unknown>> {
  const reviewId = await createReviewInUi(started.page, 'Larkspur insight');
  const call = reviewCaller(started, reviewId);
  const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as CaseFile;
  const ids = new Map<string, number>();
  for (const person of spec.people) {
    const added = (await call('people.add', { ...person, aliases: person.aliases ?? [], dateOfBirth: person.dateOfBirth ?? null })) as { id: number };
    ids.set(person.key, added.id);
  }
  for (const link of spec.relationships) await call('people.addRelationship', { from: ids.get(link.from), to: ids.get(link.to), kind: link.kind });
  for (const { file, agency, mapping } of spec.files) {
    await call('chronology.importApply', { fileName: file, bytesBase64: readFileSync(join(caseDir, file)).toString('base64'), agency, mapping });
  }
  return call;
}

describe('browser edition: practice insight on free-text agency returns', () => {
  it('shows the repeated incidents with their evidence, takes a false match, and makes a finding draft', async () => {
    app = await startBrowserApp();
    const { page } = app;
    const call = await reviewWithAgencyReturns(app);

    await page.getByRole('link', { name: 'Insight' }).click();
    await page.getByRole('heading', { level: 1, name: 'Insight' }).waitFor();
    const repeated = page.getByRole('article', { name: /Repeated domestic abuse incidents: DC and KA \(5\)/ });
    await repeated.waitFor();
    await expectNoAxeViolations(page);

    // Expanded: the evidence, each entry with the words that matched and the sentence they are in.
    await repeated.getByRole('button', { name: 'Show details and evidence' }).click();
    const evidence = repeated.getByRole('table', { name: /Evidence for: Repeated domestic abuse incidents/ });
    await evidence.getByRole('row').nth(5).waitFor();
    await repeated.getByRole('link', { name: /14\/12\/2021, in the chronology/ }).waitFor();
    await repeated.getByText(/^Matched: “threatened to kill”, “smashed”/).waitFor();
    // The sentences the words are in, verbatim.
    await repeated.getByText(/^KA reports DC threatened to kill her and then smashed the TV during an argument\. … /).waitFor();
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
    await dialog.getByLabel('Reason').fill('Receipt of the MARAC referral about the 14 December incident, not a new incident');
    await dialog.getByRole('button', { name: 'Mark as false match' }).click();
    await page.getByRole('status').filter({ hasText: 'Marked as a false match' }).waitFor();
    await page.getByRole('article', { name: /Repeated domestic abuse incidents: DC and KA \(4\)/ }).waitFor();
    const marked = page.getByRole('region', { name: 'Marked as false matches' });
    await marked.getByText(/Receipt of the MARAC referral/).waitFor();
    // The marked entry is named as the reviewer knows it (date as given, agency, what it says), not by a number.
    await marked.getByText(/20\/12\/2021, Children's Social Care: “/).waitFor();
    await marked.getByText(/\bentry \d+/i).waitFor({ state: 'detached' });

    // A finding draft from the pattern, with its evidence linked.
    const current = page.getByRole('article', { name: /Repeated domestic abuse incidents: DC and KA \(4\)/ });
    const title = (await current.getByRole('heading', { level: 2 }).innerText()).replace(/^(High|Medium|Low)\s+/, '');
    await current.getByRole('button', { name: 'Create finding draft' }).click();
    await page.getByRole('status').filter({ hasText: /Finding 1 created/ }).waitFor();
    await page.waitForURL(/\/findings\/\d+$/);

    const findings = (await call('findings.list', {})) as { title: string; evidence: { targetId: number }[] }[];
    vitestExpect(findings).toHaveLength(1);
    vitestExpect(findings[0]!.title).toBe(title);
    vitestExpect(findings[0]!.evidence).toHaveLength(4);
  });

  it('shows the strongest patterns first, one line each, and dismisses one with a reason', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await reviewWithAgencyReturns(app);
    await page.getByRole('link', { name: 'Insight' }).click();
    const list = page.getByRole('list', { name: 'Patterns, strongest first' });
    await list.getByRole('article').first().waitFor();
    await page.getByText(/10 patterns found in 16 chronology entries, strongest first/).waitFor();
    // Collapsed: the rule in one sentence is shown, the evidence table is not.
    const minimising = page.getByRole('article', { name: /Minimising language: Health Visiting/ });
    await minimising.getByText(/Words that play abuse down/).waitFor();
    await vitestExpect.poll(() => minimising.getByRole('table').count()).toBe(0);

    await minimising.getByRole('button', { name: 'Dismiss…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dismiss pattern' });
    await dialog.getByLabel('Reason').fill('Discussed with the health visiting panel member');
    await dialog.getByRole('button', { name: 'Dismiss pattern' }).click();
    await page.getByRole('status').filter({ hasText: 'Pattern dismissed' }).waitFor();
    await page.getByText(/9 patterns found in 16 chronology entries, strongest first; 1 dismissed/).waitFor();
    await page.getByLabel('Show dismissed patterns').check();
    await minimising.getByText(/Dismissed by Test Reviewer .*Discussed with the health visiting panel member/).waitFor();
  });

  it('tunes a threshold for this review, which changes the patterns, and goes back to the defaults', async () => {
    app = await startBrowserApp();
    const { page } = app;
    await reviewWithAgencyReturns(app);
    await page.getByRole('link', { name: 'Insight' }).click();
    await page.getByRole('article', { name: /Minimising language: Health Visiting/ }).waitFor();

    await page.getByText('Rules and thresholds').click();
    const days = page.getByLabel('Days either side to compare with other agencies');
    await vitestExpect.poll(() => days.inputValue()).toBe('28');
    await days.fill('3');
    await page.getByRole('button', { name: 'Save thresholds for this review' }).click();
    await page.getByRole('status').filter({ hasText: 'Thresholds saved for this review' }).waitFor();
    await page.getByRole('article', { name: /Minimising language: Health Visiting/ }).waitFor({ state: 'detached' });
    await page.getByText("this review's own thresholds").waitFor();

    await page.getByRole('button', { name: 'Use defaults' }).click();
    await page.getByRole('article', { name: /Minimising language: Health Visiting/ }).waitFor();
  });
});
