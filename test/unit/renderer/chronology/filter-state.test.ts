import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  describeFilter,
  filterKey,
  parseTagList,
  setIds,
  toApiFilter,
  toggleId,
} from '@renderer/features/chronology/filters/filter-state';

const lookups = {
  agencyName: (id: number) => ({ 1: 'Westmoor Police', 2: 'Housing' })[id],
  eventTypeName: (id: number) => ({ 5: 'home visit' })[id],
  personName: (id: number) => ({ 9: 'Child R' })[id],
};

describe('chronology filter state', () => {
  it('drops empty parts so that "nothing chosen" means "any"', () => {
    expect(toApiFilter({ agencyIds: [], tags: [], text: '  ', keyOnly: false, from: '' })).toEqual({});
    expect(
      toApiFilter({ agencyIds: [1], text: ' bruise ', keyOnly: true, from: '2021-01-01', to: '2021-1-2' }),
    ).toEqual({
      agencyIds: [1],
      text: 'bruise',
      keyOnly: true,
      from: '2021-01-01',
    });
    expect(activeFilterCount({ agencyIds: [1, 2], childNotSeen: true })).toBe(2);
  });

  it('toggles ids in and out of a list', () => {
    const once = toggleId({}, 'agencyIds', 1);
    expect(once.agencyIds).toEqual([1]);
    expect(toggleId(once, 'agencyIds', 1).agencyIds).toEqual([]);
    expect(setIds(once, 'eventTypeIds', [5, 6]).eventTypeIds).toEqual([5, 6]);
  });

  it('reads a typed tag list', () => {
    expect(parseTagList('drugs, housing ; mental health,, drugs')).toEqual(['drugs', 'housing', 'mental health']);
  });

  it('gives equal keys to equal filters whatever the order', () => {
    expect(filterKey({ agencyIds: [2, 1], keyOnly: true })).toBe(filterKey({ keyOnly: true, agencyIds: [1, 2] }));
    expect(filterKey({ agencyIds: [1] })).not.toBe(filterKey({ agencyIds: [2] }));
    expect(filterKey({ agencyIds: [] })).toBe(filterKey({}));
  });

  it('describes the filters in force in words', () => {
    expect(
      describeFilter(
        {
          text: 'bruise',
          agencyIds: [1, 3],
          eventTypeIds: [5],
          personIds: [9],
          tags: ['drugs'],
          from: '2021-01-01',
          keyOnly: true,
          childNotSeen: true,
        },
        lookups,
      ),
    ).toEqual([
      'matching “bruise”',
      'agency: Westmoor Police, #3',
      'person: Child R',
      'event type: home visit',
      'tag: drugs',
      'from 2021-01-01',
      'key entries only',
      'child not seen',
    ]);
    expect(describeFilter({ from: '2021-01-01', to: '2021-12-31' }, lookups)).toEqual([
      'from 2021-01-01 to 2021-12-31',
    ]);
  });
});
