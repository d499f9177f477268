import { CasewrightError } from '../../shared/errors';
import type { EvidenceLink } from '../../shared/domain/findings';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { describeEntries, describeEpisodes, entryExists, episodeExists } from './chronology-lookup';

interface EvidenceRow {
  readonly id: number;
  readonly finding_id: number;
  readonly entry_id: number | null;
  readonly episode_id: number | null;
  readonly note: string;
}

/** Evidence of the given findings, entries in chronological order, then episodes. */
export function evidenceByFinding(db: ReadableDb, findingIds: readonly number[]): Map<number, EvidenceLink[]> {
  const rows = db
    .prepare(
      `SELECT fe.id, fe.finding_id, fe.entry_id, fe.episode_id, fe.note FROM finding_evidence fe
       LEFT JOIN entry e ON e.id = fe.entry_id
       WHERE fe.finding_id IN (SELECT value FROM json_each(?))
       ORDER BY fe.episode_id IS NOT NULL, e.date_earliest, e.time, fe.id`,
    )
    .all(JSON.stringify(findingIds)) as EvidenceRow[];
  const entries = describeEntries(
    db,
    rows.flatMap((r) => (r.entry_id === null ? [] : [r.entry_id])),
  );
  const episodes = describeEpisodes(
    db,
    rows.flatMap((r) => (r.episode_id === null ? [] : [r.episode_id])),
  );
  const byFinding = new Map<number, EvidenceLink[]>();
  for (const row of rows) {
    let link: EvidenceLink;
    if (row.entry_id !== null) {
      const entry = entries.get(row.entry_id);
      link = {
        id: row.id,
        kind: 'entry',
        targetId: row.entry_id,
        label: entry?.label ?? `Entry ${row.entry_id}`,
        date: entry?.date ?? null,
        agency: entry?.agency ?? null,
        note: row.note,
      };
    } else {
      const episode = episodes.get(row.episode_id!);
      link = {
        id: row.id,
        kind: 'episode',
        targetId: row.episode_id!,
        label: episode ? `${episode.title} (${episode.entryCount} entries)` : `Episode ${row.episode_id}`,
        date: null,
        agency: null,
        note: row.note,
      };
    }
    const list = byFinding.get(row.finding_id) ?? [];
    list.push(link);
    byFinding.set(row.finding_id, list);
  }
  return byFinding;
}

export interface EvidenceInput {
  readonly kind: 'entry' | 'episode';
  readonly targetId: number;
  readonly note?: string;
}

/** Links a chronology entry or episode to a finding; linking the same thing twice keeps one link. */
export function addEvidence(db: WritableDb, findingId: number, input: EvidenceInput): number {
  if (!db.prepare(`SELECT 1 FROM finding WHERE id = ?`).get(findingId)) {
    throw new CasewrightError('not-found', `There is no finding with id ${findingId}.`);
  }
  const exists = input.kind === 'entry' ? entryExists(db, input.targetId) : episodeExists(db, input.targetId);
  if (!exists) {
    throw new CasewrightError(
      'not-found',
      input.kind === 'entry'
        ? `There is no chronology entry with id ${input.targetId}. Run "casewright chronology list" to see entry ids.`
        : `There is no key practice episode with id ${input.targetId}.`,
      { problems: [{ field: 'evidence', reason: `no ${input.kind} ${input.targetId}` }] },
    );
  }
  const column = input.kind === 'entry' ? 'entry_id' : 'episode_id';
  const existing = db
    .prepare(`SELECT id FROM finding_evidence WHERE finding_id = ? AND ${column} = ?`)
    .get(findingId, input.targetId) as { id: number } | undefined;
  if (existing) return existing.id;
  return Number(
    db
      .prepare(`INSERT INTO finding_evidence (finding_id, ${column}, note) VALUES (?, ?, ?)`)
      .run(findingId, input.targetId, input.note ?? '').lastInsertRowid,
  );
}

export function removeEvidence(db: WritableDb, evidenceId: number): void {
  const result = db.prepare(`DELETE FROM finding_evidence WHERE id = ?`).run(evidenceId);
  if (result.changes === 0) throw new CasewrightError('not-found', `There is no evidence link with id ${evidenceId}.`);
}

/** Findings that cite a given entry, for the chronology side ("used as evidence in finding 2"). */
export function findingsCitingEntry(
  db: ReadableDb,
  entryId: number,
): readonly { id: number; number: number; title: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT f.id, f.number, f.title FROM finding f JOIN finding_evidence fe ON fe.finding_id = f.id
       WHERE fe.entry_id = ? OR fe.episode_id IN (SELECT episode_id FROM episode_entry WHERE entry_id = ?)
       ORDER BY f.number`,
    )
    .all(entryId, entryId) as { id: number; number: number; title: string }[];
}
