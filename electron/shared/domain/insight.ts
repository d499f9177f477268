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
  'non-engagement': 'Repeated non-engagement',
  'separation-reconciliation': 'Separations and reconciliations',
  'unshared-information': 'Information not shared before a decision',
  'minimising-language': 'Minimising language',
};

/** Each rule in one plain sentence, shown with every pattern it finds. */
export const INSIGHT_RULE_SENTENCES: Readonly<Record<InsightRuleId, string>> = {
  'repeated-incidents':
    'Domestic abuse incidents involving the same two people, recorded by any agency, counted together with the time between them and who knew of each.',
  'trigger-events':
    'A known trigger (pregnancy, a threat to kill, a threat of suicide, a contact dispute, a new partner) followed by an incident or significant entry within the window.',
  'closure-communication':
    'A case closed, stepped down or ended while other agencies were involved, with no record that they were told.',
  'child-seen':
    'Contacts where a child was present but the record says the child was not seen, not seen alone or not spoken to.',
  'victim-seen-alone':
    'Contacts where the partner was present or answered for the victim, and no record that the victim was ever seen alone.',
  'non-engagement':
    'An agency recorded missed appointments, no access, or support declined or withdrawn more than once.',
  'separation-reconciliation':
    'Separations and reconciliations of the same couple, with what agencies recorded around them.',
  'unshared-information':
    "A decision (no further action, closure, step-down) made when another agency's record of an incident was not known to the deciding agency.",
  'minimising-language':
    'Words that play abuse down ("verbal argument only", "a one-off", "seemed fine") in a record made at the time of an incident.',
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
  id: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/, 'Use lower-case letters, digits and hyphens'),
  label: z.string().trim().min(1).max(120),
  match: entryMatcherSchema,
});
export type TriggerKind = z.infer<typeof triggerKindSchema>;

/**
 * How free text is read: the words that send a sentence to the language library (negation),
 * what counts as a domestic abuse incident from a narrative, and the cues for children, partners
 * and agencies. Optional so a review's own thresholds saved before it existed stay valid (the
 * shipped defaults fill it in).
 */
export const readingSchema = z.strictObject({
  /** A sentence holding one of these words is read by the language library for negation scope. */
  negationWords: phraseList,
  /** Words that deny what follows in the same clause ("denies DA"); the library does not treat them as negation. */
  denialWords: phraseList,
  /** Words that end a negation's reach ("not violent since the summer and she felt …"). */
  scopeBreakers: phraseList,
  /** Object pronouns that turn a threat to kill into a threat of suicide ("threatened to kill himself"). */
  reflexivePronouns: phraseList,
  /** Phrases naming a threat to someone; followed by a reflexive pronoun they are self-directed. */
  directedThreats: phraseList,
  /** Short forms that end with a full stop but do not end a sentence ("Mr.", "approx."). */
  abbreviations: phraseList,
  incident: z.strictObject({
    /** The weight an entry's cues must reach to be read as a domestic abuse incident. */
    threshold: z.number().min(0.5).max(100),
    cues: z
      .array(z.strictObject({ weight: z.number().min(0).max(100), phrases: phraseList }))
      .min(1)
      .max(20),
  }),
  /** Words for a partner, used when an entry names one adult and "her partner". */
  partnerWords: phraseList,
  /** Words for the family's children when none is named ("the children"). */
  childWords: phraseList,
  /** Cues that a child at the contact was not seen or not heard ("seen but not spoken to", "asleep"). */
  childNotHeard: phraseList,
  /** Cues that the victim was seen with the partner there ("present throughout", "answered on her behalf"). */
  partnerPresent: phraseList,
  /** A closure or decision is not read as such when its sentence also has one of these (a criminal outcome). */
  closureNotWhen: phraseList,
  /** Words that, in a sentence naming another agency, record telling it ("letter to GP", "informed police"). */
  toldWords: phraseList,
  /** Words by which one agency's records refer to another ("PPN" for the police). */
  agencyAliases: z.array(z.strictObject({ agencyWords: phraseList.min(1), aliases: phraseList.min(1) })).max(100),
  /**
   * Reported speech: who said what ("LF stated that…", "according to Mum…"). Optional, so a review's
   * thresholds saved before it existed stay valid (then speech is not read).
   */
  speech: z
    .strictObject({
      /** Verbs that report what someone said ("said", "told", "reported", "denied"). */
      verbs: phraseList,
      /** Words that put the speaker after them ("according to"). */
      openers: phraseList,
      /** Words that may stand between a speaker and the verb ("had", "later", "also"). */
      skipped: phraseList,
      /**
       * Role words for a speaker or a person acted on, resolved to the one person in the register
       * with one of `roles` ("mum" → the mother); `kind: child` resolves to the one child.
       */
      referents: z
        .array(
          z.strictObject({ words: phraseList.min(1), roles: phraseList, kind: z.enum(['adult', 'child']).optional() }),
        )
        .max(50),
      /** A child's own words at a contact mean she was heard, except for a cue naming one of these ("not spoken to alone"). */
      aloneWords: phraseList,
      /** Register roles that make a person an alleged perpetrator, whose denial of abuse is minimising language. */
      perpetratorRoles: phraseList,
    })
    .optional(),
  /**
   * Who did what to whom: verbs of assault and control ("pushed", "hit"), read with the person
   * before them and after them ("CD hit LF"), or in the passive ("she was pushed by CD"). A verb
   * followed by a reflexive pronoun ("hurt himself") is self-harm, not an assault. Optional, as
   * `speech`.
   */
  acts: z
    .strictObject({
      verbs: phraseList,
      /** The weight an act between two people of the family adds to an entry's incident reading. */
      weight: z.number().min(0).max(100),
      /** Words before a verb that make it passive ("was pushed"). */
      passiveMarkers: phraseList,
      /** Pronouns for the person acted on or acting, resolved through the register's partners. */
      pronouns: phraseList,
    })
    .optional(),
});
export type ReadingVocabulary = z.infer<typeof readingSchema>;

