import { parseTime, parseVagueDate } from '../../shared/dates';
import type {
  ChildContact,
  ColumnMapping,
  ExtraField,
  ImportField,
  ImportProblem,
  RiskAssessment,
  Significance,
  VagueDate,
} from '../../shared/domain/chronology';
import { IMPORT_FIELD_LABELS } from '../../shared/domain/import-fields';
import { readTriState } from './tri-state';

/** One data row, read through the mapping, with every problem found in it. */
export interface DraftRow {
  /** 1-based row number in the sheet. */
  readonly row: number;
  /** The cells as the reviewer reads them (a formula's visible text). */
  readonly cells: readonly string[];
  /** The date cell as written. */
  readonly dateRaw: string;
  readonly date: VagueDate | null;
  readonly time: string | null;
  readonly endDate: VagueDate | null;
  /** From an agency column, when mapped and filled; else the import's agency. */
  readonly agency: string | null;
  readonly sourceDocument: string | null;
  readonly sourceRole: string | null;
  readonly sourceReference: string | null;
  readonly eventType: string | null;
  readonly summary: string;
  readonly actionTaken: string;
  readonly outcome: string;
  readonly analysis: string;
  readonly tags: readonly string[];
  readonly significance: Significance;
  readonly sharedWith: readonly string[];
  readonly location: string | null;
  readonly risk: RiskAssessment | null;
  /** Child seen / seen alone / spoken to, for "the child (not named)"; null when no column says. */
  readonly childContact: ChildContact | null;
  /** Every filled cell of an unmapped column, verbatim; also formulas as written and yes/no text that said more. */
  readonly extraFields: readonly ExtraField[];
  /** An event type suggested from the text (never the agency's words); null when not suggested. */
  readonly suggestedEventType: string | null;
  readonly problems: readonly ImportProblem[];
}

/** How one file's columns feed a row: mapped fields by position, kept columns, formulas as written. */
export interface RowPlan {
  readonly columnIndex: ReadonlyMap<ImportField, number>;
  /** Columns kept verbatim as extra fields, in file order. */
  readonly extraColumns: readonly { readonly index: number; readonly header: string }[];
  readonly headers: readonly string[];
  /** The risk tool a column's header names ("DASH risk" → "DASH"). */
  readonly riskToolFromHeader: string | null;
  readonly suggestEventType: ((text: string) => string | null) | null;
}

const KEY_WORDS = new Set(['key', 'yes', 'y', 'true', 'high', 'significant', 'x', '✓', '✔', '1', 'key event']);
const ROUTINE_WORDS = new Set(['', 'routine', 'no', 'n', 'false', 'low', 'standard', 'normal', '0', '-']);

function splitList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Agency files repeat their dates: each distinct date text is parsed once per file. */
export type DateCache = Map<string, ReturnType<typeof parseVagueDate>>;

function parseDateCached(text: string, cache: DateCache): ReturnType<typeof parseVagueDate> {
  let result = cache.get(text);
  if (result === undefined) {
    result = parseVagueDate(text);
    cache.set(text, result);
  }
  return result;
}

function cellOf(cells: readonly string[], columnIndex: ReadonlyMap<ImportField, number>, field: ImportField): string {
  const index = columnIndex.get(field);
  return index === undefined ? '' : (cells[index] ?? '');
}

function nullable(text: string): string | null {
  return text === '' ? null : text;
}

const CHILD_FIELDS = ['childSeen', 'childSeenAlone', 'childSpokenTo'] as const;

