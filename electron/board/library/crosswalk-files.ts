/**
 * Crosswalk files: JSON data mapping terms between two taxonomies. Read from the built-in
 * `templates/taxonomies/crosswalks/` and the user's `<home>/crosswalks/`; a file that does not
 * fit the shape is skipped (and named in `problems`), never half-read.
 *
 * Shape: { "id", "title", "mappings": [ { "from": { "taxonomy", "term" }, "to": { "taxonomy", "term" },
 * "relation": "exact" | "broader" | "narrower" | "related" } ] }
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { crosswalkRelations, type Crosswalk } from '../../shared/domain/board';

const termRef = z.object({ taxonomy: z.string().min(1), term: z.string().min(1) });
const crosswalkFileSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  mappings: z.array(z.object({ from: termRef, to: termRef, relation: z.enum(crosswalkRelations) })),
});

export function parseCrosswalk(json: unknown): Crosswalk {
  const file = crosswalkFileSchema.parse(json);
  return {
    id: file.id,
    title: file.title,
    mappings: file.mappings.map((m) => ({
      from: { taxonomyId: m.from.taxonomy, termId: m.from.term },
      to: { taxonomyId: m.to.taxonomy, termId: m.to.term },
      relation: m.relation,
    })),
  };
}

export function loadCrosswalks(dirs: readonly string[]): { crosswalks: readonly Crosswalk[]; problems: readonly string[] } {
  const crosswalks: Crosswalk[] = [];
  const problems: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
      try {
        crosswalks.push(parseCrosswalk(JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown));
      } catch (error) {
        problems.push(`${name}: not a crosswalk this version can read (${error instanceof Error ? error.message.slice(0, 200) : 'unknown problem'})`);
      }
    }
  }
  return { crosswalks, problems };
}

export function crosswalkDirs(templatesDir: string, home: string): readonly string[] {
  return [join(templatesDir, 'taxonomies', 'crosswalks'), join(home, 'crosswalks')];
}