export const insightThresholdsSchema = z.strictObject({
  /** A note for people editing the data file; ignored by the rules. */
  $comment: z.string().max(2000).optional(),
  /** Version of the data file these thresholds came from (semantic version). */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'Use a version such as 1.0.0'),
  reading: readingSchema.optional(),
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
    'closure-communication': z.strictObject({
      enabled: z.boolean(),
      notifyWithinDays: days,
      activeWithinMonths: months,
    }),
    'child-seen': z.strictObject({
      enabled: z.boolean(),
      minContacts: count,
      minViewsRecordedShare: z.number().min(0).max(1),
      /** "Seen alone", "spoken to" and "views" are not counted for a child certainly younger than this (years). */
      minAgeYears: z.number().int().min(0).max(18),
    }),
    'victim-seen-alone': z.strictObject({
      enabled: z.boolean(),
      minContacts: count,
      onlyWhenNeverSeenAlone: z.boolean(),
    }),
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
  /** The rule in one plain sentence ("Three or more incidents involving the same people"). */
  readonly rule: string;
  /** The entries whose words the rule matched, with those words: "why was this found". */
  readonly matches: readonly InsightMatch[];
  /** Other rules' findings that rest on the same entries, folded into this pattern. */
  readonly also: readonly InsightAlso[];
  /** Sub-kinds the pattern is about (trigger kinds such as "threat-to-kill"); empty for most rules. */
  readonly kinds: readonly string[];
}

/** Why one entry matched: the words as written and the sentence they are in (verbatim). */
export interface InsightMatch {
  readonly entryId: string;
  readonly words: readonly string[];
  readonly sentence: string;
  /**
   * What the words say about who: "Reported by Mum (LF)", "Who did what: CD → LF (“pushed”)".
   * Absent when the words say nothing of it.
   */
  readonly notes?: readonly string[];
}

export interface InsightAlso {
  readonly ruleId: InsightRuleId;
  readonly title: string;
  readonly rule: string;
  readonly explanation: string;
}

/** A matched entry the reviewer marked as a false match for a rule (kept per review, audited). */
export interface InsightFalseMatch {
  readonly ruleId: InsightRuleId;
  readonly entryId: string;
  readonly reason: string;
  readonly markedAt: string;
  readonly markedBy: string;
}

/** The entry a false match is about, as the reviewer knows it (null when it has since been merged away). */
export interface InsightFalseMatchView extends InsightFalseMatch {
  readonly entry: { readonly dateText: string; readonly agency: string | null; readonly summary: string } | null;
}

/** An evidence entry as the reviewer sees it: the date exactly as given. */
export interface InsightEvidenceEntry {
  readonly id: string;
  readonly dateText: string;
  readonly agency: string | null;
  readonly summary: string;
  /** Whether the rule's words matched this entry (otherwise it is context: what others recorded). */
  readonly matched: boolean;
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
  /** Active patterns first (strongest first), dismissed ones after. */
  readonly patterns: readonly InsightPatternView[];
  /** Entries the reviewer marked as false matches in this review, each with the entry it is about. */
  readonly falseMatches: readonly InsightFalseMatchView[];
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

export const falseMatchReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why this entry is not a match')
  .max(2000, 'Keep the reason under 2,000 characters');
