import type { SwimlaneItem } from '@shared/timeline';

/** A small fictional chronology for the timeline tests (the sample family's agencies). */
export function item(partial: Partial<SwimlaneItem> & Pick<SwimlaneItem, 'id' | 'earliest'>): SwimlaneItem {
  return {
    lane: 'Westmoor Police',
    latest: partial.earliest,
    dateLabel: partial.earliest,
    eventType: 'incident',
    title: `Entry ${partial.id}`,
    ...partial,
  };
}

export const sampleItems: readonly SwimlaneItem[] = [
  item({ id: 1, earliest: '2021-02-03', dateLabel: '3 Feb 2021', title: 'Call-out to Larkspur Close' }),
  item({
    id: 2,
    earliest: '2021-02-04',
    lane: "Children's Social Care",
    eventType: 'referral',
    dateLabel: '4 Feb 2021',
    title: 'Police notification received',
    key: true,
  }),
  item({
    id: 3,
    earliest: '2013-03-01',
    latest: '2013-05-31',
    lane: 'Health Visiting',
    eventType: 'home visit',
    dateLabel: 'Spring 2013',
    title: 'Visit by HV1',
  }),
  item({ id: 4, earliest: '2021-02-03', dateLabel: '3 Feb 2021', eventType: 'contact', title: 'Follow-up call' }),
  item({
    id: 5,
    earliest: '2022-01-01',
    latest: '2022-12-31',
    lane: 'Housing',
    eventType: 'meeting',
    dateLabel: '2022',
    title: 'Tenancy review',
  }),
];
