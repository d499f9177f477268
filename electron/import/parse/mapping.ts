import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../shared/domain/chronology';
import { parseVagueDate } from '../../shared/dates';
import { readTriState } from './tri-state';

/**
 * Header names agencies actually use, per field, normalised (lower case, words only). An exact
 * name wins; otherwise the header's words are matched against `HEADER_WORDS`, and the content of
 * the column decides between candidates (long free text is the narrative, dates are the date).
 */
const HEADER_NAMES: Readonly<Record<ImportField, readonly string[]>> = {
  date: [
    'date',
    'event date',
    'date of event',
    'date of contact',
    'contact date',
    'incident date',
    'start date',
    'date from',
    'from',
    'date time',
    'date and time',
    'when',
    'dated',
    'incident date time',
    'date time of contact',
  ],
  time: ['time', 'time of event', 'time of contact', 'start time', 'event time'],
  endDate: ['end date', 'date to', 'to', 'end', 'until', 'finish date'],
  agency: ['agency', 'organisation', 'organization', 'service', 'source agency', 'agency name'],
  sourceDocument: [
    'source',
    'source document',
    'document',
    'source of information',
    'information source',
    'system',
    'record type',
  ],
  sourceRole: [
    'practitioner',
    'role',
    'officer',
    'officer in case',
    'practitioner role',
    'worker',
    'professional',
    'staff',
    'staff member',
    'author',
    'author role',
    'recorded by',
    'completed by',
    'practitioner job title',
    'job title',
    'officer grade',
    'clinician',
    'entered by',
  ],
  sourceReference: [
    'reference',
    'ref',
    'ref no',
    'reference number',
    'record number',
    'case number',
    'crime number',
    'crime no',
    'incident number',
    'incident ref',
    'incident reference',
    'log number',
    'log no',
    'crn',
    'urn',
  ],
  eventType: [
    'event type',
    'type',
    'contact type',
    'type of contact',
    'type of event',
    'category',
    'event category',
    'activity',
    'event or contact',
    'call category',
    'incident type',
  ],
  summary: [
    'summary',
    'note',
    'notes',
    'event',
    'details',
    'description',
    'event details',
    'details of event',
    'what happened',
    'narrative',
    'contact details',
    'event summary',
    'information',
    'event contact',
    'summary of contact',
    'details of contact',
    'record',
    'entry',
    'clinical note',
    'clinical notes',
    'case note',
    'case notes',
    'narrative of event',
  ],
  actionTaken: ['action', 'action taken', 'actions', 'actions taken', 'response', 'plan', 'crew actions', 'next steps'],
  outcome: [
    'outcome',
    'result',
    'outcome decision',
    'decision outcome',
    'decision',
    'outcomes',
    'outcome next steps',
    'decision made',
  ],
  analysis: [
    'analysis',
    'comment',
    'comments',
    'analysis comment',
    'reviewer comment',
    'significance',
    'significance for the child',
    'analysis of significance',
    'impact on child',
  ],
  tags: ['tags', 'keywords', 'themes', 'labels'],
  significance: ['key', 'key event', 'key events', 'significant event', 'priority', 'key episode'],
  sharedWith: [
    'shared with',
    'information shared with',
    'shared',
    'notified',
    'agencies informed',
    'informed',
    'agencies notified',
    'who was informed',
  ],
  location: ['location', 'venue', 'place', 'address', 'where', 'location of contact', 'location of incident'],
  riskTool: ['risk tool', 'risk assessment tool', 'assessment tool'],
  riskLevel: [
    'dash',
    'dash risk',
    'dash risk level',
    'risk',
    'risk level',
    'risk assessment',
    'dash rating',
    'risk rating',
    'dash grading',
  ],
  childSeen: ['child seen', 'seen', 'children seen', 'was child seen', 'child seen y n', 'seen y n'],
  childSeenAlone: ['child seen alone', 'seen alone', 'children seen alone', 'child seen alone y n', 'seen alone y n'],
  childSpokenTo: [
    'child spoken to',
    'spoken to',
    'child spoken to alone',
    'voice of the child',
    'voice of child',
    'child s voice',
    'childs voice',
    'child s views',
  ],
};

