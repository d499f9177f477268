import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChronologySort } from '@shared/domain/chronology';
import type { AreaProps } from '../../navigation/area-props';
import { navigate, reviewHref } from '../../navigation/routes';
import { useReviewState } from '../../api/ReviewProvider';
import { useReviewQuery } from '../../api/useQuery';
import { useAnnounce } from '../../ui/StatusAnnouncer';
import { EpisodesView } from './episodes/EpisodesView';
import { EMPTY_FILTER, type FilterState } from './filters/filter-state';
import { FilterBar } from './filters/FilterBar';
import type { GoToRequest } from './grid/ChronologyGrid';
import { GridView } from './grid/GridView';
import { ImportWizard } from './import/ImportWizard';
import { RequestsView } from './requests/RequestsView';
import { usePeopleChoices } from './shared/usePeopleChoices';
import { TimelineView } from './timeline/TimelineView';
import { WhoKnewView } from './who-knew/WhoKnewView';
import './Chronology.css';

type View = 'grid' | 'timeline' | 'who-knew' | 'episodes' | 'import' | 'requests';

const VIEWS: ReadonlyArray<{ readonly id: View; readonly label: string }> = [
  { id: 'grid', label: 'Entries' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'who-knew', label: 'Who knew what, when' },
  { id: 'episodes', label: 'Key practice episodes' },
  { id: 'import', label: 'Import' },
  { id: 'requests', label: 'Agency requests' },
];

function viewOf(detail: string | undefined): View {
  return VIEWS.some((v) => v.id === detail) ? (detail as View) : 'grid';
}

const DATE_ORDER: ChronologySort = { field: 'date', direction: 'asc' };

/**
 * The chronology area. Filters, sort and the selection live here so the grid, the timeline and
 * the episode tools share them while the reviewer moves between views.
 */
export function ChronologyArea({ detail }: AreaProps) {
  const view = viewOf(detail);
  const { reviewId } = useReviewState();
  const announce = useAnnounce();
  const agencies = useReviewQuery('chronology.listAgencies', {});
  const eventTypes = useReviewQuery('chronology.listEventTypes', {});
  const people = usePeopleChoices();
  const [filter, setFilter] = useState<FilterState>(EMPTY_FILTER);
  const [sort, setSort] = useState<ChronologySort>(DATE_ORDER);
  const [selection, setSelection] = useState<ReadonlySet<number>>(new Set());
  const [goTo, setGoTo] = useState<GoToRequest | null>(null);

  const agencyChoices = useMemo(() => (agencies.data ?? []).map((a) => ({ id: a.id, label: a.name })), [agencies.data]);
  const typeChoices = useMemo(
    () => (eventTypes.data ?? []).map((t) => ({ id: t.id, label: t.name })),
    [eventTypes.data],
  );
  const totalEntries = useMemo(() => (agencies.data ?? []).reduce((sum, a) => sum + a.entryCount, 0), [agencies.data]);

  /** Show one entry in the grid. `dateRank` is its place in date order, a hint for where to look. */
  const openEntry = useCallback(
    (entryId: number, dateRank: number) => {
      if (sort.field !== 'date' || sort.direction !== 'asc') {
        setSort(DATE_ORDER);
        announce('Sorted by date to show the entry');
      }
      setGoTo((previous) => ({ entryId, hintIndex: dateRank, nonce: (previous?.nonce ?? 0) + 1 }));
      navigate(reviewHref(reviewId, 'chronology'));
    },
    [sort, reviewId, announce],
  );

  // Links from elsewhere (insight evidence, findings) arrive as #/review/<id>/chronology/<entryId>.
  const linkedEntryId = detail !== undefined && /^\d+$/.test(detail) ? Number(detail) : null;
  useEffect(() => {
    if (linkedEntryId !== null) openEntry(linkedEntryId, 0);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per link followed
  }, [linkedEntryId]);

  // The lists the views share, empty while they load.
  const agencyList = agencies.data ?? [];
  const eventTypeList = eventTypes.data ?? [];
  return (
    <div className={`cw-chronology${view === 'grid' ? ' is-workspace' : ''}`}>
      <div className="cw-chronology-head">
        <h1 id="area-heading">Chronology</h1>
        <nav aria-label="Chronology views" className="cw-subnav">
          <ul>
            {VIEWS.map((v) => (
              <li key={v.id}>
                <a
                  href={reviewHref(reviewId, 'chronology', v.id === 'grid' ? undefined : v.id)}
                  aria-current={v.id === view ? 'page' : undefined}
                >
                  {v.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {view === 'grid' || view === 'timeline' ? (
        <FilterBar
          filter={filter}
          onChange={setFilter}
          agencies={agencyChoices}
          eventTypes={typeChoices}
          people={people}
        />
      ) : null}
      {view === 'grid' ? (
        <GridView
          filter={filter}
          sort={sort}
          onSortChange={setSort}
          agencies={agencyList}
          eventTypes={eventTypeList}
          selection={selection}
          onSelectionChange={setSelection}
          goTo={goTo}
          onGoTo={openEntry}
          totalEntries={totalEntries}
          people={people}
        />
      ) : null}
      {view === 'timeline' ? (
        <TimelineView filter={filter} agencies={agencyList} eventTypes={eventTypeList} onOpenEntry={openEntry} />
      ) : null}
      {view === 'who-knew' ? <WhoKnewView /> : null}
      {view === 'episodes' ? (
        <EpisodesView
          onShowEntries={(episodeId) => {
            setFilter({ ...EMPTY_FILTER, episodeId });
            navigate(reviewHref(reviewId, 'chronology'));
          }}
        />
      ) : null}
      {view === 'requests' ? <RequestsView agencies={agencyList} /> : null}
      {view === 'import' ? <ImportWizard agencies={agencyList} onShowEntry={(id) => openEntry(id, 0)} /> : null}
    </div>
  );
}
