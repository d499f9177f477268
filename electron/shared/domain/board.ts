/**
 * Boards: learning across many reviews. A library is a set of folders and review files read
 * strictly read-only; each readable review is reduced to a `ReviewDigest` (pseudonyms only, no
 * real names), and the views are pure aggregations over digests.
 *
 * Platform-free: used by the board services, the exporters, the CLI and the renderer.
 */
import type { CharacteristicId, CharacteristicState } from './people';
import type { RecommendationStatus } from './recommendations';
import type { ReviewKind } from './review';
import type { TagDirection } from './taxonomy';
import type { CrosswalkRelation } from './crosswalk';
import { MONTH_NAMES as MONTHS } from '../dates/calendar';

export { crosswalkRelations, type CrosswalkRelation } from './crosswalk';

/** Why a file in the library could not be read. Shown to users through `refusalLabels`. */
export const refusalKinds = [
  'not-a-review',
  'newer-format',
  'damaged',
  'encrypted',
  'locked',
  'unreadable',
  'backup-copy',
] as const;
export type RefusalKind = (typeof refusalKinds)[number];

export interface RefusedFile {
  readonly file: string;
  readonly kind: RefusalKind;
  /** A sentence for a social worker: what is wrong and what to do. */
  readonly reason: string;
}

/** Family roles boards count by; worked out from the free-text role and relationship. */
export const familyRoles = ['child', 'victim', 'perpetrator', 'parent', 'partner', 'sibling', 'other-family'] as const;
export type FamilyRole = (typeof familyRoles)[number];
export const familyRoleLabels: Readonly<Record<FamilyRole, string>> = {
  child: 'Child',
  victim: 'Victim',
  perpetrator: 'Perpetrator',
  parent: 'Parent or carer',
  partner: 'Partner or ex-partner',
  sibling: 'Sibling',
  'other-family': 'Other family or household member',
};

/** A characteristic with no record at all is counted as "missing" (not yet entered). */
export type BoardCharacteristicState = CharacteristicState | 'missing';

export interface DigestTag {
  readonly taxonomyId: string;
  readonly taxonomyTitle: string;
  readonly termId: string;
  readonly termLabel: string;
  readonly direction: TagDirection | null;
}

export interface DigestFinding {
  readonly id: number;
  readonly number: number;
  /** Publication text: names replaced by pseudonyms, identifiers removed. */
  readonly title: string;
  readonly text: string;
  readonly type: string;
  readonly tags: readonly DigestTag[];
}

export interface DigestRecommendation {
  readonly id: number;
  readonly number: number;
  readonly text: string;
  readonly ownerAgency: string | null;
  readonly dueDate: string | null;
  readonly status: RecommendationStatus;
  readonly boardResponse: string;
  readonly updatedAt: string;
}

export interface DigestCharacteristic {
  readonly characteristicId: CharacteristicId;
  readonly state: BoardCharacteristicState;
  /** The recorded value as a label ("Christian", "Any other White background: Polish"); null unless recorded. */
  readonly value: string | null;
}

export interface DigestPerson {
  readonly pseudonym: string;
  readonly role: FamilyRole;
  readonly characteristics: readonly DigestCharacteristic[];
}

/** What the board reads from one review: everything the views need, nothing identifying. */
export interface ReviewDigest {
  readonly file: string;
  readonly formatVersion: number;
  readonly title: string;
  readonly kind: ReviewKind;
  readonly partnership: string;
  readonly status: string;
  /** The year the review's scope ends (or it was created): the "year" boards report by. */
  readonly year: number | null;
  readonly entryCount: number;
  readonly findings: readonly DigestFinding[];
  readonly recommendations: readonly DigestRecommendation[];
  readonly people: readonly DigestPerson[];
  /** Parts an older file format does not hold yet (e.g. "findings"): counted as absent, not as zero. */
  readonly missingParts: readonly string[];
}

