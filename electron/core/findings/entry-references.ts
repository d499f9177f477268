import type { WritableDb } from '../store/db-types';

/**
 * When the chronology merges a duplicate entry into another, the findings side follows: evidence
 * links, taxonomy tags and panel comments on the hidden entry move to the kept one (a link the kept
 * entry already has is dropped rather than doubled). For chronology `mergeDuplicate` to call
 * inside its write; undo of the merge reverts these rows too (they are audited).
 */
export function moveEntryReferences(
  db: WritableDb,
  fromEntryId: number,
  toEntryId: number,
): { readonly evidence: number; readonly tags: number; readonly annotations: number } {
  const evidenceRows = db
    .prepare(`SELECT id, finding_id FROM finding_evidence WHERE entry_id = ?`)
    .all(fromEntryId) as { id: number; finding_id: number }[];
  let evidence = 0;
  for (const row of evidenceRows) {
    const duplicate = db
      .prepare(`SELECT 1 FROM finding_evidence WHERE finding_id = ? AND entry_id = ?`)
      .get(row.finding_id, toEntryId);
    if (duplicate) db.prepare(`DELETE FROM finding_evidence WHERE id = ?`).run(row.id);
    else evidence += db.prepare(`UPDATE finding_evidence SET entry_id = ? WHERE id = ?`).run(toEntryId, row.id).changes;
  }
  const tagRows = db
    .prepare(`SELECT id, taxonomy_version_id, term_id, direction FROM entry_tag WHERE entry_id = ?`)
    .all(fromEntryId) as {
    id: number;
    taxonomy_version_id: number;
    term_id: string;
    direction: string | null;
  }[];
  let tags = 0;
  for (const row of tagRows) {
    const duplicate = db
      .prepare(
        `SELECT 1 FROM entry_tag WHERE entry_id = ? AND taxonomy_version_id = ? AND term_id = ? AND coalesce(direction, '') = ?`,
      )
      .get(toEntryId, row.taxonomy_version_id, row.term_id, row.direction ?? '');
    if (duplicate) db.prepare(`DELETE FROM entry_tag WHERE id = ?`).run(row.id);
    else tags += db.prepare(`UPDATE entry_tag SET entry_id = ? WHERE id = ?`).run(toEntryId, row.id).changes;
  }
  const annotations = db
    .prepare(`UPDATE annotation SET entry_id = ? WHERE entry_id = ?`)
    .run(toEntryId, fromEntryId).changes;
  return { evidence, tags, annotations };
}
