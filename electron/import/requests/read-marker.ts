/**
 * Reads the hidden marker of a chronology request workbook: its custom document properties
 * (docProps/custom.xml). Only that one small part is inflated, so recognising a returned request
 * costs next to nothing before the sheets are read.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { REQUEST_MARKER_PROPERTIES, type RequestMarker } from '../../shared/domain/agency-request';

/** A custom-properties part larger than this is not ours (the marker is well under 2 KB). */
const MAX_PART_BYTES = 256 * 1024;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  processEntities: true,
  isArray: (name) => name === 'property',
});

function properties(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  const tree = parser.parse(xml) as { Properties?: { property?: Record<string, unknown>[] } };
  for (const property of tree.Properties?.property ?? []) {
    const name = property['@name'];
    const value = property.lpwstr ?? property.bstr;
    if (typeof name === 'string' && (typeof value === 'string' || typeof value === 'number'))
      found.set(name, String(value));
  }
  return found;
}

/** The marker, or null when the workbook has none (any other spreadsheet). Throws only on a damaged zip. */
export function readRequestMarker(bytes: Uint8Array): RequestMarker | null {
  let part: Uint8Array | undefined;
  try {
    part = unzipSync(bytes, {
      filter: (file) => file.name === 'docProps/custom.xml' && file.originalSize <= MAX_PART_BYTES,
    })['docProps/custom.xml'];
  } catch {
    return null;
  }
  if (part === undefined || part.length > MAX_PART_BYTES) return null;
  let found: Map<string, string>;
  try {
    found = properties(strFromU8(part));
  } catch {
    return null;
  }
  const templateId = found.get(REQUEST_MARKER_PROPERTIES.templateId);
  if (templateId === undefined) return null;
  const version = Number(found.get(REQUEST_MARKER_PROPERTIES.templateVersion) ?? '');
  return {
    templateId,
    templateVersion: Number.isInteger(version) ? version : 0,
    reviewId: found.get(REQUEST_MARKER_PROPERTIES.reviewId) ?? '',
    reviewTitle: found.get(REQUEST_MARKER_PROPERTIES.reviewTitle) ?? '',
    requestId: found.get(REQUEST_MARKER_PROPERTIES.requestId) ?? '',
    agency: found.get(REQUEST_MARKER_PROPERTIES.agency) ?? '',
  };
}