/** Words that, anywhere in a header, point at a field when no exact name matched (checked in order). */
const HEADER_WORDS: readonly (readonly [RegExp, ImportField])[] = [
  [/\bseen alone\b/, 'childSeenAlone'],
  [/\b(spoken to|voice)\b/, 'childSpokenTo'],
  [/\bchild(ren)? seen\b/, 'childSeen'],
  [/\b(dash|risk)\b/, 'riskLevel'],
  [/\b(ref|reference|crime no|crime number|log no)\b/, 'sourceReference'],
  [/\b(outcome|decision|result)s?\b/, 'outcome'],
  [/\bactions?\b|\bplan\b|\bnext steps\b/, 'actionTaken'],
  [/\b(officer|worker|practitioner|author|recorded by|clinician|staff)\b/, 'sourceRole'],
  [/\b(venue|location|address)\b/, 'location'],
  [/\b(type|category)\b/, 'eventType'],
  [/\bdate\b/, 'date'],
  [/\b(notes?|narrative|details|description|summary|presentation|incident|record|entry|comments?)\b/, 'summary'],
];

export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LOOKUP: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((field) => HEADER_NAMES[field].map((name): [string, ImportField] => [name, field])),
);

/** The field a header names exactly (after normalising), if any. */
export function fieldForHeader(header: string): ImportField | undefined {
  return LOOKUP.get(normaliseHeader(header));
}

