/**
 * What the bytes on disk prove about a review the board cannot read as it is: encrypted with a
 * passphrase, or being written by another program (or left unsaved by a crash). Each answer comes
 * from the file formats themselves, read with plain read-only file calls, never from SQLite opening
 * the file (which would create working files beside it):
 *
 * - Encrypted reviews are SQLCipher 4 files: whole pages, the first starting with a random salt,
 *   every byte cipher text, salt, nonce or MAC. Such a file has no plain SQLite header, a size that
 *   is a whole number of pages, no other file type's signature, and bytes spread evenly over all
 *   256 values (a chi-squared test on its first and last page; text, pictures, documents and
 *   zeroed or cut-short files fail it by a wide margin).
 * - Reviews are saved through a rollback journal: a writer copies the old pages to `-journal`,
 *   syncs it, writes the journal's magic number at its start, and only then changes the file. A
 *   journal that starts with the magic number therefore means the file is part-way through a
 *   change (or a change was interrupted); one without it means the file still holds the last
 *   saved review whole, which is what SQLite's own readers see too.
 * - Older or other tools' files may use a write-ahead log (`-wal`), whose changes stay beside the
 *   file until copied into it. Its index (`-shm`) says how many frames the log holds and how many
 *   were copied back; a log with no index is checked for frames that belong to it (same salt as
 *   its header).
 *
 * Layouts: https://www.sqlite.org/fileformat.html (sections 4.1, 4.4), https://www.sqlite.org/walformat.html,
 * https://www.zetetic.net/sqlcipher/design/
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { endianness } from 'node:os';

const PAGE_MULTIPLE = 512;
const SAMPLE_BYTES = 4096;
/** Chi-squared, 255 degrees of freedom: mean 255, sd 22.6. Random data stays far below; structured data lands in the thousands. */
const RANDOM_CHI_SQUARED_MAX = 400;
const SIGNATURES: readonly Buffer[] = [
  Buffer.from('PK\u0003\u0004', 'latin1'), // zip, docx, xlsx
  Buffer.from('%PDF', 'latin1'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // png
  Buffer.from([0xff, 0xd8, 0xff]), // jpeg
  Buffer.from('GIF8', 'latin1'),
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), // old Office documents
  Buffer.from([0x1f, 0x8b]), // gzip
  Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), // 7-zip
  Buffer.from('Rar!', 'latin1'),
];

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  return bytes.subarray(0, readSync(fd, bytes, 0, length, position));
}

export function chiSquaredOfBytes(bytes: Uint8Array): number {
  const counts = new Array<number>(256).fill(0);
  for (const byte of bytes) counts[byte] = (counts[byte] ?? 0) + 1;
  const expected = bytes.length / 256;
  return counts.reduce((sum, count) => sum + (count - expected) ** 2 / expected, 0);
}

/** Whether the open file has the exact shape of an encrypted (SQLCipher) database. */
export function isEncryptedDatabase(fd: number): boolean {
  const size = fstatSync(fd).size;
  if (size < PAGE_MULTIPLE || size % PAGE_MULTIPLE !== 0) return false;
  const first = readAt(fd, 0, Math.min(size, SAMPLE_BYTES));
  if (first.subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000') return false;
  if (SIGNATURES.some((signature) => first.subarray(0, signature.length).equals(signature))) return false;
  const samples = size > SAMPLE_BYTES ? [first, readAt(fd, size - SAMPLE_BYTES, SAMPLE_BYTES)] : [first];
  return samples.every((sample) => chiSquaredOfBytes(sample) <= RANDOM_CHI_SQUARED_MAX);
}

export type PendingWrites =
  /** Nothing beside the file holds changes it lacks. */
  | 'none'
  /** A writer has changes not yet in the file (the review is open and being edited elsewhere). */
  | 'being-written'
  /** A log of changes with no writer's index beside it: the review was not closed properly. */
  | 'not-closed';

function withFile<T>(path: string, read: (fd: number, size: number) => T, missing: T): T {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return missing;
  }
  try {
    return read(fd, fstatSync(fd).size);
  } finally {
    closeSync(fd);
  }
}

const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);

/** Frames of the log that belong to it: the first frame carries the header's salt. */
function walHasFrames(walPath: string): boolean {
  return withFile(
    walPath,
    (fd, size) => {
      if (size < WAL_HEADER_BYTES + WAL_FRAME_HEADER_BYTES) return false;
      const header = readAt(fd, 0, WAL_HEADER_BYTES);
      const magic = header.readUInt32BE(0);
      if (magic !== 0x377f0682 && magic !== 0x377f0683) return false;
      const frame = readAt(fd, WAL_HEADER_BYTES, WAL_FRAME_HEADER_BYTES);
      return (
        frame.length === WAL_FRAME_HEADER_BYTES &&
        frame.readUInt32BE(8) === header.readUInt32BE(16) &&
        frame.readUInt32BE(12) === header.readUInt32BE(20)
      );
    },
    false,
  );
}

/**
 * Frames in the log not yet copied into the file, from the writer's index: the header's `mxFrame`
 * (offset 16) against the checkpoint's `nBackfill` (offset 96), in the machine's byte order.
 * Null when there is no usable index.
 */
function framesNotCopied(shmPath: string): number | null {
  return withFile(
    shmPath,
    (fd, size) => {
      if (size < 100) return null;
      const bytes = readAt(fd, 0, 100);
      const u32 = (offset: number): number =>
        endianness() === 'LE' ? bytes.readUInt32LE(offset) : bytes.readUInt32BE(offset);
      if (bytes[12] !== 1) return null; // isInit
      return u32(16) - u32(96);
    },
    null,
  );
}

export function pendingWrites(file: string): PendingWrites {
  const journalHot = withFile(
    `${file}-journal`,
    (fd, size) => size >= JOURNAL_MAGIC.length && readAt(fd, 0, JOURNAL_MAGIC.length).equals(JOURNAL_MAGIC),
    false,
  );
  if (journalHot) return 'being-written';
  const notCopied = framesNotCopied(`${file}-shm`);
  if (notCopied !== null) return notCopied > 0 ? 'being-written' : 'none';
  return walHasFrames(`${file}-wal`) ? 'not-closed' : 'none';
}
