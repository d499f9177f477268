import type { ColumnMapping } from '../../shared/domain/chronology';
import { nowIso } from '../../core/store/clock';
import type { ReadableDb, WritableDb } from '../../core/store/db-types';

/** The column mapping last used for each agency, so the next return from it maps itself. */
export function rememberedMapping(db: ReadableDb, agency: string): ColumnMapping | null {
  const row = db
    .prepare(
      `SELECT m.mapping_json FROM column_mapping m JOIN agency a ON a.id = m.agency_id WHERE a.name = ? COLLATE NOCASE`,
    )
    .get(agency.trim()) as { mapping_json: string } | undefined;
  return row ? (JSON.parse(row.mapping_json) as ColumnMapping) : null;
}

export function rememberMapping(db: WritableDb, agencyId: number, mapping: ColumnMapping): void {
  db.prepare(
    `INSERT INTO column_mapping (agency_id, mapping_json, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (agency_id) DO UPDATE SET mapping_json = excluded.mapping_json, updated_at = excluded.updated_at`,
  ).run(agencyId, JSON.stringify(mapping), nowIso());
}
