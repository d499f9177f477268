import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CasewrightError } from '../../shared/errors';
import type { Taxonomy } from '../../shared/domain/taxonomy';
import { parseTaxonomyJson } from './validate';

export type TaxonomyOrigin = 'built-in' | 'user';

export interface LoadedTaxonomy {
  readonly taxonomy: Taxonomy;
  readonly origin: TaxonomyOrigin;
  readonly file: string;
}

const schemaFileName = 'taxonomy.schema.json';

/** Reads every *.json taxonomy in a folder (the schema file aside); a bad file stops the load. */
export function loadTaxonomyFolder(dir: string, origin: TaxonomyOrigin): readonly LoadedTaxonomy[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== schemaFileName)
    .sort()
    .map((name) => {
      const file = join(dir, name);
      try {
        return { taxonomy: parseTaxonomyJson(readFileSync(file, 'utf8'), file), origin, file };
      } catch (error) {
        // Say what to do: a hand-edited file in the user's folder would otherwise block all tagging.
        if (error instanceof CasewrightError && origin === 'user') {
          throw new CasewrightError(error.code, `${error.message} Fix or remove ${file}.`, error.details);
        }
        throw error;
      }
    });
}

/** Where a user's own taxonomies live: `<app home>/taxonomies/`. */
export function userTaxonomyDir(appHome: string): string {
  return join(appHome, 'taxonomies');
}

export function builtInTaxonomyDir(templatesDir: string): string {
  return join(templatesDir, 'taxonomies');
}

/**
 * Built-in and user taxonomies together. A user file with the same id and version as a built-in
 * one replaces it (a board may correct wording); different versions sit side by side.
 */
export function loadAvailableTaxonomies(templatesDir: string, appHome: string): readonly LoadedTaxonomy[] {
  const byKey = new Map<string, LoadedTaxonomy>();
  for (const loaded of [
    ...loadTaxonomyFolder(builtInTaxonomyDir(templatesDir), 'built-in'),
    ...loadTaxonomyFolder(userTaxonomyDir(appHome), 'user'),
  ]) {
    byKey.set(`${loaded.taxonomy.id}@${loaded.taxonomy.version}`, loaded);
  }
  return [...byKey.values()].sort(
    (a, b) => a.taxonomy.id.localeCompare(b.taxonomy.id) || compareVersions(a.taxonomy.version, b.taxonomy.version),
  );
}

/** Numeric-aware comparison so "2023.10" sorts after "2023.9". */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The newest available version of each taxonomy id. */
export function latestVersions(all: readonly LoadedTaxonomy[]): readonly LoadedTaxonomy[] {
  const latest = new Map<string, LoadedTaxonomy>();
  for (const loaded of all) {
    const current = latest.get(loaded.taxonomy.id);
    if (!current || compareVersions(loaded.taxonomy.version, current.taxonomy.version) > 0) {
      latest.set(loaded.taxonomy.id, loaded);
    }
  }
  return [...latest.values()];
}

export function requireTaxonomy(all: readonly LoadedTaxonomy[], id: string, version?: string): LoadedTaxonomy {
  const candidates = all.filter(
    (l) => l.taxonomy.id === id && (version === undefined || l.taxonomy.version === version),
  );
  const found = latestVersions(candidates)[0];
  if (!found) {
    throw new CasewrightError(
      'not-found',
      version === undefined ? `No taxonomy with id "${id}".` : `No taxonomy "${id}" at version ${version}.`,
    );
  }
  return found;
}
