import type { TagSpec } from '../../shared/api/findings';
import type { WritableDb } from '../store/db-types';
import type { LoadedTaxonomy } from '../taxonomy/load';
import { resolveForTagging } from '../taxonomy/pinning';
import { addEntryTag, addFindingTag } from './tags';

/** Tags a finding, pinning the taxonomy version into the review on first use. */
export function tagFinding(
  db: WritableDb,
  available: readonly LoadedTaxonomy[],
  findingId: number,
  spec: TagSpec,
): number {
  const pinned = resolveForTagging(db, available, spec.taxonomyId, spec.version);
  return addFindingTag(db, findingId, pinned, spec.termId, spec.direction);
}

export function tagEntry(db: WritableDb, available: readonly LoadedTaxonomy[], entryId: number, spec: TagSpec): number {
  const pinned = resolveForTagging(db, available, spec.taxonomyId, spec.version);
  return addEntryTag(db, entryId, pinned, spec.termId, spec.direction);
}