export interface LibraryReview {
  readonly file: string;
  readonly title: string;
  readonly kind: ReviewKind;
  readonly year: number | null;
  readonly formatVersion: number;
  readonly findings: number;
  readonly recommendations: number;
  readonly people: number;
  readonly entries: number;
  readonly missingParts: readonly string[];
}

export interface LibraryOverview {
  readonly reviews: readonly LibraryReview[];
  readonly refused: readonly RefusedFile[];
  /** Milliseconds the scan took, and how many reviews came from the cached index. */
  readonly milliseconds: number;
  readonly fromIndex: number;
}

/** Which reviews a view covers. Empty or absent lists mean "all". */
export interface BoardFilter {
  readonly files?: readonly string[];
  readonly kinds?: readonly ReviewKind[];
  readonly years?: readonly number[];
}

export interface ThemeRow {
  readonly taxonomyId: string;
  readonly taxonomyTitle: string;
  readonly termId: string;
  readonly label: string;
  readonly reviews: number;
  readonly findings: number;
  readonly supports: number;
  readonly hinders: number;
  /** Findings tagged without a direction. */
  readonly undirected: number;
  readonly byYear: readonly { readonly year: number | null; readonly findings: number }[];
  readonly byKind: readonly { readonly kind: ReviewKind; readonly findings: number }[];
  /** Terms of other taxonomies counted here through a crosswalk, with their relation. */
  readonly mappedFrom: readonly {
    readonly taxonomyId: string;
    readonly termId: string;
    readonly relation: CrosswalkRelation;
  }[];
}

export interface ThemeFinding {
  readonly file: string;
  readonly reviewTitle: string;
  readonly year: number | null;
  readonly kind: ReviewKind;
  readonly findingId: number;
  readonly number: number;
  readonly title: string;
  readonly text: string;
  readonly direction: TagDirection | null;
}

export interface CharacteristicRow {
  readonly characteristic: CharacteristicId;
  readonly role: FamilyRole;
  readonly people: number;
  readonly recorded: number;
  readonly notRecorded: number;
  readonly notAsked: number;
  readonly declined: number;
  readonly notApplicable: number;
  readonly unknown: number;
  /** No entry at all for this characteristic. */
  readonly missing: number;
  readonly values: readonly { readonly value: string; readonly count: number }[];
}

/** A recommendation as the tracker shows it: the review's own fields, where it is, and what the board made of it. */
export interface TrackedRecommendation extends Pick<
  DigestRecommendation,
  'number' | 'text' | 'ownerAgency' | 'dueDate' | 'status' | 'boardResponse'
> {
  readonly file: string;
  readonly reviewTitle: string;
  readonly recommendationId: number;
  readonly overdue: boolean;
  readonly unowned: boolean;
  /** Where the shown status lives: the review file itself, or the board's own file (read-only review). */
  readonly recordedIn: 'review' | 'board-file';
  readonly updatedBy: string | null;
  readonly updatedAt: string;
}

export interface RecommendationSummary {
  readonly total: number;
  readonly overdue: number;
  readonly noOwner: number;
  readonly byStatus: Readonly<Record<string, number>>;
}

export interface StatusByYear {
  /** The year the recommendation is due; null when it has no due date. */
  readonly year: number | null;
  readonly byStatus: Readonly<Record<RecommendationStatus, number>>;
}

export interface SearchHit {
  readonly kind: 'entry' | 'finding' | 'recommendation';
  readonly ref: number;
  readonly label: string;
  /** Snippet with the matches between «guillemets». */
  readonly snippet: string;
  /** Why it ranks where it does, in a sentence (results come best match first). */
  readonly reason: string;
}

export interface SearchGroup {
  readonly file: string;
  readonly reviewTitle: string;
  readonly hits: readonly SearchHit[];
}

/**
 * A crosswalk (see shared/domain/crosswalk: the data files and their relations) flattened into
 * term pairs that each name their taxonomy, which is what counting tags across reviews needs.
 */
