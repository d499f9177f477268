import { crosswalkJsonSchema } from './crosswalk-validate';
import { taxonomyJsonSchema } from './validate';

/** The exact text of templates/taxonomies/taxonomy.schema.json. */
export function taxonomySchemaFileText(): string {
  const schema = taxonomyJsonSchema();
  const withTitle =
    typeof schema === 'object' && schema !== null
      ? {
          title: 'Casewright taxonomy',
          description:
            'One taxonomy (a versioned, hierarchical list of terms) for tagging findings. Generated from electron/shared/domain/taxonomy.ts; do not edit by hand.',
          ...schema,
        }
      : schema;
  return JSON.stringify(withTitle, null, 2) + '\n';
}

/** The exact text of templates/taxonomies/crosswalks/crosswalk.schema.json. */
export function crosswalkSchemaFileText(): string {
  const schema = crosswalkJsonSchema();
  const withTitle =
    typeof schema === 'object' && schema !== null
      ? {
          title: 'Casewright crosswalk',
          description:
            'Maps the terms of one taxonomy version onto another (exact, broader, narrower, related), one file per pair. Generated from electron/shared/domain/crosswalk.ts; do not edit by hand.',
          ...schema,
        }
      : schema;
  return JSON.stringify(withTitle, null, 2) + '\n';
}
