import type {
  ChildContact,
  ChronologyEntry,
  EntryPerson,
  SharedWith,
  TriState,
  VagueDate,
} from '@shared/domain/chronology';
import { formatVagueDate } from '@shared/dates';

/** One line of the reading pane: a term and its value, both in words a reviewer reads. */
export interface ReadingRow {
  readonly term: string;
  readonly value: string;
  /** Long text keeps its line breaks and takes the full width. */
  readonly long?: boolean;
}

const TRI: Readonly<Record<TriState, string>> = { yes: 'yes', no: 'no', unknown: 'not known' };

const PERSON_ROLE: Readonly<Record<string, string>> = {
  present: 'present',
  'alleged-perpetrator': 'alleged perpetrator',
  victim: 'victim',
  witness: 'witness',
  subject: 'subject',
  other: 'other part',
};

/** Fields shown elsewhere in the pane (heading, sections) or that are internal keys. */
const NOT_SHOWN_AS_ROWS: ReadonlySet<string> = new Set(['id', 'agencyId', 'eventTypeId', 'people', 'tags']);

/** Terms for the fields the pane knows; any other field is named from its key. */
const TERMS: Readonly<Record<string, string>> = {
  date: 'Date as written',
  time: 'Time',
  endDate: 'Until',
  agency: 'Agency',
  eventType: 'Event type',
  summary: 'Summary',
  actionTaken: 'Action taken',
  outcome: 'Outcome',
  analysis: 'Analysis or comment',
  location: 'Location',
  risk: 'Risk assessment',
  childContact: 'Child contact',
  sharedWith: 'Shared with',
  significance: 'Significance',
  episodeIds: 'Key practice episodes',
  linkedEntryIds: 'Same event recorded elsewhere',
  provenance: 'Imported from',
  source: 'Source',
};

/** `seenAlone` → "Seen alone"; `extra_field` → "Extra field". */
export function termFromKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isVagueDate(value: unknown): value is VagueDate {
  return (
    typeof value === 'object' && value !== null && 'earliest' in value && 'latest' in value && 'precision' in value
  );
}

/** A stored code word ("alleged-perpetrator", "not_known") read as words. */
function codeToWords(text: string): string {
  return /^[a-z]+(?:[-_][a-z]+)+$/.test(text) ? text.replace(/[-_]/g, ' ') : text;
}

/** Any value in words; empty string when there is nothing to show. */
export function valueToWords(value: unknown): string {
  if (value === null || value === undefined) return '';
  // Text is the reviewer's or the agency's words: shown exactly as written.
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString('en-GB');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (isVagueDate(value)) return formatVagueDate(value, { longMonths: true });
  if (Array.isArray(value))
    return value
      .map(valueToWords)
      .filter((v) => v !== '')
      .join('; ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [termFromKey(k), valueToWords(v)] as const)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
  }
  return '';
}

export interface ReadingLookups {
  /** Person id → the name the reviewer knows them by. */
  readonly personName: (personId: number) => string;
}

function childContactWords(contact: ChildContact, lookups: ReadingLookups): string {
  const who = contact.personId === null ? 'The child (not named in the record)' : lookups.personName(contact.personId);
  return `${who}: seen ${TRI[contact.seen]}, seen alone ${TRI[contact.seenAlone]}, spoken to ${TRI[contact.spokenTo]}, views recorded ${TRI[contact.viewsRecorded]}`;
}

function sharedWords(shared: SharedWith): string {
  return `${shared.agency}${shared.when === null ? '' : ` (${formatVagueDate(shared.when)})`}${shared.how === null || shared.how === '' ? '' : `, ${shared.how}`}`;
}

export function personWords(person: EntryPerson, lookups: ReadingLookups): string {
  return `${lookups.personName(person.personId)} (${PERSON_ROLE[person.role] ?? codeToWords(person.role)})`;
}

function knownRow(entry: ChronologyEntry, key: string, lookups: ReadingLookups): ReadingRow | null {
  const term = TERMS[key] ?? termFromKey(key);
  switch (key) {
    case 'date':
      return { term, value: entry.date.original };
    case 'childContact':
      return { term, value: entry.childContact.map((c) => childContactWords(c, lookups)).join('; ') };
    case 'sharedWith':
      return { term, value: entry.sharedWith.map(sharedWords).join('; ') };
    case 'significance':
      return { term, value: entry.significance === 'key' ? 'Key entry' : 'Routine' };
    case 'episodeIds':
      return {
        term,
        value:
          entry.episodeIds.length === 0
            ? ''
            : `In ${entry.episodeIds.length} ${entry.episodeIds.length === 1 ? 'episode' : 'episodes'}`,
      };
    case 'linkedEntryIds':
      return {
        term,
        value:
          entry.linkedEntryIds.length === 0
            ? ''
            : `Linked to ${entry.linkedEntryIds.length} other ${entry.linkedEntryIds.length === 1 ? 'entry' : 'entries'}`,
      };
    case 'risk':
      return {
        term,
        value:
          entry.risk === null
            ? ''
            : [entry.risk.tool, entry.risk.level].filter((part) => part !== null && part !== '').join(': '),
      };
    case 'provenance': {
      const p = entry.provenance;
      return {
        term,
        value:
          p === null ? '' : `${p.file}${p.sheet === null ? '' : `, sheet ${p.sheet}`}, row ${p.row} (for ${p.agency})`,
      };
    }
    default:
      return null;
  }
}

const LONG: ReadonlySet<string> = new Set(['summary', 'actionTaken', 'outcome', 'analysis']);

/**
 * Every field of an entry as rows, in the entry's own field order: the fields the pane knows in
 * their words, and any field added later (by a new import column or extra fields) named from its
 * key, so nothing recorded is hidden from the reader.
 */
export function entryReadingRows(entry: ChronologyEntry, lookups: ReadingLookups): ReadingRow[] {
  const rows: ReadingRow[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (NOT_SHOWN_AS_ROWS.has(key)) continue;
    if (key === 'source') {
      // The source's parts each get their own line.
      const s = entry.source;
      for (const [term, text] of [
        ['Practitioner role', s.role],
        ['Source document', s.document],
        ['Source reference', s.reference],
      ] as const) {
        if (text !== null && text.trim() !== '') rows.push({ term, value: text });
      }
      continue;
    }
    const known = knownRow(entry, key, lookups);
    if (known !== null) {
      if (known.value.trim() !== '') rows.push(known);
      continue;
    }
    // Extra fields (the agency's own columns, kept word for word) show under the agency's headings.
    if (key === 'extraFields') {
      for (const field of entry.extraFields) {
        if (field.value.trim() !== '')
          rows.push({ term: field.name, value: field.value, long: field.value.length > 60 });
      }
      continue;
    }
    if (
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !isVagueDate(value) &&
      /extra/i.test(key)
    ) {
      for (const [name, inner] of Object.entries(value as Record<string, unknown>)) {
        const words = valueToWords(inner);
        if (words.trim() !== '') rows.push({ term: name, value: words, long: words.length > 60 });
      }
      continue;
    }
    const words = valueToWords(value);
    if (words.trim() !== '')
      rows.push({ term: TERMS[key] ?? termFromKey(key), value: words, long: LONG.has(key) || words.length > 60 });
  }
  return rows;
}
