import { crosswalkJsonSchema } from './crosswalk-validate';
import { taxonomyJsonSchema } from './validate';

/** A generated JSON Schema as the file the templates ship: titled and described, then the schema itself. */
function schemaFileText(schema: unknown, title: string, description: string): string {
  const withTitle = typeof schema === 'object' && schema !== null ? { title, description, ...schema } : schema;
  return JSON.stringify(withTitle, null, 2) + '\n';
}

/** The exact text of templates/taxonomies/taxonomy.schema.json. */
export function taxonomySchemaFileText(): string {
  return schemaFileText(
    taxonomyJsonSchema(),
    'Casewright taxonomy',
    'One taxonomy (a versioned, hierarchical list of terms) for tagging findings. Generated from electron/shared/domain/taxonomy.ts; do not edit by hand.',
  );
}

/** The exact text of templates/taxonomies/crosswalks/crosswalk.schema.json. */
export function crosswalkSchemaFileText(): string {
  return schemaFileText(
    crosswalkJsonSchema(),
    'Casewright crosswalk',
    'Maps the terms of one taxonomy version onto another (exact, broader, narrower, related), one file per pair. Generated from electron/shared/domain/crosswalk.ts; do not edit by hand.',
  );
}
