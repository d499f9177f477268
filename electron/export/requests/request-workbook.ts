/**
 * The workbook one agency fills in: an instruction sheet in plain words, the chronology sheet with
 * the review's columns (drop-downs, input messages, a frozen and protected heading row), a hidden
 * sheet of drop-down lists, and a hidden marker (custom document properties) so the returned
 * workbook is recognised and imported with nothing to map.
 */
import {
  REQUEST_COLUMNS,
  REQUEST_RISK_LEVELS,
  REQUEST_RISK_TOOLS,
  REQUEST_TEMPLATE_ID,
  REQUEST_TEMPLATE_VERSION,
  YES_NO_NOT_RECORDED,
  REQUEST_CHRONOLOGY_SHEET,
  REQUEST_INSTRUCTIONS_SHEET,
  REQUEST_LISTS_SHEET,
  REQUEST_MARKER_PROPERTIES,
  type RequestListKey,
  type RequestMarker,
  type RequestNaming,
} from '../../shared/domain/agency-request';
import { neutraliseCell } from '../chronology/neutralise';
import { documentDay } from '../report/document-dates';
import { CELL_STYLE, columnLetter, writeWorkbook, type Cell, type DataValidation } from './workbook-writer';

export interface RequestSubject {
  /** A real name or a pseudonym, as the reviewer chose. */
  readonly name: string;
  readonly dateOfBirth: string | null;
  readonly role: string;
}

export interface RequestWorkbookInput {
  readonly reviewTitle: string;
  readonly reviewKind: string;
  readonly partnership: string;
  readonly scopeStart: string | null;
  readonly scopeEnd: string | null;
  readonly agency: string;
  readonly otherAgencies: readonly string[];
  readonly eventTypes: readonly string[];
  readonly naming: RequestNaming;
  readonly subjects: readonly RequestSubject[];
  readonly dueDate: string | null;
  readonly contact: string;
  readonly requestedOn: string;
  readonly marker: Omit<RequestMarker, 'templateId' | 'templateVersion'>;
}

/** Rows the drop-downs and input messages cover (the heading is row 1). */
const LAST_ROW = 10000;

const LIST_NAMES: Readonly<Record<RequestListKey, string>> = {
  eventTypes: 'EventTypes',
  yesNo: 'YesNoNotRecorded',
  riskLevels: 'RiskLevels',
  riskTools: 'RiskTools',
  agencies: 'OtherAgencies',
};

function lists(input: RequestWorkbookInput): Readonly<Record<RequestListKey, readonly string[]>> {
  return {
    eventTypes: input.eventTypes,
    yesNo: YES_NO_NOT_RECORDED,
    riskLevels: REQUEST_RISK_LEVELS,
    riskTools: REQUEST_RISK_TOOLS,
    agencies: input.otherAgencies,
  };
}

const text = (value: string, style: Cell['style'] = CELL_STYLE.text): Cell => ({ text: neutraliseCell(value), style });
const label = (value: string): Cell => ({ text: value, style: CELL_STYLE.label });
const none: Cell = { text: '' };

/** Instruction sheet column widths (characters): labels, text, and a third column for dates of birth. */
const INSTRUCTION_WIDTHS = [24, 90, 24] as const;

/** Each row as tall as its longest wrapped cell needs (about 15 points a line). */
function rowHeights(rows: readonly (readonly Cell[])[]): (number | undefined)[] {
  return rows.map((row) => {
    let lines = 1;
    row.forEach((cell, c) => {
      const width = INSTRUCTION_WIDTHS[c] ?? 24;
      const needed = cell.text
        .split('\n')
        .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / (width - 4))), 0);
      lines = Math.max(lines, needed);
    });
    return lines === 1 ? undefined : lines * 15 + 2;
  });
}

