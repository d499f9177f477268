import type { ChronologyEntry, ChronologySortField } from '@shared/domain/chronology';
import type { ChronologyEntryPatch } from '@shared/api/chronology';
import { formatVagueDate } from '@shared/dates';

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
  { id: 'select', label: 'Select', track: '2.25rem', edit: 'none' },
  { id: 'date', label: 'Date', track: 'minmax(6.5rem, 8rem)', sortField: 'date', edit: 'text' },
  { id: 'time', label: 'Time', track: '3.5rem', edit: 'text' },
  { id: 'agency', label: 'Agency', track: 'minmax(5.5rem, 9rem)', sortField: 'agency', edit: 'text' },
  { id: 'eventType', label: 'Event type', track: 'minmax(5rem, 7.5rem)', sortField: 'eventType', edit: 'eventType' },
  // The summary takes the free width: it is what the reviewer reads.
  { id: 'summary', label: 'Summary', track: 'minmax(12rem, 3fr)', sortField: 'summary', edit: 'text' },
  { id: 'actionTaken', label: 'Action taken', track: 'minmax(8rem, 1fr)', edit: 'text' },
  { id: 'outcome', label: 'Outcome', track: 'minmax(8rem, 1fr)', edit: 'text' },
  // Edited in the entry dialog (per child); the grid shows the answers at a glance.
  { id: 'child', label: 'Child seen', track: '6.5rem', edit: 'none' },
  { id: 'risk', label: 'Risk', track: '5.5rem', edit: 'none' },
  { id: 'significance', label: 'Key', track: '4rem', sortField: 'significance', edit: 'toggle' },
];

/** Below this grid width (px) the action and outcome columns give their room to the summary. */
export const WIDE_GRID_PX = 1000;
const WIDE_ONLY: ReadonlySet<ColumnId> = new Set<ColumnId>(['actionTaken', 'outcome', 'child', 'risk']);
const NARROW_COLUMNS: readonly GridColumn[] = GRID_COLUMNS.filter((c) => !WIDE_ONLY.has(c.id));

/**
 * The columns that fit a grid this wide. On a narrow grid the action taken and outcome move out
 * (the reading pane shows them in full), so the summary keeps a readable width and the Key
 * column stays on screen without scrolling sideways.
 */
export function columnsForWidth(widthPx: number): readonly GridColumn[] {
  return widthPx >= WIDE_GRID_PX || widthPx === 0 ? GRID_COLUMNS : NARROW_COLUMNS;
}

export function templateOf(columns: readonly GridColumn[]): string {
  return columns.map((c) => c.track).join(' ');
}

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
