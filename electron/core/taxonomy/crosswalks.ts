import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import {
  inverseRelation,
  type Crosswalk,
  type CrosswalkRelation,
  type TermEquivalent,
} from '../../shared/domain/crosswalk';
import { findTerm } from '../../shared/domain/taxonomy';
import type { LoadedTaxonomy, TaxonomyOrigin } from './load';
import { parseCrosswalkJson } from './crosswalk-validate';

/**
 * Crosswalks between taxonomies, and the question other code asks of them: "which terms in other
 * frameworks correspond to this one?". Boards use it to count a theme across reviews tagged with
 * different frameworks; every answer says whether the correspondence is exact or approximate.
 *
 *   const index = crosswalkIndex(loadAvailableCrosswalks(templatesDir, home, taxonomies));
 *   index.equivalentTerms('national-panel-themes-2020', 'critical-thinking-challenge');
 *   // → [{ taxonomyId: 'national-panel-themes-2022-23', termId: 'leadership-professional-curiosity',
 *   //      relation: 'related', approximate: true, … }]
 *
 * Only direct mappings are followed (one crosswalk, one step): chaining approximate mappings
 * drifts in meaning, so a caller that wants more hops must ask again and decide for itself.
 */

export interface LoadedCrosswalk {
  readonly crosswalk: Crosswalk;
  readonly origin: TaxonomyOrigin;
  readonly file: string;
  /** Labels of the mapped terms, from the taxonomy versions the crosswalk names. */
  readonly labels: ReadonlyMap<string, string>;
}

export interface EquivalentTermsOptions {
  /** Leave out broader, narrower and related matches. */
  readonly exactOnly?: boolean;
}

export interface CrosswalkIndex {
  readonly crosswalks: readonly LoadedCrosswalk[];
  /** Terms in other frameworks that correspond to `termId` of `taxonomyId`, exact matches first. */
  equivalentTerms(taxonomyId: string, termId: string, options?: EquivalentTermsOptions): readonly TermEquivalent[];
}

const schemaFileName = 'crosswalk.schema.json';

export function builtInCrosswalkDir(templatesDir: string): string {
  return join(templatesDir, 'taxonomies', 'crosswalks');
}

export function userCrosswalkDir(appHome: string): string {
  return join(appHome, 'taxonomies', 'crosswalks');
}

/** Reads and validates every crosswalk in a folder against the taxonomies available; a bad file stops the load. */
export function loadCrosswalkFolder(
  dir: string,
  origin: TaxonomyOrigin,
  taxonomies: readonly LoadedTaxonomy[],
): readonly LoadedCrosswalk[] {
  if (!existsSync(dir)) return [];
  const find = (id: string, version: string) =>
    taxonomies.find((l) => l.taxonomy.id === id && l.taxonomy.version === version)?.taxonomy;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== schemaFileName)
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const crosswalk = parseCrosswalkJson(readFileSync(file, 'utf8'), file, find);
      if (name !== `${crosswalk.id}.json`) {
        throw new CasewrightError(
          'validation',
          `${file} is not a valid crosswalk: its file name must be ${crosswalk.id}.json`,
          {
            problems: [{ file, field: '$.id', reason: `the file is named ${name}` }],
          },
        );
      }
      const labels = new Map<string, string>();
      for (const side of [crosswalk.from, crosswalk.to]) {
        const taxonomy = find(side.taxonomy, side.version)!;
        const ids = new Set(crosswalk.mappings.flatMap((m) => (side === crosswalk.from ? [m.from] : [m.to])));
        for (const termId of ids) labels.set(`${side.taxonomy}/${termId}`, findTerm(taxonomy, termId)?.label ?? termId);
      }
      return { crosswalk, origin, file, labels };
    });
}

/**
 * Built-in crosswalks and the user's own (`<app home>/taxonomies/crosswalks/`). A user file with
 * the same id and version as a built-in one replaces it; otherwise the newest version of each
 * crosswalk id is used.
 */
export function loadAvailableCrosswalks(
  templatesDir: string,
  appHome: string,
  taxonomies: readonly LoadedTaxonomy[],
): readonly LoadedCrosswalk[] {
  const byId = new Map<string, LoadedCrosswalk>();
  for (const loaded of [
    ...loadCrosswalkFolder(builtInCrosswalkDir(templatesDir), 'built-in', taxonomies),
    ...loadCrosswalkFolder(userCrosswalkDir(appHome), 'user', taxonomies),
  ]) {
    const current = byId.get(loaded.crosswalk.id);
    const newer =
      !current || loaded.crosswalk.version.localeCompare(current.crosswalk.version, 'en', { numeric: true }) >= 0;
    if (newer) byId.set(loaded.crosswalk.id, loaded);
  }
  return [...byId.values()].sort((a, b) => a.crosswalk.id.localeCompare(b.crosswalk.id));
}

const relationOrder: Record<CrosswalkRelation, number> = { exact: 0, narrower: 1, broader: 2, related: 3 };

/** Equivalent terms from a set of crosswalks, read in both directions. */
export function equivalentTerms(
  crosswalks: readonly LoadedCrosswalk[],
  taxonomyId: string,
  termId: string,
  options: EquivalentTermsOptions = {},
): readonly TermEquivalent[] {
  const out: TermEquivalent[] = [];
  for (const loaded of crosswalks) {
    const { crosswalk } = loaded;
    for (const mapping of crosswalk.mappings) {
      const forward = crosswalk.from.taxonomy === taxonomyId && mapping.from === termId;
      const backward = crosswalk.to.taxonomy === taxonomyId && mapping.to === termId;
      if (!forward && !backward) continue;
      const other = forward
        ? { taxonomyId: crosswalk.to.taxonomy, termId: mapping.to }
        : { taxonomyId: crosswalk.from.taxonomy, termId: mapping.from };
      const relation = forward ? mapping.relation : inverseRelation(mapping.relation);
      if (options.exactOnly === true && relation !== 'exact') continue;
      out.push({
        ...other,
        label: loaded.labels.get(`${other.taxonomyId}/${other.termId}`) ?? other.termId,
        relation,
        approximate: relation !== 'exact',
        ...(mapping.note === undefined ? {} : { note: mapping.note }),
        crosswalkId: crosswalk.id,
      });
    }
  }
  return out.sort(
    (a, b) =>
      relationOrder[a.relation] - relationOrder[b.relation] ||
      a.taxonomyId.localeCompare(b.taxonomyId) ||
      a.termId.localeCompare(b.termId),
  );
}

export function crosswalkIndex(crosswalks: readonly LoadedCrosswalk[]): CrosswalkIndex {
  return {
    crosswalks,
    equivalentTerms: (taxonomyId, termId, options) => equivalentTerms(crosswalks, taxonomyId, termId, options),
  };
}