function scopeWords(input: RequestWorkbookInput): string {
  if (input.scopeStart !== null && input.scopeEnd !== null)
    return `from ${documentDay(input.scopeStart)} to ${documentDay(input.scopeEnd)}`;
  if (input.scopeStart !== null) return `from ${documentDay(input.scopeStart)} onwards`;
  if (input.scopeEnd !== null) return `up to ${documentDay(input.scopeEnd)}`;
  return 'the period the review covers (the reviewer will confirm it)';
}

function instructionRows(input: RequestWorkbookInput): Cell[][] {
  const rows: Cell[][] = [];
  const add = (...cells: Cell[]) => rows.push(cells);
  const gap = () => rows.push([]);
  const bulletedSection = (heading: string, lines: readonly string[]) => {
    gap();
    add(label(heading));
    for (const line of lines) add(none, text(`• ${line}`));
  };
  add({ text: `Chronology request: ${input.agency}`, style: CELL_STYLE.title });
  add(
    none,
    text(
      `For the ${input.reviewKind} "${input.reviewTitle}"${input.partnership === '' ? '' : `, ${input.partnership}`}.`,
    ),
  );
  gap();
  add(
    label('Please return by'),
    text(input.dueDate === null ? 'the date the reviewer gave you' : documentDay(input.dueDate)),
  );
  add(label('Send it to'), text(input.contact === '' ? 'the reviewer who sent you this workbook' : input.contact));
  add(label('Requested on'), text(documentDay(input.requestedOn)));
  add(label('Period to cover'), text(`Every contact your agency had with the people below ${scopeWords(input)}.`));
  gap();
  add(label('People to search for'));
  if (input.naming === 'pseudonyms') {
    add(
      none,
      text(
        'These are the names used in the review, not real names. The reviewer will give you the real names and dates of birth separately and securely.',
      ),
    );
  }
  add(label('Name'), label('Date of birth'), label('Role in the family'));
  if (input.subjects.length === 0) add(none, text('The reviewer will tell you whom to search for.'));
  for (const subject of input.subjects) {
    add(
      text(subject.name),
      text(subject.dateOfBirth === null ? 'not known' : documentDay(subject.dateOfBirth)),
      text(subject.role),
    );
  }
  bulletedSection('What to include', [
    'One row for each contact, event, referral, assessment, meeting or decision about these people in the period.',
    'Write what your records say happened, in plain words. Use roles, not staff names (for example "health visitor").',
    'Include contacts where nothing was done, missed appointments, and information you shared with or received from other agencies.',
    'Fill in the "Chronology" sheet only. Do not rename, move or delete its column headings: the review reads them as they are. You can add, delete and sort rows.',
  ]);
  bulletedSection('How to write dates', [
    'Day first, as in the UK: 3/2/2021 or 3 February 2021 (the 3rd of February).',
    'If you only know part of the date, write what you know: "May 2014", "Spring 2013", "Early 2014", "Late 2014", "2014".',
    'If the date is approximate, put "c." in front: "c. 3/2/2021". If it is uncertain, put a question mark in front: "?3/2/2021".',
    'For something that lasted a while, give both ends: "March to May 2014" or "3/2/2021 to 10/2/2021".',
    'Write the time in the Time column on the 24-hour clock (14:30), or leave it empty.',
  ]);
  gap();
  add(label('The child columns'));
  add(label('Child seen'), text('The child was seen in person at this contact (not only talked about).'));
  add(
    label('Child seen alone'),
    text('The child was seen without a parent, carer or the person thought to cause harm in the room.'),
  );
  add(
    label('Child spoken to'),
    text('A practitioner talked with the child about their views, wishes or experience (not only a greeting).'),
  );
  add(
    label('Answers'),
    text(
      'Choose Yes, No or Not recorded from the drop-down. "Not recorded" means your records do not say; please do not guess.',
    ),
  );
  gap();
  add(label('A worked example'), text('(do not copy this row into the Chronology sheet)'));
  const example = [
    '14/03/2021',
    '10:15',
    'Home visit',
    'Planned visit to the family home. Mother present throughout. Child R was in her bedroom; seen briefly, did not speak to the visitor.',
    'Advised mother about safe sleep; booked a follow-up visit.',
    'Follow-up visit in two weeks agreed with the team leader.',
    'Health visitor',
    'HV/2021/0412',
    '',
    '',
    'Yes',
    'No',
    'No',
    'Children’s social care',
    'Health visiting case note',
  ];
  REQUEST_COLUMNS.forEach((column, index) =>
    add(label(column.heading), text(example[index] === '' ? '(empty: no risk assessment was done)' : example[index]!)),
  );
  gap();
  add(none, text('Thank you. If anything here is unclear, please contact the reviewer before you start.'));
  return rows;
}

