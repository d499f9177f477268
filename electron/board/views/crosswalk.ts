/**
 * Crosswalks let a board count themes in one framework when reviews were tagged in another: a
 * mapping says term A (in taxonomy X) is exactly, broadly, narrowly or loosely the same as term B
 * (in taxonomy Y). Which relations count is the board's choice; "exact" alone is the safe default.
 */
import type { BoardCrosswalk, DigestTag } from '../../shared/domain/board';
import { inverseRelation, type CrosswalkRelation } from '../../shared/domain/crosswalk';

export interface CrosswalkChoice {
  readonly crosswalks: readonly BoardCrosswalk[];
  /** The taxonomy every tag is counted in. */
  readonly targetTaxonomyId: string;
  readonly relations?: readonly CrosswalkRelation[];
}

export interface MappedTag {
  readonly taxonomyId: string;
  readonly termId: string;
  readonly via: { readonly taxonomyId: string; readonly termId: string; readonly relation: CrosswalkRelation } | null;
}

/**
 * The terms of the target taxonomy a tag counts as. A tag already in the target counts as itself;
 * a tag elsewhere counts through every accepted mapping (read in either direction, with broader
 * and narrower swapped when read backwards); a tag with no mapping is left out of the target view.
 */
export function mapTag(tag: Pick<DigestTag, 'taxonomyId' | 'termId'>, choice: CrosswalkChoice): readonly MappedTag[] {
  if (tag.taxonomyId === choice.targetTaxonomyId)
    return [{ taxonomyId: tag.taxonomyId, termId: tag.termId, via: null }];
  const accepted = new Set<CrosswalkRelation>(choice.relations ?? ['exact']);
  const out: MappedTag[] = [];
  const seen = new Set<string>();
  const push = (termId: string, relation: CrosswalkRelation): void => {
    if (!accepted.has(relation) || seen.has(termId)) return;
    seen.add(termId);
    out.push({
      taxonomyId: choice.targetTaxonomyId,
      termId,
      via: { taxonomyId: tag.taxonomyId, termId: tag.termId, relation },
    });
  };
  for (const crosswalk of choice.crosswalks) {
    for (const m of crosswalk.mappings) {
      if (
        m.from.taxonomyId === tag.taxonomyId &&
        m.from.termId === tag.termId &&
        m.to.taxonomyId === choice.targetTaxonomyId
      ) {
        push(m.to.termId, m.relation);
      } else if (
        m.to.taxonomyId === tag.taxonomyId &&
        m.to.termId === tag.termId &&
        m.from.taxonomyId === choice.targetTaxonomyId
      ) {
        push(m.from.termId, inverseRelation(m.relation));
      }
    }
  }
  return out;
}
