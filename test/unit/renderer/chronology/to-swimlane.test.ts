import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '@shared/domain/chronology';
import { timelineDateLabel, toSwimlaneItems } from '@renderer/features/chronology/timeline/to-swimlane';

function item(partial: Partial<TimelineItem>): TimelineItem {
  return {
    id: 1,
    agencyId: 1,
    eventTypeId: 2,
    earliest: '2021-02-03',
    latest: '2021-02-03',
    precision: 'day',
    dateText: '03/02/2021',
    summary: 'Call-out to the family home',
    key: false,
    childNotSeen: false,
    ...partial,
  };
}

describe('timeline items for the swimlanes', () => {
  it('labels dates as precisely as they were given, keeping c. and ?', () => {
    expect(timelineDateLabel(item({}))).toBe('3 Feb 2021');
    expect(
      timelineDateLabel(
        item({ dateText: 'Spring 2013', earliest: '2013-03-01', latest: '2013-05-31', precision: 'season' }),
      ),
    ).toBe('Spring 2013');
    expect(
      timelineDateLabel(
        item({ dateText: 'c. May 2014', earliest: '2014-05-01', latest: '2014-05-31', precision: 'month' }),
      ),
    ).toBe('c. May 2014');
    expect(timelineDateLabel(item({ dateText: '?22 May 2016', earliest: '2016-05-22', latest: '2016-05-22' }))).toBe(
      '?22 May 2016',
    );
  });

  it('falls back to the stored bounds when the words no longer match them', () => {
    expect(
      timelineDateLabel(
        item({ dateText: 'unreadable', earliest: '2014-05-01', latest: '2014-05-31', precision: 'month' }),
      ),
    ).toBe('May 2014');
    expect(
      timelineDateLabel(item({ dateText: '', earliest: '2014-01-01', latest: '2014-04-30', precision: 'range' })),
    ).toBe('1 Jan 2014 – 30 Apr 2014');
  });

  it('names lanes by agency and shapes by event type', () => {
    const out = toSwimlaneItems([item({}), item({ id: 2, agencyId: 7, eventTypeId: null, key: true })], {
      agencyName: (id) => (id === 1 ? 'Westmoor Police' : undefined),
      eventTypeName: (id) => (id === 2 ? 'incident' : undefined),
    });
    expect(out[0]).toMatchObject({
      id: 1,
      lane: 'Westmoor Police',
      eventType: 'incident',
      dateLabel: '3 Feb 2021',
      title: 'Call-out to the family home',
      key: false,
    });
    expect(out[1]).toMatchObject({ lane: 'Agency 7', eventType: 'other', key: true });
  });
});
