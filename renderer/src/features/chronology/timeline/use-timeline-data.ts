import { useMemo } from 'react';
import type { Agency, ChronologyFilter, EventType } from '@shared/domain/chronology';
import { timelineDomain } from '@shared/timeline';
import { useReviewQuery } from '@renderer/api/useQuery';
import { toApiFilter } from '../filters/filter-state';
import { toSwimlaneItems } from './to-swimlane';

/** The filtered entries as swimlane items, each entry's place in date order, and the days they span. */
export function useTimelineData(
  filter: ChronologyFilter,
  agencies: readonly Agency[],
  eventTypes: readonly EventType[],
) {
  const query = useReviewQuery('chronology.getTimeline', { filter: toApiFilter(filter) });
  const agencyNames = useMemo(() => new Map(agencies.map((a) => [a.id, a.name])), [agencies]);
  const typeNames = useMemo(() => new Map(eventTypes.map((t) => [t.id, t.name])), [eventTypes]);
  const items = useMemo(
    () =>
      toSwimlaneItems(query.data ?? [], {
        agencyName: (id) => agencyNames.get(id),
        eventTypeName: (id) => (id === null ? undefined : typeNames.get(id)),
      }),
    [query.data, agencyNames, typeNames],
  );
  const rank = useMemo(() => new Map((query.data ?? []).map((item, i) => [item.id, i])), [query.data]);
  // A margin of a week either side: "Show all" fits the data, not empty months around it.
  const domain = useMemo(() => timelineDomain(items, 7), [items]);
  return { query, items, rank, domain };
}
