/**
 * The rules' own view of the chronology and people register.
 *
 * Rules are written against these small types rather than the chronology's and people
 * register's domain types, so they stay pure, easy to test on tiny fixtures, and unaffected
 * by columns they do not use. `review-input.ts` fills them from a review file.
 */

/** A date as the source gave it, with the day bounds it allows (null when unknown). */
export interface InsightDate {
  /** Exactly as given ("Spring 2013", "03/02/2021"). Shown to the reviewer unchanged. */
  readonly text: string;
  /** First possible day, `YYYY-MM-DD`. */
  readonly earliest: string | null;
  /** Last possible day, `YYYY-MM-DD`; equal to `earliest` for an exact date. */
  readonly latest: string | null;
}

/** A person named on an entry, with the role the entry gives them. */
export interface InsightEntryPerson {
  readonly personId: string;
  /** e.g. "victim", "alleged perpetrator", "present", "mentioned". */
  readonly role: string | null;
}

/** What the entry records about one child at the contact. `null` means not recorded. */
export interface InsightChildContact {
  readonly personId: string;
  readonly present: boolean | null;
  readonly seen: boolean | null;
  readonly seenAlone: boolean | null;
  readonly spokenTo: boolean | null;
  readonly viewsRecorded: boolean | null;
}

/** An agency this entry's information was passed to, and when (null: date not recorded). */
export interface InsightShare {
  readonly agency: string;
  readonly date: InsightDate | null;
}

export interface InsightEntry {
  readonly id: string;
  readonly date: InsightDate;
  /** The agency that recorded the entry (its name, as the reviewer sees it). */
  readonly agency: string | null;
  readonly eventType: string | null;
  readonly summary: string;
  /** All free text of the entry (summary, detail, action, comment) for phrase matching. */
  readonly text: string;
  readonly tags: readonly string[];
  readonly significance: string | null;
  readonly people: readonly InsightEntryPerson[];
  readonly children: readonly InsightChildContact[];
  readonly sharedWith: readonly InsightShare[];
  /** Whether the recording agency saw the victim (or mother) alone at this contact, if recorded. */
  readonly victimSeenAlone: boolean | null;
}

export type InsightPersonKind = 'child' | 'adult' | 'professional';

export interface InsightRelationship {
  readonly otherPersonId: string;
  /** e.g. "partner", "ex-partner", "mother", "half-sibling". */
  readonly kind: string;
}

export interface InsightPerson {
  readonly id: string;
  /** The name the review uses for this person (pseudonym when one is set). */
  readonly label: string;
  readonly kind: InsightPersonKind;
  /** `YYYY-MM-DD` when the register records it. */
  readonly dateOfBirth: string | null;
  /** Register roles, e.g. "mother", "subject child", "victim". */
  readonly roles: readonly string[];
  /** Every name agencies may use for the person in free text: pseudonym, real name, aliases. */
  readonly names?: readonly string[];
  readonly relationships: readonly InsightRelationship[];
}

export interface InsightInput {
  readonly entries: readonly InsightEntry[];
  readonly people: readonly InsightPerson[];
  /** Entries the reviewer marked as false matches, by rule id: the rule no longer matches them. */
  readonly falseMatches?: ReadonlyMap<string, ReadonlySet<string>>;
}