function chronologyValidations(input: RequestWorkbookInput): DataValidation[] {
  const available = lists(input);
  const out: DataValidation[] = [];
  REQUEST_COLUMNS.forEach((column, index) => {
    const letter = columnLetter(index);
    const promptTitle = column.heading;
    const list = column.list;
    if (list === undefined || available[list.key].length === 0) {
      out.push({ range: `${letter}1:${letter}${LAST_ROW}`, promptTitle, prompt: column.prompt });
      return;
    }
    out.push({ range: `${letter}1`, promptTitle, prompt: column.prompt });
    out.push({
      range: `${letter}2:${letter}${LAST_ROW}`,
      list: LIST_NAMES[list.key],
      strict: list.strict,
      promptTitle,
      prompt: column.prompt,
      errorTitle: column.heading,
      error: `Choose one of the answers in the list for "${column.heading}".`,
    });
  });
  return out;
}

export function requestMarkerProperties(
  marker: Omit<RequestMarker, 'templateId' | 'templateVersion'>,
): Record<string, string> {
  return {
    [REQUEST_MARKER_PROPERTIES.templateId]: REQUEST_TEMPLATE_ID,
    [REQUEST_MARKER_PROPERTIES.templateVersion]: String(REQUEST_TEMPLATE_VERSION),
    [REQUEST_MARKER_PROPERTIES.reviewId]: marker.reviewId,
    [REQUEST_MARKER_PROPERTIES.requestId]: marker.requestId,
    [REQUEST_MARKER_PROPERTIES.agency]: marker.agency,
    [REQUEST_MARKER_PROPERTIES.reviewTitle]: marker.reviewTitle,
  };
}

export async function renderRequestWorkbook(input: RequestWorkbookInput): Promise<Buffer> {
  const available = lists(input);
  const keys = Object.keys(LIST_NAMES) as RequestListKey[];
  const listHeight = Math.max(...keys.map((key) => available[key].length));
  const listRows: Cell[][] = Array.from({ length: listHeight }, (_, r) =>
    keys.map((key) => ({ text: neutraliseCell(available[key][r] ?? '') })),
  );
  const definedNames = keys.flatMap((key, c) => {
    const count = available[key].length;
    if (count === 0) return [];
    const letter = columnLetter(c);
    return [{ name: LIST_NAMES[key], ref: `${REQUEST_LISTS_SHEET}!$${letter}$1:$${letter}$${count}` }];
  });
  const instructions = instructionRows(input);
  return writeWorkbook({
    title: `Chronology request: ${input.agency}`,
    lockStructure: true,
    customProperties: requestMarkerProperties(input.marker),
    definedNames,
    sheets: [
      {
        name: REQUEST_INSTRUCTIONS_SHEET,
        selected: true,
        protect: true,
        printFitWidth: true,
        columns: INSTRUCTION_WIDTHS.map((width) => ({ width })),
        rows: instructions,
        rowHeights: rowHeights(instructions),
      },
      {
        name: REQUEST_CHRONOLOGY_SHEET,
        protect: true,
        frozenRows: 1,
        columns: REQUEST_COLUMNS.map((column) => ({ width: column.width, style: CELL_STYLE.input })),
        rows: [REQUEST_COLUMNS.map((column) => ({ text: column.heading, style: CELL_STYLE.heading }))],
        validations: chronologyValidations(input),
      },
      { name: REQUEST_LISTS_SHEET, state: 'veryHidden', rows: listRows },
    ],
  });
}
