import { flattenTerms } from '../../shared/domain/taxonomy';
import type { TagMatrix } from '../../shared/domain/findings';
import type { ReadableDb } from '../store/db-types';
import { listPinned } from '../taxonomy/pinning';

/**
 * Findings × taxonomy terms with tag counts. Columns are the codable terms of the taxonomy
 * versions this review pinned, in taxonomy order; `usedOnly` drops terms no finding carries
 * (the usual view: a 50-term grid of zeros hides the pattern).
 */
export function buildTagMatrix(
  db: ReadableDb,
  options: { readonly usedOnly?: boolean; readonly taxonomyId?: string } = {},
): TagMatrix {
  const findings = db.prepare(`SELECT id, number, title FROM finding ORDER BY number, id`).all() as {
    id: number;
    number: number;
    title: string;
  }[];
  const counts = new Map<string, number>();
  for (const row of db
    .prepare(
      `SELECT finding_id, taxonomy_version_id, term_id, count(*) AS n FROM finding_tag GROUP BY finding_id, taxonomy_version_id, term_id`,
    )
    .all() as { finding_id: number; taxonomy_version_id: number; term_id: string; n: number }[]) {
    counts.set(`${row.finding_id}|${row.taxonomy_version_id}|${row.term_id}`, row.n);
  }
  const columns = listPinned(db)
    .filter((p) => options.taxonomyId === undefined || p.taxonomy.id === options.taxonomyId)
    .flatMap((p) =>
      flattenTerms(p.taxonomy)
        .filter((t) => t.codable)
        .map((t) => ({
          rowId: p.rowId,
          taxonomyId: p.taxonomy.id,
          taxonomyTitle: p.taxonomy.title,
          termId: t.termId,
          label: t.label,
        })),
    );
  const cells = findings.map((f) => columns.map((c) => counts.get(`${f.id}|${c.rowId}|${c.termId}`) ?? 0));
  const totals = columns.map((_, index) => cells.reduce((sum, row) => sum + (row[index] ?? 0), 0));
  const keep = columns.map((_, index) => options.usedOnly === false || (totals[index] ?? 0) > 0);
  return {
    findings: findings.map((f) => ({ id: f.id, number: f.number, title: f.title })),
    terms: columns
      .filter((_, i) => keep[i])
      .map(({ taxonomyId, taxonomyTitle, termId, label }) => ({ taxonomyId, taxonomyTitle, termId, label })),
    cells: cells.map((row) => row.filter((_, i) => keep[i])),
    termTotals: totals.filter((_, i) => keep[i]),
  };
}
