import { CasewrightError } from '../../shared/errors';
import { findTerm, taxonomySchema, type PinnedTaxonomy, type Taxonomy } from '../../shared/domain/taxonomy';
import { nowIso } from '../store/clock';
import type { ReadableDb, WritableDb } from '../store/db-types';
import { compareVersions, type LoadedTaxonomy } from './load';

/**
 * A review keeps its own copy of every taxonomy version it has used (table taxonomy_version), so
 * the terms it was tagged with stay readable when the app later ships or imports newer versions.
 */
interface PinnedRow {
  readonly id: number;
  readonly taxonomy_id: string;
  readonly version: string;
  readonly content_json: string;
  readonly pinned_at: string;
}

export interface PinnedVersion extends PinnedTaxonomy {
  readonly rowId: number;
}

function toPinned(row: PinnedRow): PinnedVersion {
  // The copy was validated when it was pinned; parse again so a hand-edited file fails loudly.
  const parsed = taxonomySchema.safeParse(JSON.parse(row.content_json) as unknown);
  if (!parsed.success) {
    throw new CasewrightError('corrupt', `The review's copy of taxonomy ${row.taxonomy_id} ${row.version} is damaged.`);
  }
  return { rowId: row.id, taxonomy: parsed.data, pinnedAt: row.pinned_at };
}

export function listPinned(db: ReadableDb): readonly PinnedVersion[] {
  const rows = db
    .prepare(`SELECT id, taxonomy_id, version, content_json, pinned_at FROM taxonomy_version ORDER BY taxonomy_id, id`)
    .all() as PinnedRow[];
  return rows.map(toPinned);
}

export function pinnedByRowId(db: ReadableDb, rowId: number): PinnedVersion {
  const row = db
    .prepare(`SELECT id, taxonomy_id, version, content_json, pinned_at FROM taxonomy_version WHERE id = ?`)
    .get(rowId) as PinnedRow | undefined;
  if (!row) throw new CasewrightError('not-found', `No pinned taxonomy version ${rowId} in this review.`);
  return toPinned(row);
}

function findPinned(db: ReadableDb, taxonomyId: string, version?: string): PinnedVersion | undefined {
  const matching = listPinned(db).filter(
    (p) => p.taxonomy.id === taxonomyId && (version === undefined || p.taxonomy.version === version),
  );
  return matching.sort((a, b) => compareVersions(b.taxonomy.version, a.taxonomy.version))[0];
}

/** Copies a taxonomy version into the review (once); returns the pinned copy. */
export function pinTaxonomy(db: WritableDb, taxonomy: Taxonomy): PinnedVersion {
  const existing = findPinned(db, taxonomy.id, taxonomy.version);
  if (existing) return existing;
  const result = db
    .prepare(
      `INSERT INTO taxonomy_version (taxonomy_id, version, title, requires_direction, content_json, pinned_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(
      taxonomy.id,
      taxonomy.version,
      taxonomy.title,
      taxonomy.requiresDirection ? 1 : 0,
      JSON.stringify(taxonomy),
      nowIso(),
    );
  return pinnedByRowId(db, Number(result.lastInsertRowid));
}

/**
 * The version a new tag uses: an explicit version if asked for; otherwise the version this review
 * already uses (so one review does not mix versions by accident); otherwise the newest available.
 */
export function resolveForTagging(
  db: WritableDb,
  available: readonly LoadedTaxonomy[],
  taxonomyId: string,
  version?: string,
): PinnedVersion {
  const pinned = findPinned(db, taxonomyId, version);
  if (pinned) return pinned;
  const candidates = available
    .filter((l) => l.taxonomy.id === taxonomyId && (version === undefined || l.taxonomy.version === version))
    .sort((a, b) => compareVersions(b.taxonomy.version, a.taxonomy.version));
  const chosen = candidates[0];
  if (!chosen) {
    throw new CasewrightError(
      'not-found',
      version === undefined
        ? `No taxonomy with id "${taxonomyId}". Run "casewright taxonomy list" to see the ids.`
        : `No taxonomy "${taxonomyId}" at version ${version}.`,
    );
  }
  return pinTaxonomy(db, chosen.taxonomy);
}

export type DirectionInput = 'supports' | 'hinders' | null | undefined;

/** Refuses unknown terms, grouping headings, and directions the taxonomy does not ask for (or lacks). */
export function checkTag(
  pinned: PinnedVersion,
  termId: string,
  direction: DirectionInput,
): 'supports' | 'hinders' | null {
  const { taxonomy } = pinned;
  const term = findTerm(taxonomy, termId);
  if (!term) {
    throw new CasewrightError('validation', `Taxonomy ${taxonomy.id} ${taxonomy.version} has no term "${termId}".`, {
      problems: [{ field: 'termId', reason: `no term "${termId}" in ${taxonomy.id}` }],
    });
  }
  if (!term.codable) {
    throw new CasewrightError(
      'validation',
      `"${term.label}" is a heading in ${taxonomy.title}; choose one of the terms under it.`,
      {
        problems: [{ field: 'termId', reason: 'a heading cannot be used as a tag' }],
      },
    );
  }
  if (taxonomy.requiresDirection && (direction === null || direction === undefined)) {
    throw new CasewrightError(
      'validation',
      `${taxonomy.title} asks whether each pattern supports good practice or creates unsafe conditions: give a direction (supports or hinders).`,
      { problems: [{ field: 'direction', reason: 'required by this taxonomy' }] },
    );
  }
  if (!taxonomy.requiresDirection && direction !== null && direction !== undefined) {
    throw new CasewrightError(
      'validation',
      `${taxonomy.title} does not use directions; tag "${term.label}" without one.`,
      {
        problems: [{ field: 'direction', reason: 'not used by this taxonomy' }],
      },
    );
  }
  return direction ?? null;
}
