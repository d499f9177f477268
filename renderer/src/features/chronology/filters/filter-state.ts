import type { z } from 'zod';
import type { chronologyFilterSchema } from '@shared/api/chronology';
import type { ChronologyFilter } from '@shared/domain/chronology';

/** The filter as the API's argument schema takes it (mutable arrays, no empty parts). */
export type ApiFilter = z.input<typeof chronologyFilterSchema>;

/**
 * The filters the grid, the timeline and the export share. Kept as the API's own
 * `ChronologyFilter` shape, with helpers that keep "empty" meaning "any" (empty arrays and
 * blank strings are dropped before they reach the API, so they never filter everything out).
 */
export type FilterState = ChronologyFilter;

export const EMPTY_FILTER: FilterState = {};

export type ListKey = 'agencyIds' | 'personIds' | 'eventTypeIds';

export function toggleId(filter: FilterState, key: ListKey, id: number): FilterState {
  const current = filter[key] ?? [];
  const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
  return { ...filter, [key]: next };
}

export function setIds(filter: FilterState, key: ListKey, ids: readonly number[]): FilterState {
  return { ...filter, [key]: [...ids] };
}

/** Tags typed as "drugs, housing ; mental health" → distinct trimmed tags. */
export function parseTagList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;]/)
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

/** The filter as the API should see it: no empty lists, no blank text, no false flags. */
export function toApiFilter(filter: FilterState): ApiFilter {
  const out: ApiFilter = {};
  if (filter.agencyIds && filter.agencyIds.length > 0) out.agencyIds = [...filter.agencyIds];
  if (filter.personIds && filter.personIds.length > 0) out.personIds = [...filter.personIds];
  if (filter.eventTypeIds && filter.eventTypeIds.length > 0) out.eventTypeIds = [...filter.eventTypeIds];
  if (filter.tags && filter.tags.length > 0) out.tags = [...filter.tags];
  if (filter.from && /^\d{4}-\d{2}-\d{2}$/.test(filter.from)) out.from = filter.from;
  if (filter.to && /^\d{4}-\d{2}-\d{2}$/.test(filter.to)) out.to = filter.to;
  if (filter.keyOnly === true) out.keyOnly = true;
  if (filter.childNotSeen === true) out.childNotSeen = true;
  if (filter.childNotSeenAlone === true) out.childNotSeenAlone = true;
  if (filter.riskRecorded === true) out.riskRecorded = true;
  if (filter.text !== undefined && filter.text.trim() !== '') out.text = filter.text.trim();
  if (filter.episodeId !== undefined) out.episodeId = filter.episodeId;
  return out;
}

/** How many filters are in force (the search text counts as one). */
export function activeFilterCount(filter: FilterState): number {
  return Object.keys(toApiFilter(filter)).length;
}

/** A stable key for caches: equal filters give equal keys whatever the order of ids. */
export function filterKey(filter: FilterState): string {
  const api = toApiFilter(filter);
  const sorted = Object.fromEntries(
    Object.entries(api)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : v]),
  );
  return JSON.stringify(sorted);
}

export interface FilterLookups {
  readonly agencyName: (id: number) => string | undefined;
  readonly eventTypeName: (id: number) => string | undefined;
  readonly personName: (id: number) => string | undefined;
}

/** Words for the filters in force, for the status line read by screen readers. */
export function describeFilter(filter: FilterState, lookups: FilterLookups): string[] {
  const api = toApiFilter(filter);
  const words: string[] = [];
  const names = (ids: readonly number[] | undefined, name: (id: number) => string | undefined): string =>
    (ids ?? []).map((id) => name(id) ?? `#${id}`).join(', ');
  if (api.text) words.push(`matching “${api.text}”`);
  if (api.agencyIds) words.push(`agency: ${names(api.agencyIds, lookups.agencyName)}`);
  if (api.personIds) words.push(`person: ${names(api.personIds, lookups.personName)}`);
  if (api.eventTypeIds) words.push(`event type: ${names(api.eventTypeIds, lookups.eventTypeName)}`);
  if (api.tags) words.push(`tag: ${api.tags.join(', ')}`);
  if (api.from && api.to) words.push(`from ${api.from} to ${api.to}`);
  else if (api.from) words.push(`from ${api.from}`);
  else if (api.to) words.push(`up to ${api.to}`);
  if (api.keyOnly) words.push('key entries only');
  if (api.childNotSeen) words.push('child not seen');
  if (api.childNotSeenAlone) words.push('child not seen alone');
  if (api.riskRecorded) words.push('risk assessed');
  if (api.episodeId !== undefined) words.push('in the chosen episode');
  return words;
}
