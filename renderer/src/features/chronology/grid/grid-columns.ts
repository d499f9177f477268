import type { ChronologyEntry, ChronologySortField } from '../../../../../electron/shared/domain/chronology';
import type { ChronologyEntryPatch } from '../../../../../electron/shared/api/chronology';
import { formatVagueDate } from '../../../../../electron/shared/dates';

export type ColumnId =
  | 'select'
  | 'date'
  | 'time'
  | 'agency'
  | 'eventType'
  | 'summary'
  | 'actionTaken'
  | 'outcome'
  | 'child'
  | 'risk'
  | 'significance';

/** How a cell is edited: free text, the event type list, a key/routine switch, or not at all. */
export type EditKind = 'text' | 'eventType' | 'toggle' | 'none';

export interface GridColumn {
  readonly id: ColumnId;
  readonly label: string;
  /** CSS grid track. */
  readonly track: string;
  readonly sortField?: ChronologySortField;
  readonly edit: EditKind;
}

export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'select', label: 'Select', track: '3rem', edit: 'none' },
  { id: 'date', label: 'Date', track: '9.5rem', sortField: 'date', edit: 'text' },
  { id: 'time', label: 'Time', track: '4.5rem', edit: 'text' },
  { id: 'agency', label: 'Agency', track: '11rem', sortField: 'agency', edit: 'text' },
  { id: 'eventType', label: 'Event type', track: '9rem', sortField: 'eventType', edit: 'eventType' },
  { id: 'summary', label: 'Summary', track: 'minmax(16rem, 2fr)', sortField: 'summary', edit: 'text' },
  { id: 'actionTaken', label: 'Action taken', track: 'minmax(11rem, 1fr)', edit: 'text' },
  { id: 'outcome', label: 'Outcome', track: 'minmax(11rem, 1fr)', edit: 'text' },
  // Edited in the entry dialog (per child); the grid shows the answers at a glance.
  { id: 'child', label: 'Child seen', track: '8rem', edit: 'none' },
  { id: 'risk', label: 'Risk', track: '7rem', edit: 'none' },
  { id: 'significance', label: 'Key', track: '4.5rem', sortField: 'significance', edit: 'toggle' },
];

export const GRID_TEMPLATE = GRID_COLUMNS.map((c) => c.track).join(' ');

/** The date column: as precisely as given, with the end date when there is one. */
export function dateCellText(entry: ChronologyEntry): string {
  const start = formatVagueDate(entry.date);
  return entry.endDate === null ? start : `${start} – ${formatVagueDate(entry.endDate)}`;
}

/** The plain text a cell shows (and what a screen reader reads). */
export function cellText(entry: ChronologyEntry, column: ColumnId): string {
  switch (column) {
    case 'select':
      return '';
    case 'date':
      return dateCellText(entry);
    case 'time':
      return entry.time ?? '';
    case 'agency':
      return entry.agency;
    case 'eventType':
      return entry.eventType ?? '';
    case 'summary':
      return entry.summary;
    case 'actionTaken':
      return entry.actionTaken;
    case 'outcome':
      return entry.outcome;
    case 'child':
      return childSeenText(entry);
    case 'risk':
      return entry.risk === null ? '' : [entry.risk.tool, entry.risk.level].filter((part) => part !== null).join(' ');
    case 'significance':
      return entry.significance === 'key' ? 'Key' : '';
  }
}

/** "Not seen", "Seen alone", "Seen, not alone", "Seen" — the least reassuring answer recorded wins. */
export function childSeenText(entry: ChronologyEntry): string {
  const contacts = entry.childContact;
  if (contacts.length === 0) return '';
  if (contacts.some((c) => c.seen === 'no')) return 'Not seen';
  if (contacts.some((c) => c.seenAlone === 'no')) return 'Seen, not alone';
  if (contacts.every((c) => c.seenAlone === 'yes')) return 'Seen alone';
  if (contacts.some((c) => c.seen === 'yes')) return 'Seen';
  return 'Not recorded';
}

/** What the editor starts with: the words as the reviewer gave them, not the display form. */
export function editStartValue(entry: ChronologyEntry, column: ColumnId): string {
  switch (column) {
    case 'date':
      return entry.date.original;
    case 'eventType':
      return entry.eventTypeId === null ? '' : String(entry.eventTypeId);
    case 'significance':
      return entry.significance;
    default:
      return cellText(entry, column);
  }
}

/**
 * The patch a committed edit sends to `chronology.update`, or null when nothing changed (an
 * unchanged commit must not create an undo step).
 */
export function patchFor(entry: ChronologyEntry, column: ColumnId, value: string): ChronologyEntryPatch | null {
  if (value === editStartValue(entry, column)) return null;
  switch (column) {
    case 'date':
      return { date: value };
    case 'time':
      return { time: value.trim() === '' ? null : value.trim() };
    case 'agency':
      return { agency: value };
    case 'eventType':
      return { eventTypeId: value === '' ? null : Number(value) };
    case 'summary':
      return { summary: value };
    case 'actionTaken':
      return { actionTaken: value };
    case 'outcome':
      return { outcome: value };
    case 'significance':
      return { significance: value === 'key' ? 'key' : 'routine' };
    case 'select':
    case 'child':
    case 'risk':
      return null;
  }
}
