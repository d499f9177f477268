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
import type { ProgressReport, WorkHooks } from '../../shared/progress';
import { checkpoint } from '../../core/jobs/work';
import { finish, readInSteps, type ReadOptions } from './read-pool';
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

/** The step a scan reports while it reads, in the words of its progress bar. */
export const READING_REVIEWS = 'Reading reviews';

/** Loads a library in one go (every board view after the first scan, from the warm index). */
export function loadLibrary(roots: readonly string[], ctx: LoadContext): Library {
  return finish(loadInSteps(roots, ctx));
}

/** How often a scan stops to report and to look for a cancel: often enough to feel instant. */
const STEP_MS = 50;

/**
 * Loads a library as a job the reviewer watches: "120 of 500 reviews" as files are read, and a
 * cancel stops it at the next file. A cancelled scan writes nothing to the index (the index is
 * written in one transaction once every file is read), so the next scan starts from the index
 * exactly as it was.
 */
export async function loadLibraryInSteps(
  roots: readonly string[],
  ctx: LoadContext,
  hooks: WorkHooks,
  /** Milliseconds between reports (0: after every file, for tests that cancel part-way). */
  everyMs = STEP_MS,
): Promise<Library> {
  const steps = loadInSteps(roots, ctx);
  let last = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    const now = performance.now();
    if (now - last < everyMs && step.value.done < step.value.total) continue;
    last = now;
    hooks.onProgress?.(step.value);
    try {
      await checkpoint(hooks.signal);
    } catch (cancelled) {
      // Stops the helper threads; nothing has been written to the index yet.
      steps.return(undefined as never);
      throw cancelled;
    }
  }
}

/**
 * The scan, paused after each file read with how far it has got, and once more just before the
 * index is written (the last moment a cancel can still leave it untouched).
 */
function* loadInSteps(roots: readonly string[], ctx: LoadContext): Generator<ProgressReport, Library, void> {
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
  const ready = found.files.length - toRead.length;
  const progress = (done: number): ProgressReport => ({
    step: READING_REVIEWS,
    done: ready + done,
    total: found.files.length,
    unit: 'reviews',
  });
  yield progress(0);
  const reading = readInSteps(toRead, ctx, ctx.reading);
  let step = reading.next();
  try {
    while (step.done !== true) {
      yield progress(step.value);
      step = reading.next();
    }
  } finally {
    // A scan stopped part-way stops its helper threads too.
    if (step.done !== true) reading.return(undefined as never);
  }
  const read = step.value;
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
  // The last pause before the index is written: a cancel here still leaves it untouched.
  if (toRead.length > 0) yield progress(toRead.length);
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
