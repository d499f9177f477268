/**
 * People register, relationships, protected characteristics and identifiers.
 *
 * Platform-free: imported by core services, the CLI and the renderer.
 * Domain types are readonly; the zod input schemas live in `../api/people.ts`.
 */

/** ISO calendar day, `YYYY-MM-DD`. Kept as a string so results stay plain JSON. */
export type IsoDay = string;

export const personCategories = ['family', 'household', 'professional'] as const;
export type PersonCategory = (typeof personCategories)[number];
/** How each category reads on screen. */
export const personCategoryLabels: Readonly<Record<PersonCategory, string>> = {
  family: 'Family',
  household: 'Household member',
  professional: 'Professional',
};

export interface HouseholdPeriod {
  readonly from: IsoDay;
  /** Absent while the person still lives in the child's household. */
  readonly to?: IsoDay;
}

export interface Person {
  readonly id: number;
  readonly realName: string;
  /** Other names, aliases, nicknames, former names: all are replaced on publication. */
  readonly aliases: readonly string[];
  readonly pseudonym: string;
  readonly category: PersonCategory;
  /** Free text role, e.g. "mother", "health visitor". */
  readonly role: string;
  /** Relationship to the subject child, e.g. "subject child", "half-sibling", "mother's partner". */
  readonly relationshipToChild: string;
  readonly dateOfBirth: IsoDay | null;
  readonly householdPeriods: readonly HouseholdPeriod[];
  /** Agency names involved with this person (names, not ids: agencies arrive with the chronology). */
  readonly agencies: readonly string[];
}

export const relationshipKinds = [
  'parent-of',
  'partner-of',
  'ex-partner-of',
  'sibling-of',
  'half-sibling-of',
  'grandparent-of',
  'other',
] as const;
export type RelationshipKind = (typeof relationshipKinds)[number];

export interface Relationship {
  readonly id: number;
  /** Person ids: "from is parent-of to". */
  readonly from: number;
  readonly to: number;
  readonly kind: RelationshipKind;
  readonly fromDate: IsoDay | null;
  readonly toDate: IsoDay | null;
  readonly note: string;
}

/** The nine protected characteristics of the Equality Act 2010, s.4. */
export const characteristicIds = [
  'age',
  'disability',
  'gender-reassignment',
  'marriage-civil-partnership',
  'pregnancy-maternity',
  'race',
  'religion-belief',
  'sex',
  'sexual-orientation',
] as const;
export type CharacteristicId = (typeof characteristicIds)[number];

export const characteristicStates = [
  'recorded',
  'not-recorded-by-agencies',
  'not-asked',
  'declined',
  'not-applicable',
  'unknown',
] as const;
export type CharacteristicState = (typeof characteristicStates)[number];

export const characteristicStateLabels: Readonly<Record<CharacteristicState, string>> = {
  recorded: 'Recorded',
  'not-recorded-by-agencies': 'Not recorded by agencies',
  'not-asked': 'Not asked',
  declined: 'Declined to say',
  'not-applicable': 'Not applicable',
  unknown: 'Unknown',
};

/** A recorded value: a stable option id from the template, a write-in answer, or both. */
export interface CharacteristicValue {
  readonly optionId: string | null;
  readonly writeIn: string | null;
}

interface CharacteristicRecordBase {
  readonly personId: number;
  readonly characteristicId: CharacteristicId;
  /** Where the information came from, e.g. "GP records", "mother, interview 2023". */
  readonly source: string;
  /**
   * The reviewer's own words about it (which disability, which denomination), or null. Kept for
   * the analysis; never counted, and left out of published documents, where a named condition
   * could identify the family. Absent when there is none.
   */
  readonly detail?: string | null;
}

/**
 * State kept apart from value. The union makes the wrong combinations unrepresentable:
 * only a recorded characteristic has a value, and "not applicable" always says why.
 */
/**
 * The value list as it stood when a value was recorded: its version and the chosen option's
 * wording. A later version of the list may reword an option; the review keeps saying what was
 * chosen. Null for values recorded before the review file kept this.
 */
