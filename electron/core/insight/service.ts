/**
 * Practice insight for one review: run the rules over the review's chronology and people,
 * attach each pattern's evidence (date as given, agency, summary) and its dismissal, and the
 * commands that change what the reviewer keeps (dismiss, restore, thresholds).
 */
import type {
  InsightDismissal,
  InsightEvidenceEntry,
  InsightFalseMatch,
  InsightPattern,
  InsightPatternView,
  InsightReport,
  InsightThresholdsState,
} from '../../shared/domain/insight';
import type { WorkHooks } from '../../shared/progress';
import { CasewrightError } from '../../shared/errors';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { activeDismissals, dismissPattern } from './dismissals';
import { activeFalseMatches, falseMatchIndex, markFalseMatch } from './false-matches';
import type { InsightEntry, InsightInput } from './input';
import { readInsightInput } from './review-input';
import { runInsight, runInsightWithHooks, type InsightRun } from './runner';
import { thresholdsState } from './threshold-store';

function evidenceOf(pattern: InsightPattern, entries: ReadonlyMap<string, InsightEntry>): InsightEvidenceEntry[] {
  return pattern.evidenceEntryIds.flatMap((id) => {
    const entry = entries.get(id);
    return entry === undefined
      ? []
      : [
          {
            id,
            dateText: entry.date.text,
            agency: entry.agency,
            summary: entry.summary,
            matched: pattern.matches.some((match) => match.entryId === id),
          },
        ];
  });
}

/** Runs the rules with the review's thresholds; each pattern comes with its evidence and dismissal. */
export function runReviewInsight(db: ReadableDb, templatesDir: string): InsightReport {
  const start = startReviewRun(db, templatesDir);
  return reportOf(db, start, runInsight(start.input, start.thresholds.effective));
}

/**
 * `runReviewInsight` with progress and cancel (see `runInsightWithHooks`). The review is read
 * before the rules start and once more for dismissals at the end; a cancelled run changes nothing.
 */
export async function runReviewInsightWithHooks(
  db: ReadableDb,
  templatesDir: string,
  hooks: WorkHooks,
): Promise<InsightReport> {
  const start = startReviewRun(db, templatesDir);
  return reportOf(db, start, await runInsightWithHooks(start.input, start.thresholds.effective, hooks));
}

interface ReviewRun {
  readonly thresholds: InsightThresholdsState;
  readonly falseMatches: readonly InsightFalseMatch[];
  readonly input: InsightInput;
}

function startReviewRun(db: ReadableDb, templatesDir: string): ReviewRun {
  const thresholds = thresholdsState(db, templatesDir);
  const falseMatches = activeFalseMatches(db);
  return { thresholds, falseMatches, input: { ...readInsightInput(db), falseMatches: falseMatchIndex(falseMatches) } };
}

function reportOf(db: ReadableDb, { thresholds, falseMatches, input }: ReviewRun, run: InsightRun): InsightReport {
  const entries = new Map(input.entries.map((entry) => [entry.id, entry]));
  const dismissals = activeDismissals(db);
  const views: InsightPatternView[] = run.patterns.map((pattern) => ({
    ...pattern,
    evidence: evidenceOf(pattern, entries),
    dismissal: dismissals.get(pattern.id) ?? null,
  }));
  // Active patterns first; the order within each group is the runner's (strongest first).
  const patterns = [
    ...views.filter((view) => view.dismissal === null),
    ...views.filter((view) => view.dismissal !== null),
  ];
  return {
    rulesVersion: thresholds.effective.version,
    thresholdsSource: thresholds.source,
    entryCount: input.entries.length,
    rules: run.rules,
    patterns,
    falseMatches: falseMatches.map((mark) => {
      const entry = entries.get(mark.entryId);
      return {
        ...mark,
        entry: entry === undefined ? null : { dateText: entry.date.text, agency: entry.agency, summary: entry.summary },
      };
    }),
  };
}

/** The pattern as the rules find it now; refuses ids that no longer match (the chronology changed). */
export function findPattern(db: ReadableDb, templatesDir: string, patternId: string): InsightPatternView {
  const pattern = runReviewInsight(db, templatesDir).patterns.find((candidate) => candidate.id === patternId);
  if (pattern === undefined) {
    throw new CasewrightError(
      'not-found',
      'That pattern is no longer found; the chronology or thresholds may have changed. Run insight again.',
    );
  }
  return pattern;
}

export function dismissReviewPattern(
  db: WritableDb,
  templatesDir: string,
  patternId: string,
  reason: string,
  actor: string,
): InsightDismissal {
  return dismissPattern(db, findPattern(db, templatesDir, patternId), reason, actor);
}

export function markReviewFalseMatch(
  db: WritableDb,
  templatesDir: string,
  patternId: string,
  entryId: string,
  reason: string,
  actor: string,
): readonly InsightFalseMatch[] {
  return markFalseMatch(db, findPattern(db, templatesDir, patternId), entryId, reason, actor);
}
