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
import { readLibraryFile, type FileStamp, type ReadContext } from './read-review';

export interface Library {
  readonly roots: readonly string[];
  readonly reviews: readonly ReviewDigest[];
  readonly refused: readonly RefusedFile[];
  /** Size and modification time of each review as scanned (the search index is kept in step with them). */
  readonly stamps: ReadonlyMap<string, FileStamp>;
  readonly fromIndex: number;
  readonly milliseconds: number;
}

export interface LoadContext extends ReadContext {
  readonly index: LibraryIndex | null;
  /**
   * Reviews this app has open for editing: their newest changes are still in the write-ahead log
   * beside the file, so they are read through the open connection instead (never cached).
   */
  readonly openHere?: (path: string) => ReadableDb | undefined;
}

export function loadLibrary(roots: readonly string[], ctx: LoadContext): Library {
  const started = performance.now();
  const found = findLibraryFiles(roots);
  const reviews: ReviewDigest[] = [];
  const refused: RefusedFile[] = [...found.problems];
  const fresh: { path: string; stamp: FileStamp; outcome: CachedOutcome }[] = [];
  const stamps = new Map<string, FileStamp>();
  let fromIndex = 0;
  for (const file of found.files) {
    const stamp = { size: file.size, mtimeMs: file.mtimeMs };
    const open = ctx.openHere?.(file.path);
    if (open !== undefined) {
      reviews.push(
        readDigest({ db: open, file: file.path, formatVersion: LATEST_SCHEMA_VERSION, templates: ctx.templates }),
      );
      stamps.set(file.path, stamp);
      continue;
    }
    let outcome = ctx.index?.get(file.path, stamp);
    if (outcome !== undefined) {
      fromIndex += 1;
    } else {
      const read = readLibraryFile(file.path, ctx);
      outcome =
        read.kind === 'review' ? { kind: 'review', digest: read.digest } : { kind: 'refused', refused: read.refused };
      const transient =
        read.kind === 'refused' && (read.refused.kind === 'locked' || read.refused.kind === 'unreadable');
      if (!transient) fresh.push({ path: file.path, stamp: read.stamp ?? stamp, outcome });
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
  return { roots, reviews, refused, stamps, fromIndex, milliseconds: Math.round(performance.now() - started) };
}
