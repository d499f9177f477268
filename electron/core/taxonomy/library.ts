import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import { flattenTerms, type Taxonomy, type TaxonomySummary, type TaxonomyTerm } from '../../shared/domain/taxonomy';
import { latestVersions, loadAvailableTaxonomies, requireTaxonomy, userTaxonomyDir, type LoadedTaxonomy } from './load';
import { crosswalkIndex, loadAvailableCrosswalks, type CrosswalkIndex, type LoadedCrosswalk } from './crosswalks';
import { exportQdc, importQdc } from './refi-qda';
import { parseTaxonomyJson } from './validate';

/** Where the app finds taxonomies: the shipped templates and the user's own folder. */
export interface TaxonomyPlaces {
  readonly templatesDir: string;
  readonly home: string;
}

export function summarise(taxonomy: Taxonomy, origin: TaxonomySummary['origin']): TaxonomySummary {
  return {
    id: taxonomy.id,
    title: taxonomy.title,
    version: taxonomy.version,
    citation: taxonomy.source.citation,
    requiresDirection: taxonomy.requiresDirection,
    unverified: taxonomy.unverified === true,
    ...(taxonomy.note === undefined ? {} : { note: taxonomy.note }),
    termCount: flattenTerms(taxonomy).filter((t) => t.codable).length,
    origin,
  };
}

export function availableTaxonomies(places: TaxonomyPlaces): readonly LoadedTaxonomy[] {
  return loadAvailableTaxonomies(places.templatesDir, places.home);
}

/** Built-in and user crosswalks, each validated against the taxonomy versions it names. */
export function availableCrosswalks(places: TaxonomyPlaces): readonly LoadedCrosswalk[] {
  return loadAvailableCrosswalks(places.templatesDir, places.home, availableTaxonomies(places));
}

/** What boards ask: `crosswalksFor(places).equivalentTerms(taxonomyId, termId)`. */
export function crosswalksFor(places: TaxonomyPlaces): CrosswalkIndex {
  return crosswalkIndex(availableCrosswalks(places));
}

export function listTaxonomySummaries(places: TaxonomyPlaces): readonly TaxonomySummary[] {
  return availableTaxonomies(places).map((l) => summarise(l.taxonomy, l.origin));
}

export function getTaxonomy(places: TaxonomyPlaces, id: string, version?: string): Taxonomy {
  return requireTaxonomy(availableTaxonomies(places), id, version).taxonomy;
}

/**
 * Adds taxonomies from a .json taxonomy file or a .qdc codebook to `<home>/taxonomies/`, one file
 * per version (`<id>@<version>.json`) so a board's new version sits beside the old one and
 * reviews that pinned the old one are unaffected. Importing the identical file again is a no-op;
 * a different file claiming an existing id and version is refused (bump the version).
 */
export function importTaxonomyText(places: TaxonomyPlaces, fileName: string, text: string): readonly TaxonomySummary[] {
  const name = basename(fileName);
  const lower = name.toLowerCase();
  let taxonomies: readonly Taxonomy[];
  if (lower.endsWith('.qdc')) {
    taxonomies = importQdc(text, { file: name, known: availableTaxonomies(places).map((l) => l.taxonomy) });
  } else if (lower.endsWith('.json')) {
    taxonomies = [parseTaxonomyJson(text, name)];
  } else {
    throw new CasewrightError('validation', `${name}: a taxonomy file ends in .json, or .qdc for a REFI-QDA codebook.`);
  }
  const available = availableTaxonomies(places);
  const dir = userTaxonomyDir(places.home);
  mkdirSync(dir, { recursive: true });
  for (const taxonomy of taxonomies) {
    const clash = available.find((l) => l.taxonomy.id === taxonomy.id && l.taxonomy.version === taxonomy.version);
    if (clash && !sameContent(clash.taxonomy, taxonomy)) {
      throw new CasewrightError(
        'conflict',
        `${name}: taxonomy "${taxonomy.id}" version ${taxonomy.version} already exists (${clash.origin === 'built-in' ? 'built in' : clash.file}) with different terms. Give the new file a new version.`,
      );
    }
  }
  for (const taxonomy of taxonomies) {
    // Already available with the same terms (e.g. a codebook exported from here): nothing to add.
    if (available.some((l) => l.taxonomy.id === taxonomy.id && l.taxonomy.version === taxonomy.version)) continue;
    const target = join(dir, `${taxonomy.id}@${taxonomy.version.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
    if (!existsSync(target) || readFileSync(target, 'utf8') !== serialise(taxonomy))
      writeFileSync(target, serialise(taxonomy));
  }
  return taxonomies.map((t) => summarise(t, 'user'));
}

export function exportTaxonomiesQdc(places: TaxonomyPlaces, ids: readonly string[]): string {
  const latest = latestVersions(availableTaxonomies(places));
  return exportQdc(
    ids.map((id) => {
      const found = latest.find((l) => l.taxonomy.id === id);
      if (!found)
        throw new CasewrightError(
          'not-found',
          `No taxonomy with id "${id}". Run "casewright taxonomy list" to see the ids.`,
        );
      return found.taxonomy;
    }),
  );
}

function serialise(taxonomy: Taxonomy): string {
  const { $schema: _ignored, ...rest } = taxonomy;
  return `${JSON.stringify(rest, null, 2)}\n`;
}

/**
 * What matters for tagging: the terms (ids, labels, descriptions, hierarchy) and whether tags need
 * a direction. Metadata a codebook cannot carry (notes, direction labels, each term's source) does
 * not count, so a codebook exported from here imports back as the same version.
 */
function sameContent(a: Taxonomy, b: Taxonomy): boolean {
  return (
    a.requiresDirection === b.requiresDirection &&
    JSON.stringify(taggingShape(a.terms)) === JSON.stringify(taggingShape(b.terms))
  );
}

function taggingShape(terms: readonly TaxonomyTerm[]): unknown[] {
  return terms.map((t) => [
    t.id,
    t.label,
    t.description ?? '',
    t.codable !== false,
    t.color ?? '',
    taggingShape(t.terms ?? []),
  ]);
}
