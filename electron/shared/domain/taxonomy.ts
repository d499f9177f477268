import { z } from 'zod';

/**
 * Taxonomies are data (templates/taxonomies/*.json), not code: boards revise them and reviews
 * must keep showing the terms they were tagged with. This zod schema is the single source of
 * truth; `templates/taxonomies/taxonomy.schema.json` is derived from it (z.toJSONSchema) and a
 * test keeps the two in step, so editors that understand JSON Schema get the same rules.
 */

/** Lower-case slug: stable ids survive renaming a term's label. */
export const taxonomyIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const tagDirections = ['supports', 'hinders'] as const;
export type TagDirection = (typeof tagDirections)[number];
export const tagDirectionSchema = z.enum(tagDirections);

/**
 * Where one term's wording comes from, written for reviewers (no internal names). `checked` is
 * true only when the wording was compared with the publication itself or a faithful copy of it;
 * `comment` says what could not be checked and why.
 */
export interface TermSource {
  readonly document: string;
  readonly year: string;
  /** Page, section, chapter or appendix, e.g. "Appendix 6" or "executive summary, p. 15". */
  readonly location?: string;
  readonly checked: boolean;
  readonly comment?: string;
}

export const termSourceSchema: z.ZodType<TermSource> = z
  .object({
    document: z.string().trim().min(1, 'must name the publication'),
    year: z.string().regex(/^\d{4}(?:[–-]\d{2,4})?$/, 'must be a year such as "2020" or "2022–23"'),
    location: z.string().trim().min(1).optional(),
    checked: z.boolean(),
    comment: z.string().trim().min(1).optional(),
  })
  .strict();

export interface TaxonomyTerm {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  /** Where the wording comes from; shipped taxonomies give it for every term. */
  readonly source?: TermSource;
  /** False for grouping headings that structure the list but are not tags themselves. */
  readonly codable?: boolean;
  /** #RRGGBB, carried to and from REFI-QDA codebooks. */
  readonly color?: string;
  readonly terms?: readonly TaxonomyTerm[];
}

export const taxonomyTermSchema: z.ZodType<TaxonomyTerm> = z.lazy(() =>
  z
    .object({
      id: z.string().regex(taxonomyIdPattern, 'must be a lower-case slug such as "critical-thinking"'),
      label: z.string().trim().min(1, 'must not be empty'),
      description: z.string().optional(),
      source: termSourceSchema.optional(),
      codable: z.boolean().optional(),
      color: z
        .string()
        .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #1F77B4')
        .optional(),
      terms: z.array(taxonomyTermSchema).optional(),
    })
    .strict(),
);

export const taxonomySourceSchema = z
  .object({
    citation: z.string().trim().min(1, 'must name where the list comes from'),
    url: z.string().optional(),
    year: z.string().optional(),
  })
  .strict();

export const taxonomySchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(taxonomyIdPattern, 'must be a lower-case slug such as "scie-learning-together"'),
    title: z.string().trim().min(1, 'must not be empty'),
    version: z.string().trim().min(1, 'must not be empty'),
    source: taxonomySourceSchema,
    /**
     * True when at least one term's wording could not be compared with the publication; `note`
     * then tells the reviewer which terms and why, in words they can act on.
     */
    unverified: z.boolean().optional(),
    note: z.string().optional(),
    /** True when every tag must say whether the pattern supports or hinders safe practice. */
    requiresDirection: z.boolean(),
    directionLabels: z
      .object({ supports: z.string().min(1), hinders: z.string().min(1) })
      .strict()
      .optional(),
    terms: z.array(taxonomyTermSchema).min(1, 'must list at least one term'),
  })
  .strict();

export type Taxonomy = z.output<typeof taxonomySchema>;

/** A term with its place in the hierarchy, for pickers and matrices. */
export interface FlatTerm {
  readonly taxonomyId: string;
  readonly termId: string;
  readonly label: string;
  readonly description?: string;
  readonly codable: boolean;
  readonly depth: number;
  readonly path: readonly string[];
}

export function flattenTerms(taxonomy: Pick<Taxonomy, 'id' | 'terms'>): readonly FlatTerm[] {
  const out: FlatTerm[] = [];
  const walk = (terms: readonly TaxonomyTerm[], depth: number, path: readonly string[]): void => {
    for (const term of terms) {
      const termPath = [...path, term.label];
      out.push({
        taxonomyId: taxonomy.id,
        termId: term.id,
        label: term.label,
        ...(term.description === undefined ? {} : { description: term.description }),
        codable: term.codable !== false,
        depth,
        path: termPath,
      });
      if (term.terms) walk(term.terms, depth + 1, termPath);
    }
  };
  walk(taxonomy.terms, 0, []);
  return out;
}

export function findTerm(taxonomy: Pick<Taxonomy, 'id' | 'terms'>, termId: string): FlatTerm | undefined {
  return flattenTerms(taxonomy).find((term) => term.termId === termId);
}

/** What the UI lists: the taxonomy without its term tree, plus where it came from. */
export interface TaxonomySummary {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly citation: string;
  readonly requiresDirection: boolean;
  readonly unverified: boolean;
  /** What could not be checked against the source and why (shown beside the citation). */
  readonly note?: string;
  readonly termCount: number;
  readonly origin: 'built-in' | 'user' | 'pinned';
}

/** A taxonomy version copied into a review file, so the review keeps its terms for ever. */
export interface PinnedTaxonomy {
  readonly taxonomy: Taxonomy;
  readonly pinnedAt: string;
}
