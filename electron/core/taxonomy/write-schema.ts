/**
 * Rewrites templates/taxonomies/taxonomy.schema.json and crosswalks/crosswalk.schema.json from the
 * zod schemas. Run: npx tsx electron/core/taxonomy/write-schema.ts (a unit test fails when stale).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crosswalkSchemaFileText, taxonomySchemaFileText } from './schema-file';

for (const [relative, text] of [
  ['../../../templates/taxonomies/taxonomy.schema.json', taxonomySchemaFileText()],
  ['../../../templates/taxonomies/crosswalks/crosswalk.schema.json', crosswalkSchemaFileText()],
] as const) {
  const target = fileURLToPath(new URL(relative, import.meta.url));
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
