/**
 * The multi-agency chronology as the rest of the app sees it. Readonly plain-JSON shapes: they
 * cross the API boundary unchanged (no Date objects; dates are ISO strings or `VagueDate`).
 */

/** How precisely a date was known when the agency wrote it down. */
export type DatePrecision = 'day' | 'month' | 'season' | 'part-of-year' | 'year' | 'range';

/**
 * A date as reviewers write them ("Spring 2013", "c. 2014", "?22 May 2016") kept three ways:
 * the words as given, a standard EDTF form (ISO 8601-2), and inclusive sort bounds computed
 * with UK conventions (spring = March–May), which differ from the `edtf` package's quarters.
 */
export interface VagueDate {
  /** EDTF level 0–2, e.g. `2013-21`, `2014~`, `2016-05-22?`, `2014-01/2014-04`. */
  readonly edtf: string;
  /** The text exactly as the source gave it (trimmed). */
  readonly original: string;
  /** First day the date could mean, ISO `YYYY-MM-DD`. */
  readonly earliest: string;
  /** Last day the date could mean, ISO `YYYY-MM-DD` (inclusive). */
  readonly latest: string;
  readonly precision: DatePrecision;
  /** "about": c. / approx / ~ */
  readonly approximate: boolean;
  /** "perhaps": a leading or trailing ? */
  readonly uncertain: boolean;
}

export type TriState = 'yes' | 'no' | 'unknown';
export const TRI_STATES = ['yes', 'no', 'unknown'] as const satisfies readonly TriState[];

export type EventPersonRole = 'present' | 'alleged-perpetrator' | 'victim' | 'witness' | 'subject' | 'other';
export const EVENT_PERSON_ROLES = [
  'present',
  'alleged-perpetrator',
  'victim',
  'witness',
  'subject',
  'other',
] as const satisfies readonly EventPersonRole[];

export type Significance = 'key' | 'routine';

/** A person (from the people register, `person.id`) and their part in one event. */
export interface EntryPerson {
  readonly personId: number;
  readonly role: EventPersonRole;
}

/**
 * For each child involved: were they seen, seen alone, spoken to, their views recorded.
 * `personId` is null for "the child (not named)": an agency's "Child seen" column says whether a
 * child was seen before the reviewer links the entry to anyone in the people register.
 */
export interface ChildContact {
  readonly personId: number | null;
  readonly seen: TriState;
  readonly seenAlone: TriState;
  readonly spokenTo: TriState;
  readonly viewsRecorded: TriState;
}

/** One agency told about this event. "Who knew what, when" and pattern rules read these. */
export interface SharedWith {
  readonly agencyId: number;
  readonly agency: string;
  readonly when: VagueDate | null;
  /** e.g. "phone call", "MASH notification", "letter". */
  readonly how: string | null;
}

export interface EntrySource {
  readonly document: string | null;
  /** Practitioner role, e.g. "HV1", "duty social worker". */
  readonly role: string | null;
  readonly reference: string | null;
}

/**
 * A source column that fills no entry field, kept verbatim on the entry (header → value), so no
 * word of the agency's file is lost. `raw` is a spreadsheet formula as written when `value` is
 * the text it showed.
 */
export interface ExtraField {
  readonly name: string;
  readonly value: string;
  readonly raw: string | null;
}

/** A risk assessment recorded with the event, e.g. tool "DASH", level "high". */
export interface RiskAssessment {
  readonly tool: string | null;
  readonly level: string;
}

/** Where an imported entry came from. Kept forever, never edited. */
export interface EntryProvenance {
  readonly file: string;
  readonly sheet: string | null;
  /** 1-based row number in the source sheet, as a spreadsheet program shows it. */
  readonly row: number;
  readonly agency: string;
  /** ISO timestamp. */
  readonly importedAt: string;
  readonly importId: number;
}

