/**
 * A copy of a review file holding only the pages the digest reads: the schema, the tables it
 * queries and their indexes. The chronology (most of a review file) is left out, so a scan reads
 * a fraction of each file, which matters most on a shared drive. The pages left out stay zero,
 * and SQLite never visits them for the digest's queries.
 *
 * The b-tree layout is SQLite's file format (https://www.sqlite.org/fileformat.html, sections
 * 1.3–1.6 and 2.1): page headers, cell layouts, the payload split between a page and its
 * overflow chain. Anything unexpected throws, and the caller reads the whole file instead.
 */
import { readSync } from 'node:fs';

export class SparseImageError extends Error {}

interface Geometry {
  readonly pageSize: number;
  readonly usable: number;
  readonly pageCount: number;
}

function varint(bytes: Buffer, at: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 8; i += 1) {
    const byte = bytes[at + i];
    if (byte === undefined) throw new SparseImageError('varint past the page');
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return { value, next: at + i + 1 };
  }
  const last = bytes[at + 8];
  if (last === undefined) throw new SparseImageError('varint past the page');
  return { value: value * 256 + last, next: at + 9 };
}

class PageReader {
  private readonly loaded = new Set<number>();
  constructor(
    private readonly fd: number,
    readonly image: Buffer,
    readonly geometry: Geometry,
  ) {}

  page(number: number): Buffer {
    const { pageSize, pageCount } = this.geometry;
    if (!Number.isInteger(number) || number < 1 || number > pageCount)
      throw new SparseImageError(`page ${number} out of range`);
    const start = (number - 1) * pageSize;
    const page = this.image.subarray(start, start + pageSize);
    if (!this.loaded.has(number)) {
      if (readSync(this.fd, page, 0, pageSize, start) !== pageSize) throw new SparseImageError('short read');
      this.loaded.add(number);
    }
    return page;
  }

  /** Loads an overflow chain; returns the payload bytes it holds when `collect` is given. */
  overflow(first: number, remaining: number, collect: Buffer[] | null): void {
    const seen = new Set<number>();
    let next = first;
    while (next !== 0 && remaining > 0) {
      if (seen.has(next)) throw new SparseImageError('overflow loop');
      seen.add(next);
      const page = this.page(next);
      const take = Math.min(remaining, this.geometry.usable - 4);
      collect?.push(page.subarray(4, 4 + take));
      remaining -= take;
      next = page.readUInt32BE(0);
    }
    if (remaining > 0) throw new SparseImageError('overflow chain ends early');
  }
}

/** How much of a payload of `size` bytes sits on the page (file format 1.6). */
function localBytes(size: number, usable: number, leafTable: boolean): number {
  const maxLocal = leafTable ? usable - 35 : Math.floor(((usable - 12) * 64) / 255) - 23;
  if (size <= maxLocal) return size;
  const minLocal = Math.floor(((usable - 12) * 32) / 255) - 23;
  const k = minLocal + ((size - minLocal) % (usable - 4));
  return k <= maxLocal ? k : minLocal;
}

/** Visits every page of the b-tree at `root`; `onPayload` receives each leaf table row's whole payload. */
function walkTree(reader: PageReader, root: number, onPayload: ((payload: Buffer) => void) | null): void {
  const pending = [root];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const number = pending.pop()!;
    if (seen.has(number)) throw new SparseImageError('b-tree loop');
    seen.add(number);
    const page = reader.page(number);
    const base = number === 1 ? 100 : 0;
    const type = page[base];
    const cells = page.readUInt16BE(base + 3);
    const interior = type === 0x02 || type === 0x05;
    if (!interior && type !== 0x0a && type !== 0x0d) throw new SparseImageError(`page ${number} is not a b-tree page`);
    if (interior) pending.push(page.readUInt32BE(base + 8));
    const pointers = base + (interior ? 12 : 8);
    for (let i = 0; i < cells; i += 1) {
      let at = page.readUInt16BE(pointers + 2 * i);
      if (interior) {
        pending.push(page.readUInt32BE(at));
        at += 4;
        if (type === 0x05) continue; // interior table cell: child and rowid only
      }
      const size = varint(page, at);
      at = size.next;
      if (type === 0x0d) at = varint(page, at).next; // rowid
      const local = localBytes(size.value, reader.geometry.usable, type === 0x0d);
      if (at + local > page.length) throw new SparseImageError('cell past the page');
      const parts: Buffer[] | null = onPayload !== null && type === 0x0d ? [page.subarray(at, at + local)] : null;
      if (local < size.value) reader.overflow(page.readUInt32BE(at + local), size.value - local, parts);
      if (parts !== null) onPayload!(Buffer.concat(parts));
    }
  }
}

/** The first columns of a schema row: type, name, tbl_name, rootpage. */
function schemaRow(payload: Buffer): { type: string; name: string; table: string; root: number } {
  const headerSize = varint(payload, 0);
  const types: number[] = [];
  for (let at = headerSize.next; at < headerSize.value && types.length < 4;) {
    const t = varint(payload, at);
    types.push(t.value);
    at = t.next;
  }
  let at = headerSize.value;
  const values: (string | number | null)[] = [];
  for (const t of types) {
    if (t >= 13 && t % 2 === 1) {
      const length = (t - 13) / 2;
      values.push(payload.toString('utf8', at, at + length));
      at += length;
    } else if (t >= 1 && t <= 5) {
      const length = [0, 1, 2, 3, 4, 6][t]!;
      values.push(payload.readIntBE(at, length));
      at += length;
    } else if (t === 0 || t === 8 || t === 9) {
      values.push(t === 9 ? 1 : t === 8 ? 0 : null);
    } else {
      throw new SparseImageError('unexpected schema value');
    }
  }
  const [type, name, table, root] = values;
  return { type: String(type), name: String(name), table: String(table), root: typeof root === 'number' ? root : 0 };
}

export interface PagesWanted {
  /** Tables read row by row: the table and its indexes. */
  readonly tables: ReadonlySet<string>;
  /** Tables only counted: their indexes, from which SQLite counts rows, not the table itself. */
  readonly countedOnly: ReadonlySet<string>;
}

/**
 * The file's pages that the wanted tables and indexes (and SQLite's statistics) live on, placed
 * at their offsets in a zeroed buffer the size of the file, which is `image` (reused) when big enough.
 */
export function readSparseImage(fd: number, size: number, header: Buffer, wanted: PagesWanted, image: Buffer): Buffer {
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0 || size % pageSize !== 0)
    throw new SparseImageError('not whole pages');
  const reserved = header[20] ?? 0;
  const target = (image.length >= size ? image.subarray(0, size) : Buffer.allocUnsafe(size)).fill(0);
  const reader = new PageReader(fd, target, { pageSize, usable: pageSize - reserved, pageCount: size / pageSize });
  const roots: number[] = [];
  walkTree(reader, 1, (payload) => {
    const row = schemaRow(payload);
    const needed =
      (row.type === 'table' && wanted.tables.has(row.name)) ||
      (row.type === 'index' && (wanted.tables.has(row.table) || wanted.countedOnly.has(row.table))) ||
      row.name.startsWith('sqlite_stat');
    if (needed && row.root > 0) roots.push(row.root);
  });
  for (const root of roots) walkTree(reader, root, null);
  return target;
}
