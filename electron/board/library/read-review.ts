/**
 * Reads one library file strictly read-only. The file is opened by the operating system for
 * reading only and never by SQLite: the header is checked first (so garbage, other databases and
 * newer formats cost 100 bytes), then the whole file is read into memory and SQLite opens that
 * copy. Nothing can be written, locked, migrated or created beside the file (no -wal, -shm or
 * backup), whatever SQLite would otherwise do when opening a WAL-mode database.
 */
import Database from 'better-sqlite3';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { RefusalKind, RefusedFile, ReviewDigest } from '../../shared/domain/board';
import type { CharacteristicTemplate } from '../../shared/domain/people';
import { CasewrightError } from '../../shared/errors';
import { REVIEW_APPLICATION_ID, REVIEW_FILE_EXTENSION } from '../../shared/version';
import { LATEST_SCHEMA_VERSION } from '../../core/store/migrations';
import { asReadable } from '../../core/store/db-types';
import { sqliteOptions } from '../../core/store/sqlite-options';
import { readDigest } from './digest';
import { isEncryptedDatabase, pendingWrites, type PendingWrites } from './file-evidence';
import { readSparseImage, SparseImageError, type PagesWanted } from './sparse-image';
import { asRollbackImage, HEADER_BYTES, readHeader } from './sqlite-header';

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

export type ReadOutcome =
  | { readonly kind: 'review'; readonly digest: ReviewDigest; readonly stamp: FileStamp }
  | { readonly kind: 'refused'; readonly refused: RefusedFile; readonly stamp: FileStamp | null };

/** Copies made before an upgrade (`name.format-3-backup.cwr`) are the same review again. */
export const BACKUP_NAME = /\.format-\d+-backup(-\d+)?\.cwr$/i;

function refuse(file: string, kind: RefusalKind, reason: string, stamp: FileStamp | null = null): ReadOutcome {
  return { kind: 'refused', refused: { file, kind, reason: `${basename(file)}: ${reason}` }, stamp };
}

/** Only the header: enough to say whether the file is worth reading in full. */
export function readStampAndHeader(
  file: string,
): { stamp: FileStamp; header: Buffer } | { error: NodeJS.ErrnoException } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  }
  try {
    const stats = fstatSync(fd);
    const header = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, header, 0, HEADER_BYTES, 0);
    return { stamp: { size: stats.size, mtimeMs: stats.mtimeMs }, header: header.subarray(0, read) };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  } finally {
    closeSync(fd);
  }
}

/**
 * One buffer, reused for every file a scan reads: SQLite copies the bytes when it opens them, so
 * the buffer is free again straight away, and a library of hundreds of reviews is not hundreds of
 * fresh multi-megabyte allocations. Scans run on one thread, one file at a time.
 */
let scratch = Buffer.allocUnsafe(0);
/** A rare very large review gets a buffer of its own, so the scratch buffer does not stay that big. */
const SCRATCH_LIMIT = 64 * 1024 * 1024;

function readWhole(fd: number, size: number): Buffer {
  if (size > SCRATCH_LIMIT) return fill(fd, Buffer.allocUnsafe(size), size);
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_LIMIT, Math.max(size, scratch.length * 2)));
  return fill(fd, scratch, size);
}

function fill(fd: number, bytes: Buffer, size: number): Buffer {
  let offset = 0;
  while (offset < size) {
    const read = readSync(fd, bytes, offset, size - offset, offset);
    if (read === 0) break;
    offset += read;
  }
  return bytes.subarray(0, offset);
}

function ioReason(file: string, error: NodeJS.ErrnoException, stamp: FileStamp | null = null): ReadOutcome {
  if (error.code === 'EBUSY' || error.code === 'EAGAIN') {
    return refuse(file, 'locked', 'the file is locked by another program; close it there and scan again', stamp);
  }
  if (error.code === 'EACCES' || error.code === 'EPERM') {
    return refuse(file, 'unreadable', 'you do not have permission to read this file', stamp);
  }
  return refuse(file, 'unreadable', `the file could not be read (${error.code ?? 'input/output error'})`, stamp);
}

/** Opens an in-memory copy of a review file's bytes; the caller closes it. */
export function openCopy(bytes: Buffer): Database.Database {
  return new Database(asRollbackImage(bytes), { ...sqliteOptions(), readonly: true });
}

const PENDING_REASONS: Readonly<Record<Exclude<PendingWrites, 'none'>, string>> = {
  'being-written':
    'another program is part-way through saving this review, so the file does not hold the whole review just now; close the review there (or open and close it once in Casewright), then scan again',
  'not-closed':
    'this review was not closed properly, so its latest changes are still in a working file beside it; open and close it once in Casewright, then scan again',
};

export interface ReadContext {
  readonly templates: readonly CharacteristicTemplate[];
}

export function readLibraryFile(file: string, ctx: ReadContext): ReadOutcome {
  if (BACKUP_NAME.test(file)) {
    return refuse(
      file,
      'backup-copy',
      'a copy Casewright kept before upgrading a review; the review itself is counted instead',
    );
  }
  // One open per file: the header decides whether the rest is read, through the same descriptor.
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return ioReason(file, error as NodeJS.ErrnoException);
  }
  try {
    return readOpenFile(file, fd, ctx);
  } finally {
    closeSync(fd);
  }
}

