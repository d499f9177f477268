import { CasewrightError } from '../../shared/errors';
import type {
  Recommendation,
  RecommendationFlag,
  RecommendationPriority,
  RecommendationStatus,
} from '../../shared/domain/recommendations';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

export interface RecommendationInput {
  readonly text: string;
  readonly findingIds?: readonly number[];
  readonly ownerAgency?: string | null;
  readonly successMeasure?: string;
  readonly dueDate?: string | null;
  readonly priority?: RecommendationPriority | null;
  readonly status?: RecommendationStatus;
  readonly boardResponse?: string;
}
export type RecommendationPatch = Partial<RecommendationInput>;

interface RecommendationRow {
  readonly id: number;
  readonly number: number;
  readonly text: string;
  readonly owner_agency: string | null;
  readonly success_measure: string;
  readonly due_date: string | null;
  readonly priority: RecommendationPriority | null;
  readonly status: RecommendationStatus;
  readonly board_response: string;
  readonly created_at: string;
  readonly updated_at: string;
}

/** The SMART gaps national reviews keep finding: no owner, no date. */
export function recommendationFlags(row: {
  readonly ownerAgency: string | null;
  readonly dueDate: string | null;
}): RecommendationFlag[] {
  const flags: RecommendationFlag[] = [];
  if (row.ownerAgency === null || row.ownerAgency.trim() === '') flags.push('no-owner');
  if (row.dueDate === null) flags.push('no-due-date');
  return flags;
}

function linkedFindings(db: ReadableDb): Map<number, { id: number; number: number }[]> {
  const map = new Map<number, { id: number; number: number }[]>();
  const rows = db
    .prepare(
      `SELECT rf.recommendation_id, f.id, f.number FROM recommendation_finding rf
       JOIN finding f ON f.id = rf.finding_id ORDER BY f.number`,
    )
    .all() as { recommendation_id: number; id: number; number: number }[];
  for (const row of rows) {
    const list = map.get(row.recommendation_id) ?? [];
    list.push({ id: row.id, number: row.number });
    map.set(row.recommendation_id, list);
  }
  return map;
}

