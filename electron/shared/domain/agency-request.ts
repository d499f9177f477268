import type { ImportField } from './chronology';

/**
 * An agency chronology request: the workbook Casewright generates for one agency to fill in, and
 * reads back with nothing to map. The columns, their order and their headings are fixed by the
 * template version below; the importer checks a returned workbook against exactly these, so a
 * heading renamed in a spreadsheet program is reported instead of guessed.
 */
export const REQUEST_TEMPLATE_ID = 'casewright-agency-chronology-request';
/** Raise when the columns or their meaning change; older returned workbooks are then refused plainly. */
export const REQUEST_TEMPLATE_VERSION = 1;

/** Where a column's drop-down list comes from (a hidden sheet of the workbook). */
export type RequestListKey = 'eventTypes' | 'yesNo' | 'riskLevels' | 'riskTools' | 'agencies';

export interface RequestColumn {
  readonly heading: string;
  readonly field: ImportField;
  /** Width in characters. */
  readonly width: number;
  /** The input message shown on the heading and on every cell below it (at most 255 characters). */
  readonly prompt: string;
  /**
   * A drop-down list: `strict` refuses anything else (yes / no / not recorded); otherwise the list
   * is offered and other words are still accepted (several agencies; an event type not listed).
   */
  readonly list?: { readonly key: RequestListKey; readonly strict: boolean };
}

export const YES_NO_NOT_RECORDED: readonly string[] = ['Yes', 'No', 'Not recorded'];
export const REQUEST_RISK_LEVELS: readonly string[] = ['Standard', 'Medium', 'High', 'Not assessed'];
export const REQUEST_RISK_TOOLS: readonly string[] = ['DASH', 'DARA', 'Other'];

export const REQUEST_COLUMNS: readonly RequestColumn[] = [
  {
    heading: 'Date',
    field: 'date',
    width: 16,
    prompt:
      'Day first: 3/2/2021 or 3 February 2021. If unsure: May 2014, Spring 2013, Early 2014, 2014, c. 3/2/2021 or ?3/2/2021. Type it as text.',
  },
  { heading: 'Time', field: 'time', width: 9, prompt: '24-hour clock, e.g. 14:30. Leave empty if not recorded.' },
  {
    heading: 'Event type',
    field: 'eventType',
    width: 22,
    prompt: 'Choose from the list. If none fits, type your own words.',
    list: { key: 'eventTypes', strict: false },
  },
  {
    heading: 'What happened',
    field: 'summary',
    width: 60,
    prompt: 'What happened, as your record shows it. Who was there, what was said and seen. Required for every row.',
  },
  { heading: 'Action taken', field: 'actionTaken', width: 40, prompt: 'What your agency did in response.' },
  { heading: 'Outcome or decision', field: 'outcome', width: 40, prompt: 'The outcome or decision, and who made it.' },
  {
    heading: 'Practitioner role',
    field: 'sourceRole',
    width: 22,
    prompt: 'The role of the person who recorded it (e.g. health visitor), not their name.',
  },
  {
    heading: 'Reference',
    field: 'sourceReference',
    width: 16,
    prompt: 'Your record, log or crime reference, so the entry can be traced.',
  },
  {
    heading: 'Risk assessment tool',
    field: 'riskTool',
    width: 16,
    prompt: 'If a risk assessment was done: the tool used (DASH, DARA, or type another).',
    list: { key: 'riskTools', strict: false },
  },
  {
    heading: 'Risk level',
    field: 'riskLevel',
    width: 14,
    prompt: 'The risk level the assessment gave. Choose from the list.',
    list: { key: 'riskLevels', strict: true },
  },
  {
    heading: 'Child seen',
    field: 'childSeen',
    width: 13,
    prompt: 'Was the child seen in person at this contact? Yes, No or Not recorded.',
    list: { key: 'yesNo', strict: true },
  },
  {
    heading: 'Child seen alone',
    field: 'childSeenAlone',
    width: 13,
    prompt: 'Was the child seen without a parent or carer present? Yes, No or Not recorded.',
    list: { key: 'yesNo', strict: true },
  },
  {
    heading: 'Child spoken to',
    field: 'childSpokenTo',
    width: 13,
    prompt: 'Did a practitioner talk with the child about their views or experience? Yes, No or Not recorded.',
    list: { key: 'yesNo', strict: true },
  },
  {
    heading: 'Shared with',
    field: 'sharedWith',
    width: 26,
    prompt: 'Other agencies this information was shared with. Choose one, or type several separated by semicolons.',
    list: { key: 'agencies', strict: false },
  },
  {
    heading: 'Source document',
    field: 'sourceDocument',
    width: 22,
    prompt: 'Where this came from: case note, referral form, incident log…',
  },
];

/** The mapping a returned request imports with: each heading fills its field, nothing to choose. */
export function requestMapping(): Readonly<Partial<Record<ImportField, string>>> {
  return Object.fromEntries(REQUEST_COLUMNS.map((column) => [column.field, column.heading]));
}

/** Whom the request names: the family by real name and date of birth, or by pseudonym only. */
export type RequestNaming = 'real-names' | 'pseudonyms';

/** What the hidden marker of a request workbook says. */
export interface RequestMarker {
  readonly templateId: string;
  readonly templateVersion: number;
  readonly reviewId: string;
  /** The review's title when the request was made (a pseudonym such as "Child R"), for refusals. */
  readonly reviewTitle: string;
  readonly requestId: string;
  readonly agency: string;
}

export const REQUEST_CHRONOLOGY_SHEET = 'Chronology';
export const REQUEST_INSTRUCTIONS_SHEET = 'Instructions';
export const REQUEST_LISTS_SHEET = 'Lists';
/** The sheets Casewright writes besides the chronology: not the agency's words, so not kept on import. */
export const REQUEST_OWN_SHEETS: readonly string[] = [REQUEST_INSTRUCTIONS_SHEET, REQUEST_LISTS_SHEET];

/** The marker, as custom document properties (kept by Excel and LibreOffice when the agency saves). */
export const REQUEST_MARKER_PROPERTIES = {
  templateId: 'CasewrightTemplate',
  templateVersion: 'CasewrightTemplateVersion',
  reviewId: 'CasewrightReview',
  reviewTitle: 'CasewrightReviewTitle',
  requestId: 'CasewrightRequest',
  agency: 'CasewrightAgency',
} as const;

/** One agency's request, as the tracking list shows it. */
export interface AgencyRequest {
  readonly id: number;
  /** Random id written into the workbook's marker. */
  readonly requestKey: string;
  readonly agency: string;
  readonly createdAt: string;
  readonly createdBy: string;
  /** ISO day, or null when no return date was given. */
  readonly dueDate: string | null;
  readonly naming: RequestNaming;
  readonly contact: string;
  /** Set when a returned workbook was imported. */
  readonly returnedAt: string | null;
  readonly importId: number | null;
  readonly rowsImported: number;
  /** Rows of the returned workbook that were rejected (kept in the import report) and not yet resolved. */
  readonly problemsOutstanding: number;
  /** True when the due date has passed and nothing has come back. */
  readonly overdue: boolean;
}
