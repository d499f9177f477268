/**
 * `npm run bench -- insight`: how well and how fast practice insight reads agency records.
 *
 * 1. Accuracy: every case under `test/fixtures/insight/cases/` is imported into a real review
 *    file and the rules' patterns are scored against the case's answer key (recall and precision
 *    per rule and overall; traps broken are listed). Targets: recall ≥ 90%, precision ≥ 90%.
 * 2. Quiet output: how many patterns the sample review shows (about 15 at most).
 * 3. Speed: the rules over 20,000 entries of each text shape (see `insight/speed.ts`): first run
 *    (nothing read yet), a second run of the same words, and a run after 1% of the entries
 *    changed. Target: under 1 s.
 */
import { pathToFileURL } from 'node:url';
import { INSIGHT_RULE_IDS } from '../../electron/shared/domain/insight';
import { runReviewInsight } from '../../electron/core/insight/service';
import { caseNames, loadCase } from './insight/cases';
import { addScores, ratios, scoreCase, type RuleScore, type ScoredPattern } from './insight/score';
import { samplePatterns } from './insight/sample-count';
import { speedByShape } from './insight/speed';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

export async function scoreAllCases(print = true): Promise<{
  overall: RuleScore;
  byRule: Map<string, RuleScore>;
  perCase: Record<string, { missed: string[]; extra: string[]; broken: string[] }>;
}> {
  const total = new Map<string, RuleScore>();
  const perCase: Record<string, { missed: string[]; extra: string[]; broken: string[] }> = {};
  for (const name of caseNames()) {
    const loaded = await loadCase(name);
    const report = runReviewInsight(loaded.review.db, loaded.templatesDir);
    const ref = (id: string): string => loaded.refOf.get(id) ?? `entry ${id}`;
    const found: ScoredPattern[] = report.patterns.map((pattern) => ({
      rules: [pattern.ruleId, ...(pattern.also ?? []).map((also) => also.ruleId)],
      kinds: pattern.kinds ?? [],
      evidence: pattern.evidenceEntryIds.map(ref),
      matched: (pattern.matches ?? []).map((match) => ref(match.entryId)),
      title: pattern.title,
    }));
    const scored = scoreCase(found, loaded.spec.answerKey.patterns, loaded.spec.answerKey.traps);
    addScores(total, scored.byRule);
    perCase[name] = { missed: scored.missed, extra: scored.extra, broken: scored.broken };
    loaded.review.close();
    if (print) {
      process.stdout.write(`\n${name}: ${report.patterns.length} patterns shown\n`);
      for (const line of scored.missed) process.stdout.write(`  missed  ${line}\n`);
      for (const line of scored.extra) process.stdout.write(`  extra   ${line}\n`);
      for (const line of scored.broken) process.stdout.write(`  TRAP    ${line}\n`);
    }
  }
  const overall: RuleScore = { expected: 0, found: 0, recalled: 0, correct: 0, trapsBroken: 0 };
  for (const s of total.values()) {
    overall.expected += s.expected;
    overall.found += s.found;
    overall.recalled += s.recalled;
    overall.correct += s.correct;
    overall.trapsBroken += s.trapsBroken;
  }
  if (print) {
    process.stdout.write('\nrule                        expected found  recall  precision  traps broken\n');
    for (const rule of INSIGHT_RULE_IDS) {
      const s = total.get(rule) ?? { expected: 0, found: 0, recalled: 0, correct: 0, trapsBroken: 0 };
      const r = ratios(s);
      process.stdout.write(
        `${rule.padEnd(28)}${String(s.expected).padStart(8)}${String(s.found).padStart(6)}${percent(r.recall).padStart(8)}${percent(r.precision).padStart(11)}${String(s.trapsBroken).padStart(14)}\n`,
      );
    }
    const r = ratios(overall);
    process.stdout.write(
      `${'overall'.padEnd(28)}${String(overall.expected).padStart(8)}${String(overall.found).padStart(6)}${percent(r.recall).padStart(8)}${percent(r.precision).padStart(11)}${String(overall.trapsBroken).padStart(14)}\n`,
    );
  }
  return { overall, byRule: total, perCase };
}

export async function run(): Promise<unknown> {
  const accuracy = await scoreAllCases();
  const r = ratios(accuracy.overall);
  const sample = samplePatterns();
  return {
    recall: percent(r.recall),
    precision: percent(r.precision),
    samplePatterns: sample.count,
    speed: speedByShape(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run().then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`));
}
