import { z } from 'zod';
import { taxonomyIdPattern } from './taxonomy';

/**
 * A crosswalk maps the terms of one taxonomy version onto another's, so that reviews tagged with
 * different frameworks can be read side by side (for example a board counting a theme across
 * reviews). One data file per pair (templates/taxonomies/crosswalks/<from>--<to>.json); this zod
 * schema is the single source of the rules and crosswalk.schema.json is derived from it.
 *
 * The relation says how the `to` term stands to the `from` term, in the sense of SKOS mapping
 * properties: `exact` (same meaning; closeMatch and exactMatch are not told apart), `broader`
 * (the `to` term covers more), `narrower` (the `to` term covers less), `related` (they overlap
 * or are associated, without either containing the other). Only `exact` is a full equivalence;
 * the others are approximate and the API says so.
 */
export const crosswalkRelations = ['exact', 'broader', 'narrower', 'related'] as const;
export type CrosswalkRelation = (typeof crosswalkRelations)[number];

const slug = z.string().regex(taxonomyIdPattern, 'must be a lower-case id such as "critical-thinking"');

const sideSchema = z
  .object({
    taxonomy: slug,
    version: z.string().trim().min(1, 'must name the taxonomy version the mapping was made against'),
  })
  .strict();

export const crosswalkMappingSchema = z
  .object({
    from: slug,
    to: slug,
    relation: z.enum(crosswalkRelations),
    /** Why the terms were mapped this way, for the reviewer reading a combined count. */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

export const crosswalkSchema = z
  .object({
    $schema: z.string().optional(),
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<from taxonomy id>--<to taxonomy id>"'),
    title: z.string().trim().min(1, 'must not be empty'),
    version: z.string().trim().min(1, 'must not be empty'),
    from: sideSchema,
    to: sideSchema,
    /** Who made the mapping and on what basis, written for reviewers. */
    basis: z.string().trim().min(1, 'must say who made the mapping and how'),
    mappings: z.array(crosswalkMappingSchema).min(1, 'must map at least one pair of terms'),
    /** Terms with no counterpart in the other framework, listed so that none is missed by accident. */
    unmapped: z
      .object({
        from: z.array(slug),
        to: z.array(slug),
      })
      .strict(),
  })
  .strict();

export type Crosswalk = z.output<typeof crosswalkSchema>;
export type CrosswalkMapping = z.output<typeof crosswalkMappingSchema>;

/** The relation read from the other side: if B is broader than A, A is narrower than B. */
export function inverseRelation(relation: CrosswalkRelation): CrosswalkRelation {
  switch (relation) {
    case 'broader':
      return 'narrower';
    case 'narrower':
      return 'broader';
    case 'exact':
    case 'related':
      return relation;
  }
}

/** A term in another framework that corresponds to the one asked about. */
export interface TermEquivalent {
  readonly taxonomyId: string;
  readonly termId: string;
  /** The term's label in the taxonomy version the crosswalk was made against. */
  readonly label: string;
  /** How this term stands to the one asked about (this term is `broader`, `narrower`…). */
  readonly relation: CrosswalkRelation;
  /** True for every relation but `exact`: a count that merges these terms is only approximate. */
  readonly approximate: boolean;
  readonly note?: string;
  /** The crosswalk that says so, e.g. "national-panel-themes-2020--national-panel-themes-2022-23". */
  readonly crosswalkId: string;
}
