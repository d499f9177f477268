/**
 * Bench: how well the duplicate sweep tells the same event recorded by two agencies from routine
 * contacts that share template wording. On the fixture of known duplicates among template contacts
 * (test/fixtures/duplicates/), precision and recall at the shipped rules, and at other thresholds
 * (how the threshold was calibrated). The proposals on 20,000-row files with no true duplicate
 * are counted by chronology-import.ts, through the real import.
 * Targets: recall ≥ 90% on the fixture; fewer than 1 proposal per 100 rows on files without duplicates.
 *
 *   npx tsx test/bench/duplicate-detection.ts
 */
import { DUPLICATE_RULES, type DuplicateRules } from '../../electron/core/chronology/duplicate-rules';
import { sweepDuplicates, type SweepItem } from '../../electron/core/chronology/duplicate-sweep';
import { duplicateFixture, pairKey } from '../fixtures/duplicates/chronology';
import { isMain } from './measure';

export interface DetectionFigures {
  readonly threshold: number;
  readonly proposals: number;
  readonly truePositives: number;
  readonly precision: number;
  readonly recall: number;
}

export interface DuplicateBenchResult {
  readonly rows: number;
  readonly knownDuplicates: number;
  readonly shipped: DetectionFigures;
  readonly missed: readonly string[];
  readonly calibration: readonly DetectionFigures[];
}

function measure(rules: DuplicateRules): DetectionFigures & { missed: string[] } {
  const fixture = duplicateFixture();
  const agencyIds = new Map<string, number>();
  const idOf = (name: string) => {
    if (!agencyIds.has(name)) agencyIds.set(name, agencyIds.size + 1);
    return agencyIds.get(name)!;
  };
  const items: SweepItem[] = fixture.rows.map((row, n) => ({
    row: n + 2,
    entryId: n + 1,
    agencyId: idOf(row.agency),
    earliest: row.date,
    latest: row.date,
    text: row.text,
  }));
  const pairs = sweepDuplicates([], items, (id) => `agency ${id}`, rules);
  const found = new Set(
    pairs.map((p) => pairKey(fixture.rows[p.newEntryId! - 1]!.key, fixture.rows[p.existingEntryId - 1]!.key)),
  );
  const truePositives = [...found].filter((key) => fixture.truePairs.has(key)).length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    threshold: rules.threshold,
    proposals: found.size,
    truePositives,
    precision: found.size === 0 ? 1 : round(truePositives / found.size),
    recall: round(truePositives / fixture.truePairs.size),
    missed: [...fixture.truePairs].filter((key) => !found.has(key)),
  };
}

export function run(): DuplicateBenchResult {
  const fixture = duplicateFixture();
  const { missed, ...shipped } = measure(DUPLICATE_RULES);
  const calibration = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4].map((threshold) => {
    const { missed: _missed, ...figures } = measure({ ...DUPLICATE_RULES, threshold });
    return figures;
  });
  console.log(
    [
      `duplicate detection on the fixture: ${fixture.rows.length} entries, ${fixture.truePairs.size} known duplicates among template contacts`,
      `  shipped rules (threshold ${shipped.threshold}): ${shipped.proposals} proposals, precision ${(shipped.precision * 100).toFixed(0)}%, recall ${(shipped.recall * 100).toFixed(0)}% (target ≥ 90%)`,
      `  missed: ${missed.join(', ') || 'none'}`,
      '  calibration (threshold: proposals, precision, recall):',
      ...calibration.map(
        (c) =>
          `    ${c.threshold.toFixed(2)}: ${c.proposals}, ${(c.precision * 100).toFixed(0)}%, ${(c.recall * 100).toFixed(0)}%`,
      ),
    ].join('\n'),
  );
  return { rows: fixture.rows.length, knownDuplicates: fixture.truePairs.size, shipped, missed, calibration };
}

if (isMain(import.meta.url)) run();
