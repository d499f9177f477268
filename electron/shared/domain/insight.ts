import { z } from 'zod';

/**
 * Practice insight: small, readable rules that look across the merged chronology for the
 * patterns incident-by-incident work misses. A rule never invents a fact: each pattern states
 * only what the entries it rests on say, and names those entries.
 *
 * The rules' thresholds and word lists are data (`templates/insight/rules.json`), validated with
 * `insightThresholdsSchema`; a review may keep its own copy (the reviewer's tuning).
 */

export const INSIGHT_RULE_IDS = [
  'repeated-incidents',
  'trigger-events',
  'closure-communication',
  'child-seen',
  'victim-seen-alone',
  'non-engagement',
  'separation-reconciliation',
  'unshared-information',
  'minimising-language',
] as const;
export type InsightRuleId = (typeof INSIGHT_RULE_IDS)[number];
export const insightRuleIdSchema = z.enum(INSIGHT_RULE_IDS);

export const INSIGHT_RULE_TITLES: Readonly<Record<InsightRuleId, string>> = {
  'repeated-incidents': 'Repeated domestic abuse incidents',
  'trigger-events': 'Trigger events and what followed',
  'closure-communication': 'Case closures not communicated',
  'child-seen': 'Children present but not seen or heard',
  'victim-seen-alone': 'Victim not seen alone',
  'non-engagement': 'Non-engagement not followed up',
  'separation-reconciliation': 'Separations and reconciliations',
  'unshared-information': 'Information not shared before a decision',
  'minimising-language': 'Minimising language',
};

export const INSIGHT_SEVERITIES = ['high', 'medium', 'low'] as const;
export type InsightSeverity = (typeof INSIGHT_SEVERITIES)[number];

// ---------------------------------------------------------------------------------------------
// Thresholds and word lists (the data file's shape)

const phraseList = z.array(z.string().trim().min(1).max(200)).max(500);

/** How an entry is recognised as one kind of event: by event type, tag, or a phrase in its text. */
export const entryMatcherSchema = z.strictObject({
  eventTypes: phraseList,
  tags: phraseList,
  keywords: phraseList,
});
export type EntryMatcher = z.infer<typeof entryMatcherSchema>;

const days = z.number().int().min(0).max(3650);
const months = z.number().int().min(0).max(240);
const count = z.number().int().min(1).max(1000);

export const triggerKindSchema = z.strictObject({
  id: z.string().trim().min(1).max(60).regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens'),
  label: z.string().trim().min(1).max(120),
  match: entryMatcherSchema,
});
export type TriggerKind = z.infer<typeof triggerKindSchema>;

export const insightThresholdsSchema = z.strictObject({
  /** A note for people editing the data file; ignored by the rules. */
  $comment: z.string().max(2000).optional(),
  /** Version of the data file these thresholds came from (semantic version). */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version such as 1.0.0'),
  vocabulary: z.strictObject({
    domesticAbuse: entryMatcherSchema,
    closure: entryMatcherSchema,
    decision: entryMatcherSchema,
    nonEngagement: entryMatcherSchema,
    separation: entryMatcherSchema,
    reconciliation: entryMatcherSchema,
    /** Significance values (as the chronology records them) that make an entry significant. */
    significantValues: phraseList,
    /** Phrases in an entry's text that record the victim was seen alone. */
    seenAloneKeywords: phraseList,
    /** Phrases that record the victim was not seen alone; they win over `seenAloneKeywords`. */
    notSeenAloneKeywords: phraseList,
    /** Person roles (register or entry) that mark someone as a victim or the mother. */
    victimRoles: phraseList,
    /** Relationship kinds that make two people partners (current or former). */
    partnerRelationships: phraseList,
    /** Entry roles that mean the person was only mentioned, not present. */
    notPresentRoles: phraseList,
  }),
  rules: z.strictObject({
    'repeated-incidents': z.strictObject({ enabled: z.boolean(), minIncidents: count }),
    'trigger-events': z.strictObject({
      enabled: z.boolean(),
      windowDays: days,
      minFollowing: count,
      triggers: z.array(triggerKindSchema).max(50),
    }),
    'closure-communication': z.strictObject({ enabled: z.boolean(), notifyWithinDays: days, activeWithinMonths: months }),
    'child-seen': z.strictObject({
      enabled: z.boolean(),
      minContacts: count,
      minViewsRecordedShare: z.number().min(0).max(1),
      /** "Seen alone", "spoken to" and "views" are not counted for a child certainly younger than this (years). */
      minAgeYears: z.number().int().min(0).max(18),
    }),
    'victim-seen-alone': z.strictObject({ enabled: z.boolean(), minContacts: count, onlyWhenNeverSeenAlone: z.boolean() }),
    'non-engagement': z.strictObject({ enabled: z.boolean(), followUpWithinDays: days, minUnanswered: count }),
    'separation-reconciliation': z.strictObject({ enabled: z.boolean(), minEvents: count }),
    'unshared-information': z.strictObject({ enabled: z.boolean(), lookbackMonths: months }),
    'minimising-language': z.strictObject({ enabled: z.boolean(), windowDays: days, phrases: phraseList }),
  }),
});
export type InsightThresholds = z.infer<typeof insightThresholdsSchema>;

// ---------------------------------------------------------------------------------------------
// Patterns (what the rules return)

/** One pattern found by a rule. Plain JSON. */
export interface InsightPattern {
  /** Stable: the rule id plus a digest of the evidence ids (and what the rule grouped by). */
  readonly id: string;
  readonly ruleId: InsightRuleId;
  readonly title: string;
  /** Plain English; states only facts recorded in the evidence entries. */
  readonly explanation: string;
  readonly severity: InsightSeverity;
  /** 0–100: orders patterns within a rule (more evidence, fewer agencies informed → higher). */
  readonly salience: number;
  /** The chronology entries this pattern rests on, in date order. */
  readonly evidenceEntryIds: readonly string[];
}

/** An evidence entry as the reviewer sees it: the date exactly as given. */
export interface InsightEvidenceEntry {
  readonly id: string;
  readonly dateText: string;
  readonly agency: string | null;
  readonly summary: string;
}

export interface InsightDismissal {
  readonly reason: string;
  readonly dismissedAt: string;
  readonly dismissedBy: string;
}

export interface InsightPatternView extends InsightPattern {
  readonly evidence: readonly InsightEvidenceEntry[];
  readonly dismissal: InsightDismissal | null;
}

export interface InsightRuleSummary {
  readonly ruleId: InsightRuleId;
  readonly title: string;
  readonly enabled: boolean;
  readonly patternCount: number;
}

export interface InsightReport {
  readonly rulesVersion: string;
  /** Whether the review's own thresholds were used instead of the shipped defaults. */
  readonly thresholdsSource: 'defaults' | 'review';
  readonly entryCount: number;
  readonly rules: readonly InsightRuleSummary[];
  /** Active patterns first (by rule, then salience), dismissed ones after. */
  readonly patterns: readonly InsightPatternView[];
}

export interface InsightThresholdsState {
  readonly defaults: InsightThresholds;
  readonly effective: InsightThresholds;
  readonly source: 'defaults' | 'review';
}

export const dismissReasonSchema = z
  .string()
  .trim()
  .min(1, 'Give a reason for dismissing this pattern')
  .max(2000, 'Keep the reason under 2,000 characters');

export const patternIdSchema = z.string().trim().min(1).max(200);
