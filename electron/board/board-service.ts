/**
 * The board's services for one app home: the cached library index, the board's own updates file
 * and the characteristic templates, kept open between calls so a warm library loads from memory.
 */
import { CasewrightError } from '../shared/errors';
import type { LibraryOverview } from '../shared/domain/board';
import type { CharacteristicTemplate } from '../shared/domain/people';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '../core/people/characteristic-templates';
import type { OpenReviews } from '../core/app/open-reviews';
import { nowIso } from '../core/store/clock';
import { openLibraryIndex, type LibraryIndex } from './library/library-index';
import { loadLibrary, loadLibraryInSteps, type Library, type LoadContext } from './library/load-library';
import type { WorkHooks } from '../shared/progress';
import type { ReadOptions } from './library/read-pool';
import { openBoardUpdates, type BoardUpdatesFile } from './updates/board-updates-file';
import { recordTrackerUpdate, type TrackerUpdate, type TrackerUpdateResult } from './updates/record-update';
import { ensureSearchIndex, searchLibrary } from './views/search';
import type { BoardUpdate } from './views/recommendations';
import type { SearchGroup } from '../shared/domain/board';

export interface BoardService {
  /** `reviews`: the app's open reviews, read through their own connections. */
  load(roots: readonly string[], reviews?: OpenReviews): Library;
  /**
   * The same as `load`, as work the reviewer follows and may cancel: the first scan of a library
   * (many files to read). A cancelled scan leaves the index as it was.
   */
  scan(roots: readonly string[], reviews: OpenReviews | undefined, hooks: WorkHooks): Promise<Library>;
  overview(library: Library): LibraryOverview;
  updates(): readonly BoardUpdate[];
  today(): string;
  search(library: Library, text: string, limit?: number): readonly SearchGroup[];
  recordUpdate(update: TrackerUpdate, reviews: OpenReviews, actor: string): TrackerUpdateResult;
  close(): void;
}

export function createBoardService(places: {
  readonly home: string;
  readonly templatesDir: string;
  /** How a scan reads files (see `readMany`); left out, on one thread per core for large scans. */
  readonly reading?: ReadOptions;
}): BoardService {
  let index: LibraryIndex | null = null;
  let updatesFile: BoardUpdatesFile | null = null;
  let templates: readonly CharacteristicTemplate[] | null = null;
  // Reviews found by a library scan the user asked for: the only files a tracker update may write to.
  const scanned = new Set<string>();
  const theIndex = (): LibraryIndex => (index ??= openLibraryIndex(places.home));
  const theUpdates = (): BoardUpdatesFile => (updatesFile ??= openBoardUpdates(places.home));
  const theTemplates = (): readonly CharacteristicTemplate[] =>
    (templates ??= loadCharacteristicTemplates(characteristicTemplatesDir(places.templatesDir)));

  const loadContext = (reviews: OpenReviews | undefined): LoadContext => ({
    index: theIndex(),
    templates: theTemplates(),
    ...(places.reading === undefined ? {} : { reading: places.reading }),
    ...(reviews === undefined
      ? {}
      : { openHere: (path: string) => reviews.list().find((handle) => handle.path === path)?.db }),
  });
  const remember = (library: Library): Library => {
    for (const review of library.reviews) scanned.add(review.file);
    return library;
  };

  return {
    load: (roots, reviews) => remember(loadLibrary(roots, loadContext(reviews))),
    scan: async (roots, reviews, hooks) => remember(await loadLibraryInSteps(roots, loadContext(reviews), hooks)),
    overview: (library) => ({
      reviews: library.reviews.map((r) => ({
        file: r.file,
        title: r.title,
        kind: r.kind,
        year: r.year,
        formatVersion: r.formatVersion,
        findings: r.findings.length,
        recommendations: r.recommendations.length,
        people: r.people.length,
        entries: r.entryCount,
        missingParts: r.missingParts,
      })),
      refused: library.refused,
      milliseconds: library.milliseconds,
      fromIndex: library.fromIndex,
    }),
    updates: () => theUpdates().list(),
    today: () => nowIso().slice(0, 10),
    search(library, text, limit) {
      ensureSearchIndex(theIndex(), library.reviews, library.stamps);
      return searchLibrary(theIndex(), library.reviews, text, limit);
    },
    recordUpdate(update, reviews, actor) {
      if (!scanned.has(update.file)) {
        throw new CasewrightError(
          'refused',
          'That review is not in the library you opened: open its folder in Boards first.',
        );
      }
      return recordTrackerUpdate(update, { reviews, updates: theUpdates(), actor });
    },
    close() {
      index?.close();
      updatesFile?.close();
      index = null;
      updatesFile = null;
    },
  };
}
