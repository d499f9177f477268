import { z } from 'zod';
import { appCommand, appQuery, reviewCommand, reviewQuery } from './define';
import type { TermEquivalent } from '../domain/crosswalk';
import type { Taxonomy, TaxonomySummary } from '../domain/taxonomy';

/**
 * Taxonomies available to the app (built-in templates plus the user's own folder,
 * `<app home>/taxonomies/`) and the versions a review has pinned.
 */
const taxonomyId = z.string().trim().min(1);

/** A taxonomy as offered for tagging in one review: the pinned version if any, else the newest. */
export interface TaxonomyForReview {
  readonly taxonomy: Taxonomy;
  readonly pinned: boolean;
  /** Newer version available than the one pinned (offer an upgrade). */
  readonly newerVersion: string | null;
}

export const taxonomyApi = {
  'taxonomy.list': appQuery(() => z.object({})).returns<readonly TaxonomySummary[]>(),
  'taxonomy.get': appQuery(() => z.object({ id: taxonomyId, version: z.string().optional() })).returns<Taxonomy>(),
  /** Adds a taxonomy (.json) or REFI-QDA codebook (.qdc) to the user's taxonomy folder. */
  'taxonomy.import': appCommand(() =>
    z.object({ fileName: z.string().trim().min(1), text: z.string().min(1) }),
  ).returns<readonly TaxonomySummary[]>(),
  /** A REFI-QDA codebook (.qdc XML) holding the given taxonomies (newest versions). */
  'taxonomy.exportQdc': appQuery(() => z.object({ ids: z.array(taxonomyId).min(1) })).returns<{
    readonly xml: string;
  }>(),

  /**
   * For each taggable term of a taxonomy, the corresponding terms in other frameworks according to
   * the crosswalks (built in and the user's own); terms without any are left out.
   */
  'taxonomy.listEquivalents': appQuery(() => z.object({ id: taxonomyId })).returns<
    readonly { readonly termId: string; readonly equivalents: readonly TermEquivalent[] }[]
  >(),

  'taxonomy.listForReview': reviewQuery(() => z.object({})).returns<readonly TaxonomyForReview[]>(),
  /** Copies a version into the review; later tags from that taxonomy use it. */
  'taxonomy.pin': reviewCommand(() =>
    z.object({ id: taxonomyId, version: z.string().trim().min(1) }),
  ).returns<TaxonomySummary>(),
} as const;
