import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import type { InsightReport } from '@shared/domain/insight';
import { tempDir } from '../../helpers/review-file';
import { reviewWithInsightChronology } from '../../helpers/review';
import { addEntry } from '@core/chronology/entries';
import { entryInputSchema } from '@shared/api/chronology';

function closedSeededReview(): { path: string; home: string } {
  const review = reviewWithInsightChronology();
  review.app.reviews.closeAll();
  return { path: review.path, home: review.app.home };
}

describe('casewright insight', () => {
  it('prints patterns grouped by rule with their evidence entries', async () => {
    const { path, home } = closedSeededReview();
    const result = await runCli(['insight', path], { home });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('== Repeated domestic abuse incidents (1) ==');
    expect(result.stdout).toContain('== Case closures not communicated (1) ==');
    expect(result.stdout).toMatch(/- entry \d+ \| May 2021 \| Westmoor Police \| Third domestic abuse incident/);
    expect(result.stdout).toContain('default thresholds');
  });

  it('shows under each matched entry the words the rule matched and the sentence they are in', async () => {
    const { path, home } = closedSeededReview();
    const json = JSON.parse((await runCli(['insight', path, '--json'], { home })).stdout) as InsightReport;
    const plain = await runCli(['insight', path], { home });
    expect(plain.code).toBe(0);
    const pattern = json.patterns.find((candidate) => candidate.ruleId === 'repeated-incidents')!;
    const lines = plain.stdout.split('\n');
    for (const match of pattern.matches) {
      const at = lines.findIndex((line) => line.startsWith(`    - entry ${match.entryId} |`));
      expect(at).toBeGreaterThan(-1);
      expect(lines[at + 1]).toBe(`      matched: ${match.words.map((word) => `"${word}"`).join(', ')}`);
      expect(lines[at + 2]).toBe(`      in: "${match.sentence.trim()}"`);
      (match.notes ?? []).forEach((note, i) => expect(lines[at + 3 + i]).toBe(`      ${note}`));
    }
    // Entries that are context only (not matched by the rule) carry no "matched" line.
    const context = json.patterns.flatMap((candidate) => candidate.evidence.filter((entry) => !entry.matched));
    for (const entry of context) {
      const at = lines.findIndex((line) => line.startsWith(`    - entry ${entry.id} |`));
      if (
        at >= 0 &&
        !json.patterns.some((candidate) => candidate.matches.some((match) => match.entryId === entry.id))
      ) {
        expect(lines[at + 1]?.startsWith('      matched:')).toBe(false);
      }
    }
  });

  it('says under an entry who reported the words and who did what to whom', async () => {
    const review = reviewWithInsightChronology();
    review.seed('A told incident', (db) =>
      addEntry(
        db,
        entryInputSchema.parse({
          date: '2021-05-20',
          agency: 'Health Visiting',
          summary: 'RM stated that Mr C had pushed her into the door.',
        }),
      ),
    );
    review.app.reviews.closeAll();
    const plain = await runCli(['insight', review.path], { home: review.app.home });
    expect(plain.code).toBe(0);
    const lines = plain.stdout.split('\n');
    const at = lines.findIndex((line) => line.includes('| RM stated that Mr C had pushed her into the door.'));
    expect(at).toBeGreaterThan(-1);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '      matched: "pushed her"',
      '      in: "RM stated that Mr C had pushed her into the door."',
      '      Who did what: Mr C → her (RM) (“pushed”)',
      '      Reported by RM: “pushed her”',
    ]);
  });

  it('prints JSON with every pattern, its evidence and its dismissal', async () => {
    const { path, home } = closedSeededReview();
    const result = await runCli(['insight', path, '--json'], { home });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as InsightReport;
    expect(report.rules).toHaveLength(9);
    expect(report.patterns.length).toBeGreaterThanOrEqual(4);
    for (const pattern of report.patterns) {
      expect(pattern.evidence.length).toBe(pattern.evidenceEntryIds.length);
      expect(pattern.dismissal).toBeNull();
    }
  });

  it('hides dismissed patterns unless asked, and shows the reason', async () => {
    const review = reviewWithInsightChronology();
    const report = await review.call('insight.run', {});
    const target = report.patterns.find((pattern) => pattern.ruleId === 'closure-communication')!;
    await review.call('insight.dismiss', { patternId: target.id, reason: 'Closure letter found in the file' });
    review.app.reviews.closeAll();

    const plain = await runCli(['insight', review.path], { home: review.app.home });
    expect(plain.stdout).not.toContain('== Case closures not communicated');
    expect(plain.stdout).toContain('1 dismissed pattern not shown');
    const all = await runCli(['insight', review.path, '--include-dismissed'], { home: review.app.home });
    expect(all.stdout).toContain('Closure letter found in the file');
  });

  it('refuses a file that is not there, naming it', async () => {
    const missing = join(tempDir(), 'missing.cwr');
    const result = await runCli(['insight', missing], { home: tempDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing.cwr');
  });
});
