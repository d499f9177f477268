import { eventTypeIdsByName, tidyName } from '../../core/chronology/lookups';
import type { ReadableDb } from '../../core/store/db-types';
import type { DraftRow } from '../parse';

/** What the preview, the dry run and the import itself all read from the validated rows. */

export interface EventTypeChoice {
  /** Use the event types suggested from each row's text (shown as suggested in the preview). */
  readonly acceptSuggestedEventTypes?: boolean;
}

/** The text of a row that the duplicate sweep compares, in its parts (never joined into one long string). */
export function probeText(row: DraftRow): readonly string[] {
  return [row.summary, row.actionTaken];
}

/** The date span of the valid rows, to read only the entries that could pair with them. */
export function rowSpan(rows: readonly DraftRow[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const row of rows) {
    if (row.date === null || row.problems.length > 0) continue;
    if (from === null || row.date.earliest < from) from = row.date.earliest;
    if (to === null || row.date.latest > to) to = row.date.latest;
  }
  return from === null || to === null ? null : { from, to };
}

/** An agency's name by id, each read once (the sweep names the agency of every pair it proposes). */
export function agencyNames(db: ReadableDb): (id: number) => string {
  const statement = db.prepare('SELECT name FROM agency WHERE id = ?').pluck();
  const cache = new Map<number, string>();
  return (id) => {
    let name = cache.get(id);
    if (name === undefined) {
      name = (statement.get(id) as string | undefined) ?? `agency ${id}`;
      cache.set(id, name);
    }
    return name;
  };
}

/** The event type a row imports with: the agency's own, else the suggestion when the reviewer accepted them. */
export function rowEventType(row: DraftRow, choice: EventTypeChoice): string | null {
  return row.eventType ?? (choice.acceptSuggestedEventTypes === true ? row.suggestedEventType : null);
}

/** Event types the rows name that the review's list does not hold yet, each once, as first written (tidied). */
export function newEventTypeNames(db: ReadableDb, rows: readonly DraftRow[], choice: EventTypeChoice): string[] {
  const known = eventTypeIdsByName(db);
  const fresh = new Map<string, string>();
  for (const row of rows) {
    const eventType = rowEventType(row, choice);
    if (eventType === null) continue;
    const tidy = tidyName(eventType);
    const key = tidy.toLowerCase();
    if (tidy !== '' && !known.has(key) && !fresh.has(key)) fresh.set(key, tidy);
  }
  return [...fresh.values()];
}
