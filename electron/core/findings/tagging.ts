import type { TagSpec } from '../../shared/api/findings';
import type { WritableDb } from '../store/db-types';
import type { LoadedTaxonomy } from '../taxonomy/load';
import { resolveForTagging } from '../taxonomy/pinning';
import { addTag, type TagTable } from './tags';

/** Tags a finding or an entry, pinning the taxonomy version into the review on first use. */
function tagWith(
  table: TagTable,
): (db: WritableDb, available: readonly LoadedTaxonomy[], ownerId: number, spec: TagSpec) => number {
  return (db, available, ownerId, spec) => {
    const pinned = resolveForTagging(db, available, spec.taxonomyId, spec.version);
    return addTag(db, table, ownerId, pinned, spec.termId, spec.direction);
  };
}

export const tagFinding = tagWith('finding_tag');
export const tagEntry = tagWith('entry_tag');