export interface ChronologyEntry {
  readonly id: number;
  readonly date: VagueDate;
  /** `HH:MM` 24-hour, when known. */
  readonly time: string | null;
  readonly endDate: VagueDate | null;
  readonly agencyId: number;
  readonly agency: string;
  readonly source: EntrySource;
  readonly eventTypeId: number | null;
  /** Name of the event type, for display. */
  readonly eventType: string | null;
  readonly summary: string;
  readonly actionTaken: string;
  readonly outcome: string;
  readonly analysis: string;
  /** Where the event happened (venue, address as the agency wrote it). */
  readonly location: string | null;
  readonly risk: RiskAssessment | null;
  /** Source columns kept verbatim, in the file's column order. */
  readonly extraFields: readonly ExtraField[];
  readonly people: readonly EntryPerson[];
  readonly childContact: readonly ChildContact[];
  readonly sharedWith: readonly SharedWith[];
  readonly tags: readonly string[];
  readonly significance: Significance;
  readonly episodeIds: readonly number[];
  readonly provenance: EntryProvenance | null;
  /** Entries the reviewer linked as records of the same event (duplicates kept side by side). */
  readonly linkedEntryIds: readonly number[];
}

/** An editable list item (incident, home visit, …). */
export interface EventType {
  readonly id: number;
  readonly name: string;
  readonly sortOrder: number;
  /** How many entries use it (so the UI can warn before a rename). */
  readonly entryCount: number;
}

export interface Agency {
  readonly id: number;
  readonly name: string;
  readonly entryCount: number;
}

/** A group of entries the review analyses in depth. */
export interface KeyPracticeEpisode {
  readonly id: number;
  readonly title: string;
  readonly periodFrom: VagueDate | null;
  readonly periodTo: VagueDate | null;
  readonly analysis: string;
  readonly entryIds: readonly number[];
}

/** Filters shared by the grid, the timeline and the export. Empty arrays mean "any". */
export interface ChronologyFilter {
  readonly agencyIds?: readonly number[];
  readonly personIds?: readonly number[];
  readonly eventTypeIds?: readonly number[];
  readonly tags?: readonly string[];
  /** ISO day; entries whose date bounds overlap [from, to] match. */
  readonly from?: string;
  readonly to?: string;
  readonly keyOnly?: boolean;
  /** Entries where at least one child's contact records `seen: 'no'`. */
  readonly childNotSeen?: boolean;
  /** Entries where a child was seen but at least one record says not seen alone. */
  readonly childNotSeenAlone?: boolean;
  /** Entries with a risk assessment recorded. */
  readonly riskRecorded?: boolean;
  /** Full-text query (SQLite FTS5 over summary, action, outcome, analysis, source, tags). */
  readonly text?: string;
  readonly episodeId?: number;
}

export type ChronologySortField = 'date' | 'agency' | 'eventType' | 'summary' | 'significance' | 'id';
export interface ChronologySort {
  readonly field: ChronologySortField;
  readonly direction: 'asc' | 'desc';
}

/** Marks around a full-text match inside highlighted text: `\u0001match\u0002`. */
export const HIGHLIGHT_START = '\u0001';
export const HIGHLIGHT_END = '\u0002';

export type HighlightableField = 'summary' | 'actionTaken' | 'outcome' | 'analysis';

/** Full field texts with the matches of `filter.text` wrapped in HIGHLIGHT_START/END. */
export interface EntryHighlight {
  readonly entryId: number;
  readonly fields: Readonly<Partial<Record<HighlightableField, string>>>;
}

export interface ChronologyPage {
  readonly total: number;
  readonly rows: readonly ChronologyEntry[];
  /** Present when `filter.text` was given; one per row that matched. */
  readonly highlights: readonly EntryHighlight[];
}

