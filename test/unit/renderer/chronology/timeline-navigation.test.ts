import { describe, expect, it } from 'vitest';
import { dayNumber, layoutTimeline, type SwimlaneItem } from '@shared/timeline';
import {
  clusterName,
  itemName,
  markForEntry,
  neighbourMark,
  panToShow,
  timelineMarks,
  type TimelineMark,
} from '@renderer/features/chronology/timeline/timeline-navigation';

function item(id: number, lane: string, earliest: string, latest = earliest): SwimlaneItem {
  return { id, lane, earliest, latest, dateLabel: earliest, eventType: 'contact', title: `Entry ${id}` };
}

const layout = layoutTimeline(
  [
    item(1, 'A Police', '2021-01-01'),
    item(2, 'A Police', '2021-03-01'),
    item(3, 'A Police', '2021-06-01'),
    item(4, 'C School', '2021-02-20'),
    item(5, 'C School', '2021-09-01'),
  ],
  { pxPerDay: 1, laneOrder: ['A Police', 'B Housing', 'C School'] },
);
const marks = timelineMarks(layout, 12);
const lanes = layout.lanes.length;
const entryOf = (mark: TimelineMark | null): number | undefined =>
  mark?.kind === 'event' ? mark.event.item.id : undefined;
const key = (id: number): string => `e${id}`;

describe('timeline keyboard movement', () => {
  it('moves along a lane with Left and Right and stops at its ends', () => {
    expect(entryOf(neighbourMark(marks, lanes, key(1), 'ArrowRight'))).toBe(2);
    expect(entryOf(neighbourMark(marks, lanes, key(2), 'ArrowLeft'))).toBe(1);
    expect(entryOf(neighbourMark(marks, lanes, key(3), 'ArrowRight'))).toBe(3);
  });

  it('jumps to the nearest event in time in the next lane that has events', () => {
    // Lane B is empty: Down from A goes to C, to the event nearest 1 Mar 2021.
    expect(entryOf(neighbourMark(marks, lanes, key(2), 'ArrowDown'))).toBe(4);
    expect(entryOf(neighbourMark(marks, lanes, key(5), 'ArrowUp'))).toBe(3);
    expect(entryOf(neighbourMark(marks, lanes, key(4), 'ArrowDown'))).toBe(4);
  });

  it('goes to the first and last event, starts at the first, and ignores other keys', () => {
    expect(entryOf(neighbourMark(marks, lanes, key(3), 'Home'))).toBe(1);
    expect(entryOf(neighbourMark(marks, lanes, key(1), 'End'))).toBe(5);
    expect(entryOf(neighbourMark(marks, lanes, null, 'ArrowRight'))).toBe(1);
    expect(neighbourMark(marks, lanes, key(1), 'x')).toBeNull();
  });

  it('pans just enough to bring an item into view', () => {
    const mark = marks.find((m) => m.key === key(5))!;
    const itemDay = dayNumber('2021-09-01');
    expect(panToShow(mark, layout, itemDay - 10, 100)).toBeNull();
    const start = panToShow(mark, layout, dayNumber('2021-01-01'), 100)!;
    expect(itemDay).toBeGreaterThanOrEqual(start);
    expect(itemDay).toBeLessThanOrEqual(start + 100);
  });

  it('names an item with its date as given, agency, type and summary', () => {
    const p = layout.items.find((i) => i.item.id === 1)!;
    expect(itemName(p)).toBe('2021-01-01, A Police, contact: Entry 1');
  });
});

describe('clusters on the keyboard path', () => {
  // Five police events in one week, seen from far out: one cluster, then the school's event.
  const crowded = layoutTimeline(
    [
      ...[1, 2, 3, 4, 5].map((d) => item(d, 'A Police', `2021-03-0${d}`)),
      item(9, 'C School', '2021-03-03'),
      item(10, 'A Police', '2021-09-01'),
    ],
    { pxPerDay: 0.5, cluster: { windowPx: 24, minCount: 4 } },
  );
  const crowdedMarks = timelineMarks(crowded, 12);

  it('is one stop that stands for each of its events and says how to open it', () => {
    const cluster = markForEntry(crowdedMarks, 3);
    expect(cluster?.kind).toBe('cluster');
    expect(markForEntry(crowdedMarks, 5)?.key).toBe(cluster?.key);
    expect(cluster?.kind === 'cluster' ? clusterName(cluster.cluster) : '').toBe(
      '5 events, A Police, 2021-03-01 to 2021-03-05: choose to zoom in',
    );
  });

  it('is reached by the arrows like any event', () => {
    const cluster = markForEntry(crowdedMarks, 1)!;
    expect(neighbourMark(crowdedMarks, crowded.lanes.length, cluster.key, 'ArrowRight')?.key).toBe('e10');
    expect(neighbourMark(crowdedMarks, crowded.lanes.length, 'e10', 'ArrowLeft')?.key).toBe(cluster.key);
    expect(neighbourMark(crowdedMarks, crowded.lanes.length, cluster.key, 'ArrowDown')?.key).toBe('e9');
  });
});

describe('date order of marks', () => {
  it('puts a month known only as a month before a day in it, as the grid does', () => {
    const vague = layoutTimeline([item(1, 'A Police', '2021-05-02'), item(2, 'A Police', '2021-05-01', '2021-05-31')], {
      pxPerDay: 3,
    });
    expect(timelineMarks(vague, 12).map((m) => m.key)).toEqual(['e2', 'e1']);
  });
});
