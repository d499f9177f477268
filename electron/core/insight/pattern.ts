/**
 * Shared pieces for building patterns: stable ids, the matches that say why an entry was found,
 * and the pattern itself. The phrases its explanation is made of are in `wording.ts`.
 */
import type { InsightMatch, InsightPattern, InsightRuleId, InsightSeverity } from '../../shared/domain/insight';
import { INSIGHT_RULE_SENTENCES, INSIGHT_RULE_TITLES } from '../../shared/domain/insight';
import type { KindMatch } from './reading/entry-kind';
import type { Cue } from './reading/read-entry';
import { isExactDay, sortEntries } from './dates';
import type { InsightEntry } from './input';
import { quotedWords } from './wording';

/**
 * FNV-1a, 32 bits, as a number. Nothing but the loop: the text can be a list of thousands of ids,
 * so the loop is compiled while it runs (on-stack replacement), and when the compiled loop's exit
 * met code it had never run (the hex formatting, as it was) that code was thrown away at every
 * pattern: some fifty compilations in a first run.
 */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function hex8(hash: number): string {
  return hash.toString(16).padStart(8, '0');
}

/**
 * A pattern id that stays the same while its evidence stays the same, so a dismissal sticks
 * until new evidence changes the pattern (then the reviewer should look at it again).
 */
export function patternId(ruleId: InsightRuleId, key: string, evidenceIds: readonly string[]): string {
  const text = `${key}|${[...evidenceIds].sort().join(',')}`;
  // Two passes with different seeds give 64 bits.
  return `${ruleId}:${hex8(fnv1a(text, 0x811c9dc5))}${hex8(fnv1a(text, 0x01000193))}`;
}

export interface PatternParts {
  readonly ruleId: InsightRuleId;
  /** What the rule grouped by (people, agency, trigger kind…); part of the id. */
  readonly key: string;
  readonly title: string;
  readonly explanation: string;
  readonly severity: InsightSeverity;
  readonly salience: number;
  readonly evidence: readonly InsightEntry[];
  /** The entries the rule's words matched (a subset of the evidence), with those words. */
  readonly matches?: readonly InsightMatch[];
  readonly kinds?: readonly string[];
}

/** "Why was this found" for one entry: the matched words (each once) and the first sentence they are in. */
export function matchOf(entry: InsightEntry, cues: readonly Cue[], notes: readonly string[] = []): InsightMatch {
  const words = [...new Set(cues.map((cue) => cue.words))];
  const sentences = [...new Set(cues.map((cue) => cue.sentence))];
  const match = { entryId: entry.id, words, sentence: sentences.join(' … ') };
  return notes.length === 0 ? match : { ...match, notes };
}

/** A match for an entry found by its structured fields (event type, tag, child-contact record). */
export function structuredMatch(entry: InsightEntry, what: string): InsightMatch {
  return { entryId: entry.id, words: [what], sentence: entry.summary.trim() };
}

/** The match of an entry found as a kind of event: by the words it holds, else by its structured fields. */
export function kindMatchOf(entry: InsightEntry, kind: KindMatch): InsightMatch {
  return kind.cues.length > 0 ? matchOf(entry, kind.cues) : structuredMatch(entry, kind.structured!);
}

/** What an entry found as a kind of event matched, for an explanation: its words quoted, else its structured field. */
export function kindWords(kind: KindMatch): string {
  return kind.cues.length > 0 ? quotedWords(kind.cues) : kind.structured!;
}

/** Said once under any pattern resting on a vague date, so no interval reads as more exact than it is. */
export const VAGUE_DATE_NOTE =
  'Some dates are given as a period (for example a month or a season); days and intervals are worked out from the earliest and latest days each date allows.';

/** The explanation a pattern built from `parts` shows (with the note on vague dates when it needs one). */
export function explanationOf(parts: PatternParts): string {
  const vague = parts.evidence.some((entry) => !isExactDay(entry.date));
  return vague ? `${parts.explanation} ${VAGUE_DATE_NOTE}` : parts.explanation;
}

/** The salience a pattern built from `parts` has: 0 to 100, whole numbers. */
export function salienceOf(parts: PatternParts): number {
  return Math.max(0, Math.min(100, Math.round(parts.salience)));
}

export function makePattern(parts: PatternParts): InsightPattern {
  const evidenceEntryIds = [...new Set(sortEntries(parts.evidence).map((entry) => entry.id))];
  return {
    id: patternId(parts.ruleId, parts.key, evidenceEntryIds),
    ruleId: parts.ruleId,
    title: parts.title,
    explanation: explanationOf(parts),
    severity: parts.severity,
    salience: salienceOf(parts),
    evidenceEntryIds,
    rule: INSIGHT_RULE_SENTENCES[parts.ruleId],
    matches: parts.matches ?? [],
    also: [],
    kinds: parts.kinds ?? [],
  };
}

export function ruleTitle(ruleId: InsightRuleId): string {
  return INSIGHT_RULE_TITLES[ruleId];
}
