import { z } from 'zod';
import { CasewrightError, type Problem } from '../../shared/errors';
import { taxonomySchema, type Taxonomy, type TaxonomyTerm } from '../../shared/domain/taxonomy';

/** JSON path in the `$.terms[2].id` form a reviewer can find in any editor. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

function duplicateIdProblems(taxonomy: Taxonomy, file: string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const walk = (terms: readonly TaxonomyTerm[], base: string): void => {
    terms.forEach((term, index) => {
      const here = `${base}[${index}]`;
      const earlier = seen.get(term.id);
      if (earlier !== undefined) {
        problems.push({ file, field: `${here}.id`, reason: `term id "${term.id}" is already used at ${earlier}` });
      } else {
        seen.set(term.id, `${here}.id`);
      }
      if (term.terms) walk(term.terms, `${here}.terms`);
    });
  };
  walk(taxonomy.terms, '$.terms');
  return problems;
}

/**
 * Checks a parsed taxonomy document. Every problem names the file and the JSON path, because
 * boards edit these files by hand and need to find the line that is wrong.
 */
export function validateTaxonomy(value: unknown, file: string): Taxonomy {
  const parsed = taxonomySchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): Problem => ({
      file,
      field: jsonPath(issue.path),
      reason: issue.message,
    }));
    throw new CasewrightError('validation', `${file} is not a valid taxonomy: ${describe(problems)}`, { problems });
  }
  const duplicates = duplicateIdProblems(parsed.data, file);
  if (duplicates.length > 0) {
    throw new CasewrightError('validation', `${file} is not a valid taxonomy: ${describe(duplicates)}`, {
      problems: duplicates,
    });
  }
  return parsed.data;
}

/** Parses JSON text and validates it; a syntax error is reported with the file name too. */
export function parseTaxonomyJson(text: string, file: string): Taxonomy {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not valid JSON';
    throw new CasewrightError('validation', `${file} is not valid JSON: ${reason}`, {
      problems: [{ file, field: '$', reason }],
    });
  }
  return validateTaxonomy(value, file);
}

function describe(problems: readonly Problem[]): string {
  const shown = problems.slice(0, 3).map((p) => `${p.field ?? '$'} ${p.reason}`);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** The JSON Schema published next to the data files, derived so it cannot drift from zod. */
export function taxonomyJsonSchema(): unknown {
  return z.toJSONSchema(taxonomySchema, { target: 'draft-2020-12', io: 'input' });
}
