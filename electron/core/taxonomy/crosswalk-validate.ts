import { z } from 'zod';
import { CasewrightError, type Problem } from '../../shared/errors';
import { crosswalkSchema, type Crosswalk } from '../../shared/domain/crosswalk';
import { flattenTerms, type Taxonomy } from '../../shared/domain/taxonomy';
import { jsonPath } from './validate';

/**
 * Checks one crosswalk file: its shape (zod), then its meaning against the two taxonomy versions
 * it names. Every term it mentions must exist and be taggable in its framework, and every taggable
 * term of both frameworks must be either mapped or listed as unmapped, so a board never loses a
 * theme from a combined count because someone forgot it. Problems name the file and JSON path.
 */
export function validateCrosswalk(
  value: unknown,
  file: string,
  findTaxonomy: (id: string, version: string) => Taxonomy | undefined,
): Crosswalk {
  const parsed = crosswalkSchema.safeParse(value);
  if (!parsed.success) {
    fail(
      file,
      parsed.error.issues.map((issue) => ({ file, field: jsonPath(issue.path), reason: issue.message })),
    );
  }
  const crosswalk = parsed.data;
  const problems: Problem[] = [];
  const expectedId = `${crosswalk.from.taxonomy}--${crosswalk.to.taxonomy}`;
  if (crosswalk.id !== expectedId) {
    problems.push({ file, field: '$.id', reason: `must be "${expectedId}" (the two taxonomy ids it maps)` });
  }
  if (crosswalk.from.taxonomy === crosswalk.to.taxonomy) {
    problems.push({ file, field: '$.to.taxonomy', reason: 'must be a different taxonomy from $.from.taxonomy' });
  }
  const from = findTaxonomy(crosswalk.from.taxonomy, crosswalk.from.version);
  const to = findTaxonomy(crosswalk.to.taxonomy, crosswalk.to.version);
  if (!from)
    problems.push({
      file,
      field: '$.from',
      reason: `taxonomy "${crosswalk.from.taxonomy}" version ${crosswalk.from.version} is not available`,
    });
  if (!to)
    problems.push({
      file,
      field: '$.to',
      reason: `taxonomy "${crosswalk.to.taxonomy}" version ${crosswalk.to.version} is not available`,
    });
  if (from && to) problems.push(...termProblems(crosswalk, from, to, file));
  if (problems.length > 0) fail(file, problems);
  return crosswalk;
}

function taggableIds(taxonomy: Taxonomy): Set<string> {
  return new Set(
    flattenTerms(taxonomy)
      .filter((t) => t.codable)
      .map((t) => t.termId),
  );
}

function termProblems(crosswalk: Crosswalk, from: Taxonomy, to: Taxonomy, file: string): Problem[] {
  const problems: Problem[] = [];
  const sides = [
    { key: 'from' as const, taxonomy: from, ids: taggableIds(from) },
    { key: 'to' as const, taxonomy: to, ids: taggableIds(to) },
  ];
  const seenPairs = new Set<string>();
  crosswalk.mappings.forEach((mapping, index) => {
    for (const side of sides) {
      if (!side.ids.has(mapping[side.key])) {
        problems.push({
          file,
          field: `$.mappings[${index}].${side.key}`,
          reason: `"${mapping[side.key]}" is not a taggable term of ${side.taxonomy.title} ${side.taxonomy.version}`,
        });
      }
    }
    const pair = `${mapping.from}→${mapping.to}`;
    if (seenPairs.has(pair))
      problems.push({ file, field: `$.mappings[${index}]`, reason: `maps ${pair} a second time` });
    seenPairs.add(pair);
  });
  for (const side of sides) {
    const mapped = new Set(crosswalk.mappings.map((m) => m[side.key]));
    const unmapped = crosswalk.unmapped[side.key];
    const listed = new Set<string>();
    unmapped.forEach((termId, index) => {
      const field = `$.unmapped.${side.key}[${index}]`;
      if (!side.ids.has(termId))
        problems.push({
          file,
          field,
          reason: `"${termId}" is not a taggable term of ${side.taxonomy.title} ${side.taxonomy.version}`,
        });
      if (mapped.has(termId))
        problems.push({ file, field, reason: `"${termId}" is listed as unmapped but is mapped above` });
      if (listed.has(termId)) problems.push({ file, field, reason: `"${termId}" is listed twice` });
      listed.add(termId);
    });
    const missing = [...side.ids].filter((id) => !mapped.has(id) && !listed.has(id));
    if (missing.length > 0) {
      problems.push({
        file,
        field: `$.unmapped.${side.key}`,
        reason: `every term of ${side.taxonomy.title} must be mapped or listed as unmapped; missing: ${missing.join(', ')}`,
      });
    }
  }
  return problems;
}

/** Parses JSON text and validates it; a syntax error is reported with the file name too. */
export function parseCrosswalkJson(
  text: string,
  file: string,
  findTaxonomy: (id: string, version: string) => Taxonomy | undefined,
): Crosswalk {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not valid JSON';
    fail(file, [{ file, field: '$', reason }]);
  }
  return validateCrosswalk(value, file, findTaxonomy);
}

function fail(file: string, problems: readonly Problem[]): never {
  const shown = problems.slice(0, 3).map((p) => `${p.field ?? '$'} ${p.reason}`);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  throw new CasewrightError('validation', `${file} is not a valid crosswalk: ${shown.join('; ')}${more}`, { problems });
}

/** The JSON Schema published next to the crosswalk files, derived so it cannot drift from zod. */
export function crosswalkJsonSchema(): unknown {
  return z.toJSONSchema(crosswalkSchema, { target: 'draft-2020-12', io: 'input' });
}
