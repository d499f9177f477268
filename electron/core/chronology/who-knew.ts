import type { WhoKnewCell, WhoKnewEvent, WhoKnewReport } from '../../shared/domain/chronology';
import type { ReadableDb } from '../store/db-types';
import { listAgencies } from './lookups';
import { entryDateFromRow, vagueDateFromRow, vagueDateSelect } from './vague-date-columns';

/**
 * "Who knew what, when": for a chosen day, the events that had certainly happened by then
 * (latest bound on or before the day), and for each the agencies that knew of it — the one that
 * recorded it, those it was shared with by then, and those holding a record the reviewer
 * linked as the same event. A share whose date was not recorded is listed with `when: null`
 * (the agency was told at some point; the reviewer decides what that means).
 */
export function whoKnew(db: ReadableDb, args: { date: string; keyOnly: boolean }): WhoKnewReport {
  const rows = db
    .prepare(
      `SELECT e.id, ${vagueDateSelect('e', 'date_')}, e.agency_id, t.name AS event_type, e.summary, e.significance
       FROM entry e LEFT JOIN event_type t ON t.id = e.event_type_id
       WHERE e.merged_into IS NULL AND e.date_latest <= ? ${args.keyOnly ? `AND e.significance = 'key'` : ''}
       ORDER BY e.date_earliest, e.date_latest, e.id`,
    )
    .all(args.date) as ({
    id: number;
    agency_id: number;
    event_type: string | null;
    summary: string;
    significance: 'key' | 'routine';
  } & Record<string, unknown>)[];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const shares = db
    .prepare(
      `SELECT s.entry_id, s.agency_id, ${vagueDateSelect('s', 'when_')}, s.how FROM entry_shared_with s
       WHERE s.entry_id IN (SELECT value FROM json_each(?)) AND (s.when_latest IS NULL OR s.when_latest <= ?) ORDER BY s.id`,
    )
    .all(ids, args.date) as ({ entry_id: number; agency_id: number; how: string | null } & Record<string, unknown>)[];
  const links = db
    .prepare(
      `SELECT d.entry_a, d.entry_b, ea.agency_id AS agency_a, eb.agency_id AS agency_b,
              ea.date_latest AS latest_a, eb.date_latest AS latest_b
       FROM duplicate_candidate d JOIN entry ea ON ea.id = d.entry_a JOIN entry eb ON eb.id = d.entry_b
       WHERE d.status IN ('linked', 'merged')`,
    )
    .all() as {
    entry_a: number;
    entry_b: number;
    agency_a: number;
    agency_b: number;
    latest_a: string;
    latest_b: string;
  }[];

  const cells = new Map<number, WhoKnewCell[]>();
  const add = (entryId: number, cell: WhoKnewCell) => {
    const list = cells.get(entryId) ?? [];
    if (!list.some((c) => c.agencyId === cell.agencyId)) list.push(cell);
    cells.set(entryId, list);
  };
  for (const row of rows) add(row.id, { agencyId: row.agency_id, how: 'recorded', when: null, via: null });
  for (const link of links) {
    if (link.latest_b <= args.date)
      add(link.entry_a, { agencyId: link.agency_b, how: 'recorded', when: null, via: `entry ${link.entry_b}` });
    if (link.latest_a <= args.date)
      add(link.entry_b, { agencyId: link.agency_a, how: 'recorded', when: null, via: `entry ${link.entry_a}` });
  }
  for (const share of shares) {
    add(share.entry_id, {
      agencyId: share.agency_id,
      how: 'shared',
      when: vagueDateFromRow(share, 'when_'),
      via: share.how,
    });
  }

  const events: WhoKnewEvent[] = rows.map((row) => {
    const date = entryDateFromRow(row);
    return {
      entryId: row.id,
      date,
      agencyId: row.agency_id,
      eventType: row.event_type,
      summary: row.summary,
      significance: row.significance,
      knownBy: cells.get(row.id) ?? [],
    };
  });
  return { date: args.date, agencies: listAgencies(db), events };
}