/** The field a header's words point at, exact names first. */
function fieldForHeaderWords(header: string): ImportField | undefined {
  const exact = fieldForHeader(header);
  if (exact !== undefined) return exact;
  const words = normaliseHeader(header);
  if (words === '') return undefined;
  return HEADER_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

/** What a column holds, judged on up to 200 non-empty cells. */
export interface ColumnProfile {
  readonly filled: number;
  readonly averageLength: number;
  /** Share of filled cells that read as dates. */
  readonly dateShare: number;
  /** Share of filled cells that read as yes / no / not recorded. */
  readonly yesNoShare: number;
  /** Distinct values ÷ filled cells (low for repeated categories). */
  readonly distinctShare: number;
}

export function profileColumn(values: readonly string[]): ColumnProfile {
  const filled = values.filter((v) => v !== '');
  const sample = filled.slice(0, 200);
  if (sample.length === 0) return { filled: 0, averageLength: 0, dateShare: 0, yesNoShare: 0, distinctShare: 0 };
  let length = 0;
  let dates = 0;
  let yesNo = 0;
  for (const value of sample) {
    length += value.length;
    if (value.length <= 40 && parseVagueDate(value).ok) dates += 1;
    if (readTriState(value).exact) yesNo += 1;
  }
  return {
    filled: filled.length,
    averageLength: length / sample.length,
    dateShare: dates / sample.length,
    yesNoShare: yesNo / sample.length,
    distinctShare: new Set(sample).size / sample.length,
  };
}

/** Free text long enough to be what happened, rather than a code or a category. */
function isNarrative(profile: ColumnProfile): boolean {
  return profile.filled > 0 && profile.averageLength >= 25 && profile.dateShare < 0.5;
}

/**
 * Proposes a mapping from the headers and, when data rows are given, from what the columns hold.
 * A column feeds one field and a field takes one column. Among several columns whose header
 * points at the narrative, the one with the longest text wins; a yes/no field whose column holds
 * mostly free text is left as an extra field (kept verbatim) rather than read as yes or no (where
 * most cells are yes/no, the odd sentence is read by its first word and also kept verbatim).
 */
export function detectMapping(
  headers: readonly string[],
  dataRows: readonly (readonly string[])[] = [],
  // The import has already profiled every column; profiling 20,000 rows twice was wasted work.
  known?: readonly ColumnProfile[],
): ColumnMapping {
  const profiles: readonly (ColumnProfile | null)[] =
    known ??
    headers.map((_, index) => (dataRows.length === 0 ? null : profileColumn(dataRows.map((row) => row[index] ?? ''))));
  const mapping: Partial<Record<ImportField, string>> = {};
  const used = new Set<number>();
  const candidates = new Map<ImportField, number[]>();
  headers.forEach((header, index) => {
    const field = fieldForHeaderWords(header);
    if (field === undefined) return;
    const profile = profiles[index];
    if (profile && profile.filled === 0 && field !== 'date') return;
    if (
      profile &&
      (field === 'childSeen' || field === 'childSeenAlone' || field === 'childSpokenTo') &&
      profile.yesNoShare < 0.5
    )
      return;
    if (profile && field === 'riskLevel' && profile.averageLength > 30) return;
    if (profile && field === 'date' && profile.dateShare < 0.5 && fieldForHeader(header) !== 'date') return;
    candidates.set(field, [...(candidates.get(field) ?? []), index]);
  });
  const exactFirst = (list: number[]) => [
    ...list.filter((i) => fieldForHeader(headers[i]!) !== undefined),
    ...list.filter((i) => fieldForHeader(headers[i]!) === undefined),
  ];
  for (const field of IMPORT_FIELDS) {
    let list = exactFirst(candidates.get(field) ?? []).filter((i) => !used.has(i));
    if (field === 'summary' && profiles.every((p) => p !== null) && list.length > 1) {
      list = [...list].sort((a, b) => profiles[b]!.averageLength - profiles[a]!.averageLength);
    }
    const chosen = list[0];
    if (chosen !== undefined) {
      mapping[field] = headers[chosen]!;
      used.add(chosen);
    }
  }
  // Content fallbacks: the date from the column of dates, the narrative from the longest free text.
  if (profiles.every((p) => p !== null) && profiles.length > 0) {
    if (mapping.date === undefined) {
      const best = headers
        .map((_, i) => i)
        .filter((i) => !used.has(i) && profiles[i]!.dateShare >= 0.8)
        .sort((a, b) => profiles[b]!.dateShare - profiles[a]!.dateShare)[0];
      if (best !== undefined) {
        mapping.date = headers[best]!;
        used.add(best);
      }
    }
    if (mapping.summary === undefined) {
      const best = narrativeCandidates(headers, profiles as ColumnProfile[], used)[0];
      if (best !== undefined) {
        mapping.summary = best;
        used.add(headers.indexOf(best));
      }
    }
  }
  return mapping;
}

/** Unmapped columns of free text, longest first: what could fill the summary. */
export function narrativeCandidates(
  headers: readonly string[],
  profiles: readonly ColumnProfile[],
  used: ReadonlySet<number>,
): string[] {
  return headers
    .map((header, index) => ({ header, index, profile: profiles[index]! }))
    .filter(({ index, profile }) => !used.has(index) && isNarrative(profile))
    .sort((a, b) => b.profile.averageLength - a.profile.averageLength)
    .map(({ header }) => header);
}

/** How many cells of a row look like known headers: the header row is the first with two or more. */
export function headerScore(row: readonly string[]): number {
  return row.filter((cell) => cell !== '' && cell.length < 60 && fieldForHeaderWords(cell) !== undefined).length;
}

/**
 * Finds the header row, skipping title rows ("Westmoor Police chronology", "Prepared by …")
 * above it. Looks at the first 30 rows; prefers a row with at least two recognised headers,
 * otherwise the first row as wide as the widest row that follows. Returns a 0-based index.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[]): number {
  const limit = Math.min(rows.length, 30);
  for (let i = 0; i < limit; i += 1) if (headerScore(rows[i]!) >= 2) return i;
  const filled = (row: readonly string[]) => row.filter((cell) => cell !== '').length;
  let widest = 0;
  for (let i = 0; i < limit; i += 1) widest = Math.max(widest, filled(rows[i]!));
  for (let i = 0; i < limit; i += 1) if (filled(rows[i]!) === widest && widest > 1) return i;
  return 0;
}

/** Keeps only mapping entries that name an existing header (a remembered mapping may be stale). */
export function applicableMapping(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const present = new Set(headers);
  const result: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const header = mapping[field];
    if (header !== undefined && present.has(header)) result[field] = header;
  }
  return result;
}
