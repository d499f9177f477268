/**
 * The review panel: list, add, edit, remove and reorder its members. Positions stay 1..n with no
 * gaps, so the report's table order is always the order the reviewer chose.
 */
import { CasewrightError } from '../../shared/errors';
import type { PanelMember } from '../../shared/domain/panel';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';

export interface PanelMemberInput {
  readonly name: string;
  readonly role: string;
  readonly agency: string;
  readonly independenceNote?: string;
}
export type PanelMemberPatch = Partial<PanelMemberInput>;

interface PanelMemberRow {
  readonly id: number;
  readonly position: number;
  readonly name: string;
  readonly role: string;
  readonly agency: string;
  readonly independence_note: string;
}

const toMember = (row: PanelMemberRow): PanelMember => ({
  id: row.id,
  position: row.position,
  name: row.name,
  role: row.role,
  agency: row.agency,
  independenceNote: row.independence_note,
});

export function listPanelMembers(db: ReadableDb): PanelMember[] {
  return (
    db
      .prepare(`SELECT id, position, name, role, agency, independence_note FROM panel_member ORDER BY position`)
      .all() as PanelMemberRow[]
  ).map(toMember);
}

export function getPanelMember(db: ReadableDb, id: number): PanelMember {
  const row = db
    .prepare(`SELECT id, position, name, role, agency, independence_note FROM panel_member WHERE id = ?`)
    .get(id) as PanelMemberRow | undefined;
  if (row === undefined) throw new CasewrightError('not-found', `There is no panel member ${id}.`);
  return toMember(row);
}

export function addPanelMember(db: WritableDb, input: PanelMemberInput): PanelMember {
  const now = nowIso();
  const next = (db.prepare(`SELECT coalesce(max(position), 0) + 1 AS next FROM panel_member`).get() as { next: number })
    .next;
  const id = Number(
    db
      .prepare(
        `INSERT INTO panel_member (position, name, role, agency, independence_note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        next,
        input.name.trim(),
        input.role.trim(),
        input.agency.trim(),
        (input.independenceNote ?? '').trim(),
        now,
        now,
      ).lastInsertRowid,
  );
  return getPanelMember(db, id);
}

export function updatePanelMember(db: WritableDb, id: number, patch: PanelMemberPatch): PanelMember {
  const current = getPanelMember(db, id);
  db.prepare(
    `UPDATE panel_member SET name = ?, role = ?, agency = ?, independence_note = ?, updated_at = ? WHERE id = ?`,
  ).run(
    (patch.name ?? current.name).trim(),
    (patch.role ?? current.role).trim(),
    (patch.agency ?? current.agency).trim(),
    (patch.independenceNote ?? current.independenceNote).trim(),
    nowIso(),
    id,
  );
  return getPanelMember(db, id);
}

/** Removes a member and closes the gap, so the table keeps numbering 1..n. */
export function removePanelMember(db: WritableDb, id: number): void {
  const member = getPanelMember(db, id);
  db.prepare(`DELETE FROM panel_member WHERE id = ?`).run(id);
  // SQLite checks the unique position row by row, so move the later members out of the way first.
  const aside = 1_000_000;
  db.prepare(`UPDATE panel_member SET position = position + ? WHERE position > ?`).run(aside, member.position);
  db.prepare(`UPDATE panel_member SET position = position - ? WHERE position > ?`).run(aside + 1, aside);
}
