import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { CasewrightError } from '../../shared/errors';
import type { Taxonomy, TaxonomyTerm } from '../../shared/domain/taxonomy';
import { slugify, taxonomyGuid, termGuid } from './guid';
import { validateTaxonomy } from './validate';

/**
 * REFI-QDA codebook exchange (.qdc, namespace urn:QDA-XML:codebook:1.0). Each taxonomy becomes one
 * non-codable root Code holding its terms, so several taxonomies can share one codebook and a
 * qualitative tool shows them as separate groups. The root's description ends with a marker line
 * that carries the id and version back; term ids come back by recomputing the name-based GUIDs.
 */
const namespace = 'urn:QDA-XML:codebook:1.0';
const markerPattern = /\[casewright taxonomy id="([^"]+)" version="([^"]+)" requiresDirection="(true|false)"\]\s*$/;

function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 forbids these control characters; a codebook holding one will not open elsewhere.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function codeXml(taxonomyId: string, term: TaxonomyTerm, indent: string): string {
  const attrs = [
    `guid="${termGuid(taxonomyId, term.id)}"`,
    `name="${escapeXml(term.label)}"`,
    `isCodable="${term.codable === false ? 'false' : 'true'}"`,
    ...(term.color === undefined ? [] : [`color="${term.color.toUpperCase()}"`]),
  ].join(' ');
  const children = [
    ...(term.description === undefined ? [] : [`${indent}  <Description>${escapeXml(term.description)}</Description>`]),
    ...(term.terms ?? []).map((child) => codeXml(taxonomyId, child, `${indent}  `)),
  ];
  return children.length === 0
    ? `${indent}<Code ${attrs}/>`
    : `${indent}<Code ${attrs}>\n${children.join('\n')}\n${indent}</Code>`;
}

export function exportQdc(taxonomies: readonly Taxonomy[]): string {
  const roots = taxonomies.map((taxonomy) => {
    const description = `${taxonomy.source.citation}\n[casewright taxonomy id="${taxonomy.id}" version="${escapeXml(taxonomy.version)}" requiresDirection="${String(taxonomy.requiresDirection)}"]`;
    const children = [
      `      <Description>${escapeXml(description)}</Description>`,
      ...taxonomy.terms.map((term) => codeXml(taxonomy.id, term, '      ')),
    ].join('\n');
    return `    <Code guid="${taxonomyGuid(taxonomy.id)}" name="${escapeXml(taxonomy.title)}" isCodable="false">\n${children}\n    </Code>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="${namespace}" origin="Casewright">\n  <Codes>\n${roots.join('\n')}\n  </Codes>\n</CodeBook>\n`;
}

interface RawCode {
  readonly '@_guid'?: string;
  readonly '@_name'?: string;
  readonly '@_isCodable'?: string;
  readonly '@_color'?: string;
  readonly Description?: string;
  readonly Code?: readonly RawCode[];
}

const rawCodeSchema: z.ZodType<RawCode> = z.lazy(() =>
  z.object({
    '@_guid': z.string().optional(),
    '@_name': z.string().optional(),
    '@_isCodable': z.string().optional(),
    '@_color': z.string().optional(),
    Description: z.string().optional(),
    Code: z.array(rawCodeSchema).optional(),
  }),
);

const rawCodebookSchema = z.object({
  CodeBook: z.object({ Codes: z.object({ Code: z.array(rawCodeSchema).optional() }).optional() }),
});

export interface QdcImportOptions {
  /** The file name, for error messages and for naming a codebook that has no Casewright marker. */
  readonly file: string;
  /** Taxonomies already known: their term GUIDs map codes back to the original term ids. */
  readonly known: readonly Taxonomy[];
}

function termIdsByGuid(taxonomyId: string, known: readonly Taxonomy[]): Map<string, string> {
  const map = new Map<string, string>();
  const walk = (terms: readonly TaxonomyTerm[]): void => {
    for (const term of terms) {
      map.set(termGuid(taxonomyId, term.id), term.id);
      if (term.terms) walk(term.terms);
    }
  };
  for (const taxonomy of known.filter((t) => t.id === taxonomyId)) walk(taxonomy.terms);
  return map;
}

function convertCodes(
  codes: readonly RawCode[],
  taxonomyId: string,
  idsByGuid: Map<string, string>,
  used: Set<string>,
): TaxonomyTerm[] {
  return codes.map((code) => {
    const label = (code['@_name'] ?? '').trim();
    const guid = (code['@_guid'] ?? '').toUpperCase();
    let id = idsByGuid.get(guid) ?? slugify(label);
    for (let n = 2; used.has(id); n += 1) id = `${slugify(label)}-${n}`;
    used.add(id);
    const children = convertCodes(code.Code ?? [], taxonomyId, idsByGuid, used);
    const color = code['@_color'];
    return {
      id,
      label,
      ...(code.Description === undefined || code.Description.trim() === ''
        ? {}
        : { description: code.Description.trim() }),
      ...(code['@_isCodable'] === 'false' ? { codable: false } : {}),
      ...(color !== undefined && /^#[0-9A-Fa-f]{6}$/.test(color) ? { color: color.toUpperCase() } : {}),
      ...(children.length === 0 ? {} : { terms: children }),
    };
  });
}

function parseCodebook(xml: string, file: string): readonly RawCode[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
    isArray: (name) => name === 'Code',
  });
  let raw: unknown;
  try {
    raw = parser.parse(xml) as unknown;
  } catch (error) {
    throw new CasewrightError(
      'validation',
      `${file} is not readable XML: ${error instanceof Error ? error.message : 'parse error'}`,
    );
  }
  const checked = rawCodebookSchema.safeParse(raw);
  if (!checked.success) {
    throw new CasewrightError('validation', `${file} is not a REFI-QDA codebook (expected CodeBook/Codes/Code).`, {
      problems: [{ file, field: 'CodeBook', reason: 'missing CodeBook element' }],
    });
  }
  return checked.data.CodeBook.Codes?.Code ?? [];
}

/**
 * Reads a .qdc codebook into taxonomies. Roots written by Casewright become their taxonomy again;
 * a codebook from another tool becomes one taxonomy named after the file, version 1.
 */
export function importQdc(xml: string, options: QdcImportOptions): readonly Taxonomy[] {
  const roots = parseCodebook(xml, options.file);
  const marked = roots.filter((root) => markerPattern.test(root.Description ?? ''));
  if (marked.length > 0 && marked.length === roots.length) {
    return marked.map((root) => {
      const match = markerPattern.exec(root.Description ?? '');
      const [, id = '', version = '', direction = 'false'] = match ?? [];
      const citation = (root.Description ?? '').replace(markerPattern, '').trim();
      const taxonomy = {
        id,
        title: (root['@_name'] ?? id).trim(),
        version,
        source: { citation: citation === '' ? `Imported from ${options.file}` : citation },
        requiresDirection: direction === 'true',
        terms: convertCodes(root.Code ?? [], id, termIdsByGuid(id, options.known), new Set()),
      };
      return validateTaxonomy(taxonomy, options.file);
    });
  }
  const baseName = options.file.replace(/^.*[\\/]/, '').replace(/\.qdc$/i, '');
  const id = slugify(baseName);
  const taxonomy = {
    id,
    title: baseName,
    version: '1',
    source: { citation: `REFI-QDA codebook ${baseName}.qdc` },
    requiresDirection: false,
    terms: convertCodes(roots, id, termIdsByGuid(id, options.known), new Set()),
  };
  return [validateTaxonomy(taxonomy, options.file)];
}