function toRecommendation(row: RecommendationRow, findings: readonly { id: number; number: number }[]): Recommendation {
  const ownerAgency = row.owner_agency === null || row.owner_agency.trim() === '' ? null : row.owner_agency;
  return {
    id: row.id,
    number: row.number,
    text: row.text,
    findingIds: findings.map((f) => f.id),
    findingNumbers: findings.map((f) => f.number),
    ownerAgency,
    successMeasure: row.success_measure,
    dueDate: row.due_date,
    priority: row.priority,
    status: row.status,
    boardResponse: row.board_response,
    flags: recommendationFlags({ ownerAgency, dueDate: row.due_date }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const columns =
  'id, number, text, owner_agency, success_measure, due_date, priority, status, board_response, created_at, updated_at';

export function listRecommendations(
  db: ReadableDb,
  filter: { readonly status?: RecommendationStatus; readonly flaggedOnly?: boolean } = {},
): readonly Recommendation[] {
  const links = linkedFindings(db);
  return (db.prepare(`SELECT ${columns} FROM recommendation ORDER BY number, id`).all() as RecommendationRow[])
    .map((row) => toRecommendation(row, links.get(row.id) ?? []))
    .filter((r) => filter.status === undefined || r.status === filter.status)
    .filter((r) => filter.flaggedOnly !== true || r.flags.length > 0);
}

export function getRecommendation(db: ReadableDb, id: number): Recommendation {
  const row = db.prepare(`SELECT ${columns} FROM recommendation WHERE id = ?`).get(id) as RecommendationRow | undefined;
  if (!row) throw new CasewrightError('not-found', `There is no recommendation with id ${id}.`);
  return toRecommendation(row, linkedFindings(db).get(id) ?? []);
}

function setFindings(db: WritableDb, recommendationId: number, findingIds: readonly number[]): void {
  for (const findingId of findingIds) {
    if (!db.prepare(`SELECT 1 FROM finding WHERE id = ?`).get(findingId)) {
      throw new CasewrightError('not-found', `There is no finding with id ${findingId}.`, {
        problems: [{ field: 'findingIds', reason: `no finding ${findingId}` }],
      });
    }
  }
  const wanted = new Set(findingIds);
  const current = db
    .prepare(`SELECT id, finding_id FROM recommendation_finding WHERE recommendation_id = ?`)
    .all(recommendationId) as {
    id: number;
    finding_id: number;
  }[];
  for (const link of current)
    if (!wanted.has(link.finding_id)) db.prepare(`DELETE FROM recommendation_finding WHERE id = ?`).run(link.id);
  const have = new Set(current.map((l) => l.finding_id));
  for (const findingId of wanted) {
    if (!have.has(findingId)) {
      db.prepare(`INSERT INTO recommendation_finding (recommendation_id, finding_id) VALUES (?, ?)`).run(
        recommendationId,
        findingId,
      );
    }
  }
}

function requireText(text: string): string {
  if (text.trim() === '') {
    throw new CasewrightError('validation', 'A recommendation needs its text.', {
      problems: [{ field: 'text', reason: 'required' }],
    });
  }
  return text.trim();
}

function blankToNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value.trim();
}

export function addRecommendation(db: WritableDb, input: RecommendationInput): Recommendation {
  const next = (db.prepare(`SELECT coalesce(max(number), 0) + 1 AS n FROM recommendation`).get() as { n: number }).n;
  const now = nowIso();
  const result = db
    .prepare(
      `INSERT INTO recommendation (number, text, owner_agency, success_measure, due_date, priority, status, board_response, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      next,
      requireText(input.text),
      blankToNull(input.ownerAgency),
      input.successMeasure ?? '',
      input.dueDate ?? null,
      input.priority ?? null,
      input.status ?? 'proposed',
      input.boardResponse ?? '',
      now,
      now,
    );
  const id = Number(result.lastInsertRowid);
  setFindings(db, id, input.findingIds ?? []);
  return getRecommendation(db, id);
}

export function updateRecommendation(db: WritableDb, id: number, patch: RecommendationPatch): Recommendation {
  const current = getRecommendation(db, id);
  db.prepare(
    `UPDATE recommendation SET text = ?, owner_agency = ?, success_measure = ?, due_date = ?, priority = ?, status = ?,
       board_response = ?, updated_at = ? WHERE id = ?`,
  ).run(
    patch.text === undefined ? current.text : requireText(patch.text),
    patch.ownerAgency === undefined ? current.ownerAgency : blankToNull(patch.ownerAgency),
    patch.successMeasure ?? current.successMeasure,
    patch.dueDate === undefined ? current.dueDate : patch.dueDate,
    patch.priority === undefined ? current.priority : patch.priority,
    patch.status ?? current.status,
    patch.boardResponse ?? current.boardResponse,
    nowIso(),
    id,
  );
  if (patch.findingIds !== undefined) setFindings(db, id, patch.findingIds);
  return getRecommendation(db, id);
}

export function deleteRecommendation(db: WritableDb, id: number): void {
  getRecommendation(db, id);
  db.prepare(`DELETE FROM recommendation WHERE id = ?`).run(id);
  const renumber = db.prepare(`UPDATE recommendation SET number = ? WHERE id = ? AND number <> ?`);
  (db.prepare(`SELECT id FROM recommendation ORDER BY number, id`).all() as { id: number }[]).forEach((row, index) =>
    renumber.run(index + 1, row.id, index + 1),
  );
}

/** Moves a recommendation to position `toNumber` (1-based, clamped) and renumbers the rest. */
export function moveRecommendation(db: WritableDb, id: number, toNumber: number): readonly Recommendation[] {
  getRecommendation(db, id);
  const ids = (db.prepare(`SELECT id FROM recommendation ORDER BY number, id`).all() as { id: number }[])
    .map((r) => r.id)
    .filter((other) => other !== id);
  ids.splice(Math.min(Math.max(toNumber, 1), ids.length + 1) - 1, 0, id);
  const renumber = db.prepare(`UPDATE recommendation SET number = ? WHERE id = ? AND number <> ?`);
  ids.forEach((rid, index) => renumber.run(index + 1, rid, index + 1));
  return listRecommendations(db);
}
