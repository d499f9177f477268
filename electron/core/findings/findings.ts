import { CasewrightError } from '../../shared/errors';
import type { RichText } from '../../shared/lexical/types';
import type { Finding, FindingType } from '../../shared/domain/findings';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { evidenceByFinding } from './evidence';
import { findingColumns, rowToFinding, type FindingRow } from './finding-rows';
import { tagsByOwner } from './tags';

export interface FindingInput {
  readonly title: string;
  readonly body?: RichText | null;
  readonly type?: FindingType;
  readonly inBriefing?: boolean;
}

export type FindingPatch = Partial<FindingInput>;

function idsByFinding(db: ReadableDb, sql: string): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const row of db.prepare(sql).all() as { finding_id: number; other_id: number }[]) {
    const list = map.get(row.finding_id) ?? [];
    list.push(row.other_id);
    map.set(row.finding_id, list);
  }
  return map;
}

function assemble(db: ReadableDb, rows: readonly FindingRow[]): Finding[] {
  const ids = rows.map((r) => r.id);
  const tags = tagsByOwner(db, 'finding_tag', ids);
  const evidence = evidenceByFinding(db, ids);
  const recommendations = idsByFinding(
    db,
    `SELECT rf.finding_id, rf.recommendation_id AS other_id FROM recommendation_finding rf
     JOIN recommendation r ON r.id = rf.recommendation_id ORDER BY r.number`,
  );
  const open = new Map(
    (
      db
        .prepare(
          `SELECT finding_id, count(*) AS n FROM annotation
           WHERE finding_id IS NOT NULL AND parent_id IS NULL AND status = 'open' GROUP BY finding_id`,
        )
        .all() as { finding_id: number; n: number }[]
    ).map((r) => [r.finding_id, r.n]),
  );
  return rows.map((row) =>
    rowToFinding(row, {
      tags: tags.get(row.id) ?? [],
      evidence: evidence.get(row.id) ?? [],
      recommendationIds: recommendations.get(row.id) ?? [],
      openAnnotations: open.get(row.id) ?? 0,
    }),
  );
}

export function listFindings(db: ReadableDb): readonly Finding[] {
  const rows = db.prepare(`SELECT ${findingColumns} FROM finding ORDER BY number, id`).all() as FindingRow[];
  return assemble(db, rows);
}

export function getFinding(db: ReadableDb, id: number): Finding {
  const row = db.prepare(`SELECT ${findingColumns} FROM finding WHERE id = ?`).get(id) as FindingRow | undefined;
  if (!row) throw new CasewrightError('not-found', `There is no finding with id ${id}.`);
  return assemble(db, [row])[0]!;
}

function requireTitle(title: string): string {
  const trimmed = title.trim();
  if (trimmed === '') {
    throw new CasewrightError('validation', 'A finding needs a title.', {
      problems: [{ field: 'title', reason: 'required' }],
    });
  }
  return trimmed;
}

/** Adds a finding at the end of the list (the next number). */
export function addFinding(db: WritableDb, input: FindingInput): Finding {
  const next = (db.prepare(`SELECT coalesce(max(number), 0) + 1 AS n FROM finding`).get() as { n: number }).n;
  const now = nowIso();
  const result = db
    .prepare(
      `INSERT INTO finding (number, title, body_json, type, in_briefing, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      next,
      requireTitle(input.title),
      input.body === undefined || input.body === null ? null : JSON.stringify(input.body),
      input.type ?? 'new-learning',
      input.inBriefing === true ? 1 : 0,
      now,
      now,
    );
  return getFinding(db, Number(result.lastInsertRowid));
}

export function updateFinding(db: WritableDb, id: number, patch: FindingPatch): Finding {
  const current = getFinding(db, id);
  const body = patch.body === undefined ? current.body : patch.body;
  db.prepare(`UPDATE finding SET title = ?, body_json = ?, type = ?, in_briefing = ?, updated_at = ? WHERE id = ?`).run(
    patch.title === undefined ? current.title : requireTitle(patch.title),
    body === null ? null : JSON.stringify(body),
    patch.type ?? current.type,
    (patch.inBriefing ?? current.inBriefing) ? 1 : 0,
    nowIso(),
    id,
  );
  return getFinding(db, id);
}

/** Numbers 1…n in the given order, touching only rows whose number changes (smaller audit). */
function renumber(db: WritableDb, orderedIds: readonly number[]): void {
  const update = db.prepare(`UPDATE finding SET number = ? WHERE id = ? AND number <> ?`);
  orderedIds.forEach((findingId, index) => update.run(index + 1, findingId, index + 1));
}

function orderedIds(db: ReadableDb): number[] {
  return (db.prepare(`SELECT id FROM finding ORDER BY number, id`).all() as { id: number }[]).map((r) => r.id);
}

export function deleteFinding(db: WritableDb, id: number): void {
  getFinding(db, id);
  db.prepare(`DELETE FROM finding WHERE id = ?`).run(id);
  renumber(db, orderedIds(db));
}

/** Moves a finding to position `toNumber` (1-based, clamped) and renumbers the rest. */
export function moveFinding(db: WritableDb, id: number, toNumber: number): readonly Finding[] {
  getFinding(db, id);
  const ids = orderedIds(db).filter((other) => other !== id);
  const index = Math.min(Math.max(toNumber, 1), ids.length + 1) - 1;
  ids.splice(index, 0, id);
  renumber(db, ids);
  return listFindings(db);
}
