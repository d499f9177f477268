/**
 * The crosswalks a board counts themes through: the same validated files the taxonomy library
 * reads (templates/taxonomies/crosswalks and the user's own), flattened into term pairs that each
 * name their taxonomy.
 */
import { availableCrosswalks, type TaxonomyPlaces } from '../../core/taxonomy/library';
import type { BoardCrosswalk } from '../../shared/domain/board';
import type { Crosswalk } from '../../shared/domain/crosswalk';

export function boardCrosswalk(crosswalk: Crosswalk): BoardCrosswalk {
  return {
    id: crosswalk.id,
    title: crosswalk.title,
    mappings: crosswalk.mappings.map((m) => ({
      from: { taxonomyId: crosswalk.from.taxonomy, termId: m.from },
      to: { taxonomyId: crosswalk.to.taxonomy, termId: m.to },
      relation: m.relation,
    })),
  };
}

export function loadBoardCrosswalks(places: TaxonomyPlaces): readonly BoardCrosswalk[] {
  return availableCrosswalks(places).map((loaded) => boardCrosswalk(loaded.crosswalk));
}
