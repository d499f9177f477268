/**
 * The first 100 bytes of a SQLite file say what it is without opening it with SQLite, so a scan
 * can refuse garbage, other databases and newer formats having read only the header.
 * Layout: https://www.sqlite.org/fileformat.html#the_database_header (all integers big-endian).
 */
export const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\u0000';

export type HeaderVerdict =
  | {
      readonly kind: 'sqlite';
      readonly applicationId: number;
      readonly userVersion: number;
      readonly expectedBytes: number | null;
      readonly wal: boolean;
    }
  | { readonly kind: 'not-sqlite' };

export function readHeader(header: Uint8Array): HeaderVerdict {
  if (header.length < HEADER_BYTES || Buffer.from(header.subarray(0, 16)).toString('latin1') !== MAGIC) {
    return { kind: 'not-sqlite' };
  }
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = view.getUint32(28);
  const changeCounter = view.getUint32(24);
  const validFor = view.getUint32(92);
  // The in-header page count is only trustworthy when written by the same change as the counter.
  const expectedBytes = pageCount > 0 && validFor === changeCounter ? pageCount * pageSize : null;
  return {
    kind: 'sqlite',
    applicationId: view.getUint32(68),
    userVersion: view.getUint32(60),
    expectedBytes,
    wal: header[18] === 2 || header[19] === 2,
  };
}

/**
 * A copy of the file to open in memory. Bytes 18–19 say "WAL"; SQLite refuses to deserialize a WAL
 * database, and the copy has no WAL beside it anyway, so the copy says "rollback journal".
 */
export function asRollbackImage(bytes: Buffer): Buffer {
  bytes[18] = 1;
  bytes[19] = 1;
  return bytes;
}
