import type { ChronologyFilter, ChronologySort } from '../../shared/domain/chronology';
import { toFtsQuery } from './fts-query';

/**
 * SQL for the filters shared by grid, timeline, search and export. Lists are passed as one JSON
 * parameter each (`json_each`), so no filter grows the statement or hits the variable limit.
 * Entries merged into another are hidden everywhere.
 */
export interface FilterSql {
  readonly where: string;
  readonly params: unknown[];
  /** The FTS5 query when `filter.text` had something searchable. */
  readonly fts: string | null;
}

const IN_JSON = 'IN (SELECT value FROM json_each(?))';

/**
 * Entry ids whose own text or whose kept source columns (extra fields) match an FTS5 query; takes
 * the query twice. Extra fields have their own index because `entry_fts` mirrors `entry` columns.
 */
export const FTS_MATCHED_IDS = `SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?
  UNION SELECT x.entry_id FROM entry_extra_field x WHERE x.id IN (SELECT rowid FROM entry_extra_fts WHERE entry_extra_fts MATCH ?)`;

/**
 * `matchedIds`: the full-text matches already fetched (JSON array of ids), so a caller running
 * several statements with the same filter evaluates the FTS5 query once.
 */
export function filterSql(filter: ChronologyFilter, alias = 'e', matchedIds?: string): FilterSql {
  const clauses: string[] = [`${alias}.merged_into IS NULL`];
  const params: unknown[] = [];
  const list = (values: readonly unknown[] | undefined, clause: string): void => {
    if (values && values.length > 0) {
      clauses.push(clause);
      params.push(JSON.stringify(values));
    }
  };
  list(filter.agencyIds, `${alias}.agency_id ${IN_JSON}`);
  list(filter.eventTypeIds, `${alias}.event_type_id ${IN_JSON}`);
  if (filter.personIds && filter.personIds.length > 0) {
    clauses.push(
      `(EXISTS (SELECT 1 FROM entry_person p WHERE p.entry_id = ${alias}.id AND p.person_id ${IN_JSON})
        OR EXISTS (SELECT 1 FROM entry_child_contact c WHERE c.entry_id = ${alias}.id AND c.person_id ${IN_JSON}))`,
    );
    params.push(JSON.stringify(filter.personIds), JSON.stringify(filter.personIds));
  }
  list(filter.tags, `EXISTS (SELECT 1 FROM entry_label l WHERE l.entry_id = ${alias}.id AND l.label ${IN_JSON})`);
  if (filter.from) {
    clauses.push(`${alias}.date_latest >= ?`);
    params.push(filter.from);
  }
  if (filter.to) {
    clauses.push(`${alias}.date_earliest <= ?`);
    params.push(filter.to);
  }
  if (filter.keyOnly) clauses.push(`${alias}.significance = 'key'`);
  if (filter.childNotSeen) {
    clauses.push(`EXISTS (SELECT 1 FROM entry_child_contact c WHERE c.entry_id = ${alias}.id AND c.seen = 'no')`);
  }
  if (filter.childNotSeenAlone) {
    clauses.push(`EXISTS (SELECT 1 FROM entry_child_contact c WHERE c.entry_id = ${alias}.id AND c.seen_alone = 'no')`);
  }
  if (filter.riskRecorded) clauses.push(`${alias}.risk_level IS NOT NULL`);
  if (filter.episodeId !== undefined) {
    clauses.push(`EXISTS (SELECT 1 FROM episode_entry x WHERE x.entry_id = ${alias}.id AND x.episode_id = ?)`);
    params.push(filter.episodeId);
  }
  const fts = filter.text === undefined ? null : toFtsQuery(filter.text);
  if (fts !== null && matchedIds !== undefined) {
    clauses.push(`${alias}.id ${IN_JSON}`);
    params.push(matchedIds);
  } else if (fts !== null) {
    clauses.push(`${alias}.id IN (${FTS_MATCHED_IDS})`);
    params.push(fts, fts);
  }
  return { where: clauses.join(' AND '), params, fts };
}

/** ORDER BY for a sort; needs the `agency a` and `event_type t` joins for those fields. */
export function orderSql(sort: ChronologySort, alias = 'e'): string {
  const dir = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const byDate = `${alias}.date_earliest ${dir}, ${alias}.date_latest ${dir}, coalesce(${alias}.time, '') ${dir}, ${alias}.id ${dir}`;
  switch (sort.field) {
    case 'date':
      return byDate;
    case 'agency':
      return `a.name COLLATE NOCASE ${dir}, ${byDate}`;
    case 'eventType':
      return `t.name IS NULL, t.name COLLATE NOCASE ${dir}, ${byDate}`;
    case 'summary':
      return `${alias}.summary COLLATE NOCASE ${dir}, ${byDate}`;
    case 'significance':
      return `${alias}.significance ${dir === 'ASC' ? 'ASC' : 'DESC'}, ${byDate}`;
    case 'id':
      return `${alias}.id ${dir}`;
  }
}
