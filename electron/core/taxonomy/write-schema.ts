/**
 * Rewrites templates/taxonomies/taxonomy.schema.json from the zod schema.
 * Run: npx tsx electron/core/taxonomy/write-schema.ts (a unit test fails when it is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { taxonomySchemaFileText } from './schema-file';

const target = fileURLToPath(new URL('../../../templates/taxonomies/taxonomy.schema.json', import.meta.url));
writeFileSync(target, taxonomySchemaFileText());
console.log(`wrote ${target}`);
