import { parseTime, parseVagueDate } from '../../shared/dates';
import type { ColumnMapping, ImportField, ImportProblem, Significance, VagueDate } from '../../shared/domain/chronology';

/** One data row, read through the mapping, with every problem found in it. */
export interface DraftRow {
  /** 1-based row number in the sheet. */
  readonly row: number;
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
  readonly problems: readonly ImportProblem[];
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

/** Validates and converts one row. `columnIndex` maps each mapped field to its column position. */
export function validateRow(
  fileName: string,
  rowNumber: number,
  cells: readonly string[],
  mapping: ColumnMapping,
  columnIndex: ReadonlyMap<ImportField, number>,
  dates: DateCache = new Map(),
): DraftRow {
  const problems: ImportProblem[] = [];
  const get = (field: ImportField): string => {
    const index = columnIndex.get(field);
    return index === undefined ? '' : (cells[index] ?? '');
  };
  const problem = (field: ImportField, reason: string) => problems.push({ file: fileName, row: rowNumber, column: mapping[field], field, reason });

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
  else if (!ROUTINE_WORDS.has(significanceText)) problem('significance', `"${get('significance')}" is neither key nor routine (use "key" or leave empty)`);

  const summary = get('summary');
  const actionTaken = get('actionTaken');
  const outcome = get('outcome');
  const analysis = get('analysis');
  if (summary === '' && actionTaken === '' && outcome === '' && analysis === '') {
    problem('summary', 'the row has no description of the event');
  }
  const nullable = (text: string) => (text === '' ? null : text);
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
    eventType: nullable(get('eventType')),
    summary,
    actionTaken,
    outcome,
    analysis,
    tags: splitList(get('tags')),
    significance,
    sharedWith: splitList(get('sharedWith')),
    problems,
  };
}
