/**
 * Scores the rules' patterns against a case's answer key.
 *
 * A found pattern answers an expected one when it is of the same rule (a merged pattern counts
 * for each rule it carries; a trigger pattern must name the expected kind), its evidence holds
 * at least half of the entries the key lists, and at least half of the entries its words matched
 * are in the key (so a pattern that rests mostly on the wrong entries does not count). Each found
 * pattern answers at most one expected pattern of a rule. A trap is broken when a pattern of the
 * trap's rule (and kind) matched words in the trap entry; each broken trap counts as a false match.
 */
import type { ExpectedPattern, Trap } from './cases';

export interface ScoredPattern {
  readonly rules: readonly string[];
  readonly kinds: readonly string[];
  /** Refs (`file#n`) of all evidence. */
  readonly evidence: readonly string[];
  /** Refs of the entries whose words the rule matched. */
  readonly matched: readonly string[];
  readonly title: string;
}

export interface RuleScore {
  expected: number;
  found: number;
  /** Expected patterns answered. */
  recalled: number;
  /** Found patterns that answer an expected one. */
  correct: number;
  trapsBroken: number;
}

export interface CaseScore {
  readonly byRule: Map<string, RuleScore>;
  readonly missed: string[];
  readonly extra: string[];
  readonly broken: string[];
}

function answers(found: ScoredPattern, expected: ExpectedPattern): boolean {
  if (!found.rules.includes(expected.rule)) return false;
  if (expected.kind !== undefined && !found.kinds.includes(expected.kind)) return false;
  const key = new Set(expected.entries);
  const covered = found.evidence.filter((ref) => key.has(ref)).length;
  const matched = found.matched.length === 0 ? found.evidence : found.matched;
  const pure = matched.filter((ref) => key.has(ref)).length;
  return covered * 2 >= key.size && pure * 2 >= matched.length;
}

export function scoreCase(
  found: readonly ScoredPattern[],
  expected: readonly ExpectedPattern[],
  traps: readonly Trap[],
): CaseScore {
  const byRule = new Map<string, RuleScore>();
  const score = (rule: string): RuleScore => {
    let current = byRule.get(rule);
    if (current === undefined) {
      current = { expected: 0, found: 0, recalled: 0, correct: 0, trapsBroken: 0 };
      byRule.set(rule, current);
    }
    return current;
  };
  for (const pattern of expected) score(pattern.rule).expected += 1;
  for (const pattern of found) for (const rule of pattern.rules) score(rule).found += 1;

  const used = new Set<string>();
  const missed: string[] = [];
  for (const pattern of expected) {
    const index = found.findIndex((candidate, i) => !used.has(`${i}|${pattern.rule}`) && answers(candidate, pattern));
    if (index < 0) {
      missed.push(
        `${pattern.rule}${pattern.kind === undefined ? '' : ` (${pattern.kind})`}: ${pattern.entries.join(', ')}`,
      );
      continue;
    }
    used.add(`${index}|${pattern.rule}`);
    score(pattern.rule).recalled += 1;
    score(pattern.rule).correct += 1;
  }
  const extra: string[] = [];
  found.forEach((pattern, i) => {
    for (const rule of pattern.rules)
      if (!used.has(`${i}|${rule}`)) extra.push(`${rule}: ${pattern.title} [${pattern.matched.join(', ')}]`);
  });
  const broken: string[] = [];
  for (const trap of traps) {
    const breaking = found.filter(
      (pattern) =>
        pattern.rules.includes(trap.rule) &&
        (trap.kind === undefined || pattern.kinds.includes(trap.kind)) &&
        pattern.matched.includes(trap.entry),
    );
    if (breaking.length > 0) {
      score(trap.rule).trapsBroken += 1;
      broken.push(`${trap.rule}${trap.kind === undefined ? '' : ` (${trap.kind})`}: ${trap.entry} — ${trap.why}`);
    }
  }
  return { byRule, missed, extra, broken };
}

export function addScores(into: Map<string, RuleScore>, from: ReadonlyMap<string, RuleScore>): void {
  for (const [rule, s] of from) {
    const t = into.get(rule) ?? { expected: 0, found: 0, recalled: 0, correct: 0, trapsBroken: 0 };
    t.expected += s.expected;
    t.found += s.found;
    t.recalled += s.recalled;
    t.correct += s.correct;
    t.trapsBroken += s.trapsBroken;
    into.set(rule, t);
  }
}

/** Recall = answered / expected; precision = correct / (found + broken traps). */
export function ratios(s: RuleScore): { recall: number; precision: number } {
  return {
    recall: s.expected === 0 ? 1 : s.recalled / s.expected,
    precision: s.found + s.trapsBroken === 0 ? 1 : s.correct / (s.found + s.trapsBroken),
  };
}