export interface SearchHit {
  readonly entryId: number;
  readonly date: VagueDate;
  readonly agency: string;
  /** A short excerpt with matches wrapped in HIGHLIGHT_START/END. */
  readonly snippet: string;
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/** One entry drawn on the timeline: just enough to place, shape and label it. */
export interface TimelineItem {
  readonly id: number;
  readonly agencyId: number;
  readonly eventTypeId: number | null;
  readonly earliest: string;
  readonly latest: string;
  readonly precision: DatePrecision;
  /** The date as given, for the tooltip. */
  readonly dateText: string;
  readonly summary: string;
  readonly key: boolean;
  readonly childNotSeen: boolean;
}

export type KnowledgeHow = 'recorded' | 'shared';

/** One agency that knew about one event by a given date. */
export interface WhoKnewCell {
  readonly agencyId: number;
  readonly how: KnowledgeHow;
  /** When it was shared (null for the recording agency, or when not known). */
  readonly when: VagueDate | null;
  readonly via: string | null;
}

export interface WhoKnewEvent {
  readonly entryId: number;
  readonly date: VagueDate;
  readonly agencyId: number;
  readonly eventType: string | null;
  readonly summary: string;
  readonly significance: Significance;
  /** Agencies that knew by the chosen date; every other agency did not (a gap). */
  readonly knownBy: readonly WhoKnewCell[];
}

export interface WhoKnewReport {
  /** The chosen date, ISO day. */
  readonly date: string;
  readonly agencies: readonly Agency[];
  /** Events that had certainly happened by the date (latest bound ≤ date), oldest first. */
  readonly events: readonly WhoKnewEvent[];
}

// ---------- Import ----------

/** Entry fields a spreadsheet column can be mapped to. */
export type ImportField =
  | 'date'
  | 'time'
  | 'endDate'
  | 'agency'
  | 'sourceDocument'
  | 'sourceRole'
  | 'sourceReference'
  | 'eventType'
  | 'summary'
  | 'actionTaken'
  | 'outcome'
  | 'analysis'
  | 'tags'
  | 'significance'
  | 'sharedWith'
  | 'location'
  | 'riskTool'
  | 'riskLevel'
  | 'childSeen'
  | 'childSeenAlone'
  | 'childSpokenTo';

export const IMPORT_FIELDS: readonly ImportField[] = [
  'date',
  'time',
  'endDate',
  'agency',
  'sourceDocument',
  'sourceRole',
  'sourceReference',
  'eventType',
  'summary',
  'actionTaken',
  'outcome',
  'analysis',
  'tags',
  'significance',
  'sharedWith',
  'location',
  'riskTool',
  'riskLevel',
  'childSeen',
  'childSeenAlone',
  'childSpokenTo',
];

/**
 * What became of one source column: it fills a field, it is kept verbatim on each entry as an
 * extra field, the reviewer chose to leave it out, or it holds no text in any row.
 */
export type ColumnFate =
  | { readonly header: string; readonly fate: 'field'; readonly field: ImportField }
  | { readonly header: string; readonly fate: 'extra' }
  | { readonly header: string; readonly fate: 'ignored' }
  | { readonly header: string; readonly fate: 'empty' };

/** Field → header text of the source column (headers, not positions, so it survives reordering). */
export type ColumnMapping = Readonly<Partial<Record<ImportField, string>>>;

export interface ImportColumn {
  /** 0-based column position. */
  readonly index: number;
  readonly header: string;
  /** The first few non-empty values, for the mapping preview. */
  readonly samples: readonly string[];
}

/** A row problem, located for the reviewer. `row` is the 1-based sheet row. */
export interface ImportProblem {
  readonly file: string;
  readonly row: number;
  readonly column?: string;
  readonly field?: ImportField;
  readonly reason: string;
}

export interface ImportPreviewRow {
  readonly row: number;
  readonly valid: boolean;
  /** Date as the UI shows it (as precisely as known), or the raw text when invalid. */
  readonly dateText: string;
  readonly time: string | null;
  readonly agency: string;
  readonly eventType: string | null;
  /** True when the event type was suggested from the row's text, not written by the agency. */
  readonly eventTypeSuggested: boolean;
  readonly summary: string;
  readonly actionTaken: string;
  readonly outcome: string;
  /** Source columns kept verbatim on the entry. */
  readonly extraFields: readonly ExtraField[];
}

/** A likely duplicate, either found during import (before entries exist) or stored. */
export interface DuplicatePair {
  /** The row number in the file being imported, when the new side is not yet an entry. */
  readonly row: number | null;
  readonly newEntryId: number | null;
  readonly existingEntryId: number;
  readonly existingAgency: string;
  readonly score: number;
  readonly reason: string;
}

export interface ImportSourceInfo {
  readonly format: 'csv' | 'xlsx';
  /** e.g. 'utf-8', 'utf-8-bom', 'windows-1252'; null for xlsx. */
  readonly encoding: string | null;
  /** ',', ';' or '\t'; null for xlsx. */
  readonly delimiter: string | null;
  readonly sheet: string | null;
  /** 1-based row of the header in the sheet. */
  readonly headerRow: number;
}

/**
 * What reading an agency's file finds, before anything is written: the parse holds it, and the
 * preview the reviewer checks shows it as it is.
 */
export interface ImportFileReading {
  readonly fileName: string;
  readonly source: ImportSourceInfo;
  readonly columns: readonly ImportColumn[];
  /** What auto-detection proposes (in a preview, the mapping remembered for the agency, when there is one). */
  readonly detectedMapping: ColumnMapping;
  /** The mapping actually used for the rows and problems. */
  readonly mapping: ColumnMapping;
  /** What becomes of every source column. */
  readonly columnFates: readonly ColumnFate[];
  /** Text outside the rows (titles above the headings, other sheets): kept with the import, never dropped. */
  readonly sourceNotes: SourceNotes;
  /** Every problem: the file's as a whole first, then each row's. */
  readonly problems: readonly ImportProblem[];
}

export interface ImportPreview extends ImportFileReading {
  readonly agency: string;
  readonly mappingRemembered: boolean;
  readonly totalRows: number;
  readonly validRows: number;
  /** The first rows (up to 200), as they would be imported. */
  readonly rows: readonly ImportPreviewRow[];
  readonly duplicates: readonly DuplicatePair[];
}

export interface RejectedRow {
  readonly row: number;
  readonly column: string | null;
  readonly field: ImportField | null;
  readonly reason: string;
  /** The row's cells joined as text, so the report still shows what was rejected. */
  readonly raw: string;
}

/** One other sheet of a workbook: its name and its non-empty cells, a line per row. */
export interface OtherSheetText {
  readonly sheet: string;
  readonly lines: readonly string[];
}

/**
 * Source text that is not a chronology row but must not be lost: the lines above the column
 * headings (titles, "Prepared by …") and, for a workbook, the other sheets (a cover sheet, notes).
 */
export interface SourceNotes {
  readonly notesAboveHeader: readonly string[];
  readonly otherSheets: readonly OtherSheetText[];
}

/** An import taken out again, or put back after that. */
export interface RemovedImport {
  readonly importId: number;
  readonly fileName: string;
  readonly agency: string;
  /** Entries taken out (removal) or put back (restore). */
  readonly entries: number;
}

/** What an import did. Kept in the review file (except for dry runs). */
export interface ImportReport {
  /** null for a dry run. */
  readonly importId: number | null;
  readonly fileName: string;
  readonly agency: string;
  readonly source: ImportSourceInfo;
  readonly importedAt: string;
  readonly imported: number;
  readonly rejected: readonly RejectedRow[];
  readonly duplicates: readonly DuplicatePair[];
  readonly newEventTypes: readonly string[];
  readonly dryRun: boolean;
  /** What became of every source column (fields, kept as extra fields, left out by the reviewer). */
  readonly columnFates: readonly ColumnFate[];
  /** Text of the source outside the chronology rows, kept with the import. */
  readonly sourceNotes: SourceNotes;
  /** When the whole batch was taken out again (ISO), or null. */
  readonly removedAt: string | null;
}

export type DuplicateStatus = 'open' | 'linked' | 'merged' | 'dismissed';

/** A stored duplicate candidate between two entries, for the reviewer to decide on. */
export interface DuplicateCandidate {
  readonly id: number;
  readonly entryA: number;
  readonly entryB: number;
  readonly score: number;
  readonly reason: string;
  readonly status: DuplicateStatus;
}
