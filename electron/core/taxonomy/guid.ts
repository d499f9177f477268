import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (RFC 9562 version 5 layout) so the same taxonomy term gets the same GUID in
 * every export: NVivo, ATLAS.ti and QualCoder then recognise a re-imported codebook's codes
 * instead of duplicating them.
 */
const casewrightNamespace = 'casewright:taxonomy:';

function uuidFromName(name: string): string {
  const bytes = createHash('sha1')
    .update(casewrightNamespace + name, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}

export function taxonomyGuid(taxonomyId: string): string {
  return uuidFromName(taxonomyId);
}

export function termGuid(taxonomyId: string, termId: string): string {
  return uuidFromName(`${taxonomyId}/${termId}`);
}

/** Lower-case slug for ids made from names (codebooks from other tools carry no ids). */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'term' : slug.slice(0, 80).replace(/-+$/, '');
}
