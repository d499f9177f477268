/**
 * Loads a library: finds its files, takes each one's digest from the cached index when the file
 * has not changed, and reads the others read-only. Files that cannot be read are listed with
 * their reason; a file that is locked or unreadable now is not cached, so it is tried again.
 */
import type { RefusedFile, ReviewDigest } from '../../shared/domain/board';
import type { ReadableDb } from '../../core/store/db-types';
import { LATEST_SCHEMA_VERSION } from '../../core/store/migrations';
import { readDigest } from './digest';
import { findLibraryFiles } from './find-files';
import type { CachedOutcome, LibraryIndex } from './library-index';
import { readMany, type ReadOptions } from './read-pool';
import type { FileStamp, ReadContext } from './read-review';

export interface Library {
  readonly roots: readonly string[];
  readonly reviews: readonly ReviewDigest[];
  readonly refused: readonly RefusedFile[];
  /** Size and modification time of each review as scanned (the search index is kept in step with them). */
  readonly stamps: ReadonlyMap<string, FileStamp>;
  readonly fromIndex: number;
  /** Files read on helper threads this time (the main thread read the others). */
  readonly readByHelpers: number;
  readonly milliseconds: number;
}

export interface LoadContext extends ReadContext {
  readonly index: LibraryIndex | null;
  /**
   * Reviews this app has open for editing: their newest changes are still in the write-ahead log
   * beside the file, so they are read through the open connection instead (never cached).
   */
  readonly openHere?: (path: string) => ReadableDb | undefined;
  /** How files are read: on how many threads (by default one per core, for large scans only). */
  readonly reading?: ReadOptions;
}

export function loadLibrary(roots: readonly string[], ctx: LoadContext): Library {
  const started = performance.now();
  const found = findLibraryFiles(roots);
  const reviews: ReviewDigest[] = [];
  const refused: RefusedFile[] = [...found.problems];
  const fresh: { path: string; stamp: FileStamp; outcome: CachedOutcome }[] = [];
  const stamps = new Map<string, FileStamp>();
  let fromIndex = 0;
  // What each file needs: its open connection, its cached outcome, or a read. The reads are done
  // first, together, on as many threads as help.
  type Plan =
    | { readonly kind: 'open'; readonly db: ReadableDb }
    | { readonly kind: 'cached'; readonly outcome: CachedOutcome }
    | { readonly kind: 'read'; readonly at: number };
  const toRead: string[] = [];
  const plans = found.files.map((file) => {
    const stamp = { size: file.size, mtimeMs: file.mtimeMs };
    const open = ctx.openHere?.(file.path);
    const cached = open === undefined ? ctx.index?.get(file.path, stamp) : undefined;
    const plan: Plan =
      open !== undefined
        ? { kind: 'open', db: open }
        : cached !== undefined
          ? { kind: 'cached', outcome: cached }
          : { kind: 'read', at: toRead.push(file.path) - 1 };
    return { file, stamp, plan };
  });
  const read = readMany(toRead, ctx, ctx.reading);
  for (const { file, stamp, plan } of plans) {
    if (plan.kind === 'open') {
      reviews.push(
        readDigest({ db: plan.db, file: file.path, formatVersion: LATEST_SCHEMA_VERSION, templates: ctx.templates }),
      );
      stamps.set(file.path, stamp);
      continue;
    }
    let outcome: CachedOutcome;
    if (plan.kind === 'cached') {
      outcome = plan.outcome;
      fromIndex += 1;
    } else {
      const justRead = read.outcomes[plan.at]!;
      outcome =
        justRead.kind === 'review'
          ? { kind: 'review', digest: justRead.digest }
          : { kind: 'refused', refused: justRead.refused };
      const transient =
        justRead.kind === 'refused' && (justRead.refused.kind === 'locked' || justRead.refused.kind === 'unreadable');
      if (!transient) fresh.push({ path: file.path, stamp: justRead.stamp ?? stamp, outcome });
    }
    if (outcome.kind === 'review') {
      reviews.push(outcome.digest);
      stamps.set(file.path, stamp);
    } else refused.push(outcome.refused);
  }
  if (fresh.length > 0) ctx.index?.putMany(fresh);
  reviews.sort(
    (a, b) => (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title, 'en-GB') || a.file.localeCompare(b.file),
  );
  return {
    roots,
    reviews,
    refused,
    stamps,
    fromIndex,
    readByHelpers: read.readByHelpers,
    milliseconds: Math.round(performance.now() - started),
  };
}