export interface BoardCrosswalkMapping {
  readonly from: { readonly taxonomyId: string; readonly termId: string };
  readonly to: { readonly taxonomyId: string; readonly termId: string };
  readonly relation: CrosswalkRelation;
}

export interface BoardCrosswalk {
  readonly id: string;
  readonly title: string;
  readonly mappings: readonly BoardCrosswalkMapping[];
}

/**
 * Small-number suppression: counts from 1 to 4 can identify a family, so every exported document
 * and spreadsheet shows them as "fewer than 5". Zero and counts of 5 or more are shown as they are.
 * JSON output and the screens keep true counts (they are working views, not publications).
 */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSION_RULE =
  'Small numbers are suppressed: any count from 1 to 4 is shown as "fewer than 5", because small counts could identify a family. Totals are suppressed in the same way.';

export function isSuppressed(count: number): boolean {
  return count > 0 && count < SUPPRESSION_THRESHOLD;
}

export function suppressedCount(count: number): string {
  return isSuppressed(count) ? `fewer than ${SUPPRESSION_THRESHOLD}` : String(count);
}

/** Short names of the nine characteristics for tables and charts (the templates hold the questions). */
export const boardCharacteristicLabels: Readonly<Record<CharacteristicId, string>> = {
  age: 'Age',
  disability: 'Disability',
  'gender-reassignment': 'Gender reassignment',
  'marriage-civil-partnership': 'Marriage or civil partnership',
  'pregnancy-maternity': 'Pregnancy or maternity',
  race: 'Race (ethnic group)',
  'religion-belief': 'Religion or belief',
  sex: 'Sex',
  'sexual-orientation': 'Sexual orientation',
};

/**
 * The first columns of every table of characteristics by family role (on screen, in the Word
 * report and in the workbook), so the three read alike; each adds the columns it shows after them.
 */
export const characteristicTableHeadings = [
  'Characteristic',
  'Family role',
  'People',
  'Recorded',
  'Not recorded by agencies',
  'Not asked',
  'Declined',
] as const;

/** Everything a board report or workbook holds, decided before any file is written. */
/**
 * The library summary `casewright board --json` prints (a published contract: see the README), with
 * true counts: suppression applies to documents and spreadsheets, not to this data.
 */
export interface BoardSummaryJson {
  readonly reviews: number;
  readonly refused: readonly { readonly file: string; readonly reason: string }[];
  readonly themes: readonly { taxonomy: string; term: string; label: string; reviews: number; findings: number }[];
  readonly characteristics: readonly {
    characteristic: string;
    role: string;
    recorded: number;
    notRecorded: number;
    notAsked: number;
    declined: number;
    unknown: number;
  }[];
  readonly recommendations: {
    total: number;
    overdue: number;
    noOwner: number;
    byStatus: Readonly<Record<string, number>>;
  };
}

export interface BoardReportData {
  readonly title: string;
  /** UK date the report was produced, e.g. "3 February 2027". */
  readonly producedOn: string;
  /** The user's display name (as in the audit log). */
  readonly producedBy: string;
  /** The partnerships named by the reviews, for the title page. */
  readonly partnerships: readonly string[];
  readonly reviews: readonly LibraryReview[];
  readonly themes: readonly ThemeRow[];
  readonly characteristics: readonly CharacteristicRow[];
  readonly recommendations: readonly TrackedRecommendation[];
  readonly recommendationSummary: RecommendationSummary;
  readonly statusByYear: readonly StatusByYear[];
}

/** "2021-02-03" → "3 February 2021" (UK style); anything else is returned as written. */
export function ukDay(iso: string | null): string {
  if (iso === null) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}

/** The file name a board export suggests (the user chooses where it goes). */
export function boardExportName(format: 'docx' | 'xlsx'): string {
  return format === 'docx' ? 'Board report' : 'Board workbook';
}
