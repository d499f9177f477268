import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BoardFilter } from '@shared/domain/board';
import { JobPanel } from '../../components/JobPanel';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { StatusAnnouncer } from '../../ui/StatusAnnouncer';
import { HOME_HREF } from '../../navigation/routes';
import { BoardContext, rememberedRoots, rememberRoots, type BoardState } from './board-context';
import { BoardExportPanel } from './BoardExportPanel';
import { LibraryForm } from './LibraryForm';
import { LibrarySummary } from './LibrarySummary';
import { PeoplePanel } from './PeoplePanel';
import { ReviewFilter } from './ReviewFilter';
import { SearchPanel } from './SearchPanel';
import { ThemesPanel } from './ThemesPanel';
import { TrackerPanel } from './TrackerPanel';
import { useLibraryScan } from './useLibraryScan';
import './Board.css';

const views = [
  { id: 'themes', label: 'Themes' },
  { id: 'people', label: 'Who was in these reviews' },
  { id: 'recommendations', label: 'Recommendations' },
  { id: 'search', label: 'Search' },
  { id: 'outputs', label: 'Board outputs' },
] as const;
type ViewId = (typeof views)[number]['id'];

/** Boards: learning across many reviews, read-only, beside the start screen. */
export function BoardView() {
  const [roots, setRoots] = useState<readonly string[] | null>(() => {
    const remembered = rememberedRoots();
    return remembered.length === 0 ? null : remembered;
  });
  useEffect(() => {
    document.title = 'Boards – Casewright';
  }, []);
  const open = (next: readonly string[]): void => {
    rememberRoots(next);
    setRoots(next);
  };
  return (
    <StatusAnnouncer>
      <div className="board">
        <header className="board-header">
          <a href={HOME_HREF}>Back to the start screen</a>
          <h1>Boards: learning across reviews</h1>
        </header>
        <main id="main">
          <section aria-labelledby="board-open-heading" className="board-panel">
            <h2 id="board-open-heading">Library of reviews</h2>
            <LibraryForm initial={roots ?? []} onOpen={open} />
          </section>
          {roots === null ? null : <BoardLibrary key={roots.join('\n')} roots={roots} />}
        </main>
      </div>
    </StatusAnnouncer>
  );
}

function BoardLibrary({ roots }: { readonly roots: readonly string[] }) {
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState<BoardFilter>({});
  const [view, setView] = useState<ViewId>('themes');
  const library = useLibraryScan(roots, revision);
  const changed = useCallback(() => setRevision((n) => n + 1), []);
  const state = useMemo<BoardState>(() => ({ roots, filter, revision, changed }), [roots, filter, revision, changed]);
  if (library.data === undefined) {
    if (library.error !== undefined) return <ErrorMessage error={library.error} />;
    return (
      <section aria-label="Reading the library" className="board-panel" aria-busy={library.job.running}>
        <JobPanel
          job={library.job}
          what="Reading the reviews (read-only)"
          cancelLabel="Stop reading"
          cancelledText="Reading stopped. Nothing was changed: the library was not opened."
        />
        {library.job.cancelled ? <Button onClick={library.retry}>Read the reviews again</Button> : null}
      </section>
    );
  }
  return (
    <BoardContext.Provider value={state}>
      <LibrarySummary library={library.data} />
      {library.data.reviews.length === 0 ? null : (
        <>
          <ReviewFilter library={library.data} filter={filter} onChange={setFilter} />
          <nav aria-label="Board views" className="board-views">
            {views.map((v) => (
              <button
                key={v.id}
                type="button"
                className="secondary"
                aria-pressed={view === v.id}
                onClick={() => setView(v.id)}
              >
                {v.label}
              </button>
            ))}
          </nav>
          {view === 'themes' ? <ThemesPanel library={library.data} /> : null}
          {view === 'people' ? <PeoplePanel /> : null}
          {view === 'recommendations' ? <TrackerPanel library={library.data} /> : null}
          {view === 'search' ? <SearchPanel /> : null}
          {view === 'outputs' ? <BoardExportPanel /> : null}
        </>
      )}
    </BoardContext.Provider>
  );
}