function readOpenFile(file: string, fd: number, ctx: ReadContext): ReadOutcome {
  let stamp: FileStamp;
  let header: Buffer;
  try {
    const stats = fstatSync(fd);
    stamp = { size: stats.size, mtimeMs: stats.mtimeMs };
    header = Buffer.alloc(HEADER_BYTES);
    header = header.subarray(0, readSync(fd, header, 0, HEADER_BYTES, 0));
  } catch (error) {
    return ioReason(file, error as NodeJS.ErrnoException);
  }
  const verdict = readHeader(header);
  const isCwr = extname(file).toLowerCase() === REVIEW_FILE_EXTENSION;
  if (verdict.kind === 'not-sqlite' && isCwr && isEncryptedDatabase(fd)) {
    return refuse(
      file,
      'encrypted',
      'this review is protected with a passphrase; open it in Casewright to include it',
      stamp,
    );
  }
  // Before judging the header: mid-save, page 1 and the file's size may not agree yet.
  const pending = verdict.kind === 'sqlite' || isCwr ? pendingWrites(file) : 'none';
  if (pending !== 'none') return refuse(file, 'locked', PENDING_REASONS[pending], stamp);
  if (verdict.kind === 'not-sqlite') {
    if (isCwr)
      return refuse(
        file,
        'damaged',
        'named like a review but not a database: it may be damaged or only partly copied',
        stamp,
      );
    return refuse(file, 'not-a-review', 'not a Casewright review', stamp);
  }
  if (verdict.applicationId !== REVIEW_APPLICATION_ID) {
    return refuse(file, 'not-a-review', 'a database, but not a Casewright review', stamp);
  }
  if (verdict.userVersion > LATEST_SCHEMA_VERSION) {
    return refuse(
      file,
      'newer-format',
      `saved by a newer version of Casewright (file format ${verdict.userVersion}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Casewright to include it`,
      stamp,
    );
  }
  if (verdict.userVersion < 1 || (verdict.expectedBytes !== null && verdict.expectedBytes !== stamp.size)) {
    return refuse(file, 'damaged', 'the file is damaged (incomplete or cut short); use your backup copy', stamp);
  }
  // Only the pages the digest reads, when the file's layout allows; otherwise (or when SQLite
  // finds a page missing) the whole file.
  const sparse = digestPages(fd, stamp.size, header);
  if (sparse !== null) {
    const outcome = readFrom(file, fd, sparse, stamp, verdict.userVersion, ctx);
    if (outcome !== null && !(outcome.kind === 'refused' && outcome.refused.kind === 'damaged')) return outcome;
  }
  let bytes: Buffer;
  try {
    bytes = readWhole(fd, stamp.size);
  } catch (error) {
    return ioReason(file, error as NodeJS.ErrnoException, stamp);
  }
  return (
    readFrom(file, fd, bytes, stamp, verdict.userVersion, ctx) ??
    refuse(file, 'damaged', 'the file is damaged and cannot be read safely; use your backup copy', stamp)
  );
}

/** Tables the digest reads (see digest.ts), and the chronology it only counts. */
export const DIGEST_PAGES: PagesWanted = {
  tables: new Set([
    'review',
    'person',
    'person_alias',
    'household_period',
    'person_agency',
    'identifier',
    'finding',
    'finding_tag',
    'taxonomy_version',
    'recommendation',
    'characteristic',
  ]),
  countedOnly: new Set(['entry']),
};

function digestPages(fd: number, size: number, header: Buffer): Buffer | null {
  if (size > SCRATCH_LIMIT) return null;
  if (scratch.length < size) scratch = Buffer.allocUnsafe(Math.min(SCRATCH_LIMIT, Math.max(size, scratch.length * 2)));
  try {
    return readSparseImage(fd, size, header, DIGEST_PAGES, scratch);
  } catch (error) {
    if (error instanceof SparseImageError) return null;
    throw error;
  }
}

/**
 * The digest of the review in `bytes`; null when SQLite finds the bytes damaged. A writer that
 * started while the bytes were read may have left them half old, half new: that is checked first.
 */
function readFrom(
  file: string,
  fd: number,
  bytes: Buffer,
  stamp: FileStamp,
  formatVersion: number,
  ctx: ReadContext,
): ReadOutcome | null {
  const after = fstatSync(fd);
  if (after.size !== stamp.size || after.mtimeMs !== stamp.mtimeMs || pendingWrites(file) !== 'none') {
    return refuse(file, 'locked', PENDING_REASONS['being-written'], stamp);
  }
  let db: Database.Database | null = null;
  try {
    db = openCopy(bytes);
    const digest = readDigest({ db: asReadable(db), file, formatVersion, templates: ctx.templates });
    return { kind: 'review', digest, stamp };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_')) return null;
    if (error instanceof SyntaxError || error instanceof CasewrightError) {
      return refuse(file, 'damaged', 'part of the file holds damaged data and cannot be read', stamp);
    }
    throw error;
  } finally {
    db?.close();
  }
}