export interface RecordedWith {
  readonly listVersion: string;
  readonly optionLabel: string | null;
}

export type CharacteristicRecord =
  | (CharacteristicRecordBase & {
      readonly state: 'recorded';
      readonly value: CharacteristicValue;
      readonly recordedWith?: RecordedWith | null;
    })
  | (CharacteristicRecordBase & { readonly state: 'not-applicable'; readonly reason: string })
  | (CharacteristicRecordBase & {
      readonly state: 'not-recorded-by-agencies' | 'not-asked' | 'declined' | 'unknown';
    });

export const identifierKinds = ['address', 'postcode', 'nhs-number', 'school', 'professional', 'other'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export interface Identifier {
  readonly id: number;
  readonly text: string;
  readonly kind: IdentifierKind;
}

/** Characteristic value lists shipped in `templates/characteristics/` (editable, versioned). */
export interface CharacteristicOption {
  readonly id: string;
  readonly label: string;
  readonly group?: string;
  /** The answer takes free text ("Any other religion (write in)"). */
  readonly writeIn?: boolean;
}

/** One publication a value list follows, written for reviewers; `checked` as for taxonomy terms. */
export interface CharacteristicCitation {
  readonly document: string;
  /** Left out when the publication date could not be confirmed. */
  readonly year?: string;
  readonly location?: string;
  readonly url?: string;
  readonly checked: boolean;
  readonly comment?: string;
}

/** Regional wording: labels and headings change, ids never do. */
export interface CharacteristicVariantWording {
  readonly label: string;
  readonly question?: string;
  readonly groupLabels?: Readonly<Record<string, string>>;
  readonly optionLabels: Readonly<Record<string, string>>;
}

export interface CharacteristicTemplate {
  readonly id: CharacteristicId;
  readonly version: string;
  readonly label: string;
  readonly question: string;
  readonly source: string;
  /** The publications the list follows (GSS harmonised standard, census question), with what was checked. */
  readonly citations?: readonly CharacteristicCitation[];
  /** Asked only of people at least this old (GSS: 16 for sexual orientation and gender identity). */
  readonly minimumAge: number | null;
  /** Age is worked out from the date of birth when one is held. */
  readonly derivedFrom: 'dateOfBirth' | null;
  readonly groups: readonly { readonly id: string; readonly label: string }[];
  readonly options: readonly CharacteristicOption[];
  /** Regional variants: Wales lists "Welsh" first in the ethnicity question. */
  readonly variants: Readonly<Record<string, CharacteristicVariantWording>>;
}

export type CharacteristicVariant = 'england' | 'wales';

/** Options of a template with a variant's labels applied; ids stay stable across variants. */
export function optionsForVariant(
  template: CharacteristicTemplate,
  variant: CharacteristicVariant,
): readonly CharacteristicOption[] {
  const overrides = variant === 'england' ? undefined : template.variants[variant]?.optionLabels;
  if (!overrides) return template.options;
  return template.options.map((o) => (overrides[o.id] ? { ...o, label: overrides[o.id] } : o));
}

/**
 * What a recorded value reads as: the option's wording when it was recorded (a newer list never
 * rewords an old review), else the current list's wording, then any written-in text.
 */
export function recordedValueLabel(
  record: Extract<CharacteristicRecord, { state: 'recorded' }>,
  template: CharacteristicTemplate | undefined,
): string {
  const optionLabel =
    record.recordedWith?.optionLabel ?? template?.options.find((o) => o.id === record.value.optionId)?.label;
  const parts = [optionLabel, record.value.writeIn].filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.join(': ') || 'Recorded';
}

/** Group headings of a template with a variant's wording applied ("Asian, Asian Welsh or Asian British"). */
export function groupsForVariant(
  template: CharacteristicTemplate,
  variant: CharacteristicVariant,
): CharacteristicTemplate['groups'] {
  const overrides = variant === 'england' ? undefined : template.variants[variant]?.groupLabels;
  if (!overrides) return template.groups;
  return template.groups.map((g) => (overrides[g.id] ? { ...g, label: overrides[g.id] } : g));
}

const isoDayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO day into numbers, or null when it is not a real calendar day. */
export function parseIsoDay(day: string): { year: number; month: number; day: number } | null {
  const m = isoDayPattern.exec(day);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const d = Number(m[3]);
  if (month < 1 || month > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return { year, month, day: d };
}

/**
 * Age in completed years on `at`. A child born on 29 February turns a year older on
 * 1 March in non-leap years (the UK legal reading). Null before birth or for bad dates.
 */
export function ageAt(dateOfBirth: IsoDay, at: IsoDay): number | null {
  const b = parseIsoDay(dateOfBirth);
  const a = parseIsoDay(at);
  if (!b || !a) return null;
  let age = a.year - b.year;
  const beforeBirthday = a.month < b.month || (a.month === b.month && a.day < b.day);
  if (beforeBirthday) age -= 1;
  return age < 0 ? null : age;
}

/** "3 years", "1 year", or for babies "7 months"; null when not computable. */
export function describeAgeAt(dateOfBirth: IsoDay, at: IsoDay): string | null {
  const years = ageAt(dateOfBirth, at);
  if (years === null) return null;
  if (years >= 1) return years === 1 ? '1 year' : `${years} years`;
  const b = parseIsoDay(dateOfBirth)!;
  const a = parseIsoDay(at)!;
  let months = (a.year - b.year) * 12 + (a.month - b.month);
  if (a.day < b.day) months -= 1;
  return months === 1 ? '1 month' : `${months} months`;
}

/** What an anonymiser match stands for; the leak check reports it as the leak's kind. */
export type LeakKind =
  'real-name' | 'alias' | 'first-name' | 'middle-name' | 'surname' | 'date-of-birth' | IdentifierKind;

/** Something identifying left in a publication, and where it stands. */
export interface Leak {
  /** "Section "Analysis", paragraph 4", "chronology entry 40", "Document properties: title". */
  readonly location: string;
  /** The text as it appears in the document. */
  readonly matched: string;
  readonly kind: LeakKind;
  /** What it matched in the register: "surname of RM", "registered address "…"". */
  readonly description: string;
  readonly personId?: number;
  readonly identifierId?: number;
}

/** A capitalised word near a family-role word that is not in the register. */
export interface NameWarning {
  readonly location: string;
  /** The word as written: "Gary". */
  readonly name: string;
  /** Folded form, the key a dismissal is stored under. */
  readonly key: string;
  /** A few words either side, for the reviewer to judge. */
  readonly context: string;
}

export interface PublicationCheck {
  /** False when a publication export would be refused (any leak). Warnings do not refuse. */
  readonly ok: boolean;
  readonly leaks: readonly Leak[];
  readonly warnings: readonly NameWarning[];
}

/** "missing" means nobody has entered anything yet, which differs from the state "unknown". */
export type CompletenessState = CharacteristicState | 'missing';

export interface CompletenessCell {
  readonly personId: number;
  readonly characteristicId: CharacteristicId;
  readonly state: CompletenessState;
  /** What a reader sees in the cell: the value's label, or the state (and reason). */
  readonly display: string;
  /** Worked out rather than entered: age from the date of birth, "not applicable" under 16. */
  readonly derived: boolean;
}

export interface CharacteristicSummary {
  readonly characteristicId: CharacteristicId;
  readonly label: string;
  readonly recorded: number;
  readonly total: number;
  readonly byState: Readonly<Record<CompletenessState, number>>;
  /** Board-readable: "Religion or belief recorded for 2 of 6 family members (3 not asked, 1 declined)." */
  readonly sentence: string;
}

export interface CompletenessReport {
  /** The date ages and the 16+ rule are worked out at (end of scope, or today). */
  readonly at: IsoDay;
  readonly people: readonly Pick<Person, 'id' | 'pseudonym' | 'realName' | 'category' | 'role'>[];
  readonly characteristics: readonly { readonly id: CharacteristicId; readonly label: string }[];
  readonly cells: readonly CompletenessCell[];
  readonly summaries: readonly CharacteristicSummary[];
}