/** Validates and converts one row. `raws` holds each formula cell as written (else null). */
export function validateRow(
  fileName: string,
  rowNumber: number,
  cells: readonly string[],
  mapping: ColumnMapping,
  plan: RowPlan,
  dates: DateCache = new Map(),
  raws: readonly (string | null)[] = [],
): DraftRow {
  const columnIndex = plan.columnIndex;
  const problems: ImportProblem[] = [];
  const get = (field: ImportField): string => cellOf(cells, columnIndex, field);
  const problem = (field: ImportField, reason: string) =>
    problems.push({ file: fileName, row: rowNumber, column: mapping[field], field, reason });
  const extraFields: ExtraField[] = [];

  let date: VagueDate | null = null;
  let time: string | null = null;
  const dateResult = parseDateCached(get('date'), dates);
  if (dateResult.ok) {
    date = dateResult.value;
    time = dateResult.time;
  } else {
    problem('date', dateResult.reason === 'the date is empty' ? 'the date is missing' : dateResult.reason);
  }
  const timeText = get('time');
  if (timeText !== '') {
    const parsed = parseTime(timeText);
    if (parsed.ok) time = parsed.value;
    else problem('time', parsed.reason);
  }
  let endDate: VagueDate | null = null;
  const endText = get('endDate');
  if (endText !== '') {
    const parsed = parseDateCached(endText, dates);
    if (!parsed.ok) problem('endDate', parsed.reason);
    else if (date && parsed.value.latest < date.earliest) problem('endDate', 'the end date is before the date');
    else endDate = parsed.value;
  }
  const significanceText = get('significance').toLowerCase();
  let significance: Significance = 'routine';
  if (KEY_WORDS.has(significanceText)) significance = 'key';
  else if (!ROUTINE_WORDS.has(significanceText))
    problem('significance', `"${get('significance')}" is neither key nor routine (use "key" or leave empty)`);

  const summary = get('summary');
  const actionTaken = get('actionTaken');
  const outcome = get('outcome');
  const analysis = get('analysis');
  if (summary === '') {
    const summaryIndex = columnIndex.get('summary');
    const otherText = cells.some(
      (cell, index) => cell !== '' && index !== summaryIndex && index !== columnIndex.get('date'),
    );
    problem(
      'summary',
      otherText
        ? `the ${IMPORT_FIELD_LABELS.summary} column${mapping.summary ? ` ("${mapping.summary}")` : ''} is empty in this row although other columns hold text; choose the column that says what happened, or fill it in`
        : 'nothing in this row says what happened',
    );
  }
  let childContact: ChildContact | null = null;
  const answers: Record<(typeof CHILD_FIELDS)[number], ReturnType<typeof readTriState>['value']> = {
    childSeen: 'unknown',
    childSeenAlone: 'unknown',
    childSpokenTo: 'unknown',
  };
  for (const field of CHILD_FIELDS) {
    const text = get(field);
    if (text === '') continue;
    const read = readTriState(text);
    answers[field] = read.value;
    // "Yes - seen at school": the answer is read, and the whole text is kept beside it.
    if (!read.exact) extraFields.push({ name: mapping[field] ?? IMPORT_FIELD_LABELS[field], value: text, raw: null });
  }
  if (CHILD_FIELDS.some((field) => columnIndex.has(field) && get(field) !== '')) {
    childContact = {
      personId: null,
      seen: answers.childSeen,
      seenAlone: answers.childSeenAlone,
      spokenTo: answers.childSpokenTo,
      viewsRecorded: 'unknown',
    };
    if (childContact.seenAlone === 'yes' && childContact.seen === 'unknown')
      childContact = { ...childContact, seen: 'yes' };
  }
  const riskLevel = get('riskLevel');
  const risk: RiskAssessment | null =
    riskLevel === '' ? null : { tool: nullable(get('riskTool')) ?? plan.riskToolFromHeader, level: riskLevel };
  if (riskLevel === '' && get('riskTool') !== '')
    extraFields.push({ name: mapping.riskTool ?? IMPORT_FIELD_LABELS.riskTool, value: get('riskTool'), raw: null });

  for (const { index, header } of plan.extraColumns) {
    const value = cells[index] ?? '';
    if (value !== '') extraFields.push({ name: header, value, raw: raws[index] ?? null });
  }
  // A mapped cell that was a formula keeps the formula as written beside its visible text.
  raws.forEach((raw, index) => {
    if (raw === null || raw === undefined || plan.extraColumns.some((c) => c.index === index)) return;
    extraFields.push({ name: `${plan.headers[index] ?? `Column ${index + 1}`} (formula as written)`, value: raw, raw });
  });
  const eventType = nullable(get('eventType'));
  const suggestedEventType =
    eventType === null && plan.suggestEventType !== null
      ? plan.suggestEventType(`${summary} ${actionTaken} ${outcome}`)
      : null;
  return {
    row: rowNumber,
    cells,
    dateRaw: get('date'),
    date,
    time,
    endDate,
    agency: nullable(get('agency')),
    sourceDocument: nullable(get('sourceDocument')),
    sourceRole: nullable(get('sourceRole')),
    sourceReference: nullable(get('sourceReference')),
    eventType,
    summary,
    actionTaken,
    outcome,
    analysis,
    tags: splitList(get('tags')),
    significance,
    sharedWith: splitList(get('sharedWith')),
    location: nullable(get('location')),
    risk,
    childContact,
    extraFields,
    suggestedEventType,
    problems,
  };
}
