import { describe, expect, it } from 'vitest';
import { dayNumber, layoutTimeline, type SwimlaneItem } from '../../../../electron/shared/timeline';
import { itemName, neighbourItem, panToShow } from '../../../../renderer/src/features/chronology/timeline/timeline-navigation';

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

describe('timeline keyboard movement', () => {
  it('moves along a lane with Left and Right and stops at its ends', () => {
    expect(neighbourItem(layout, 1, 'ArrowRight')?.item.id).toBe(2);
    expect(neighbourItem(layout, 2, 'ArrowLeft')?.item.id).toBe(1);
    expect(neighbourItem(layout, 3, 'ArrowRight')?.item.id).toBe(3);
  });

  it('jumps to the nearest event in time in the next lane that has events', () => {
    // Lane B is empty: Down from A goes to C, to the event nearest 1 Mar 2021.
    expect(neighbourItem(layout, 2, 'ArrowDown')?.item.id).toBe(4);
    expect(neighbourItem(layout, 5, 'ArrowUp')?.item.id).toBe(3);
    expect(neighbourItem(layout, 4, 'ArrowDown')?.item.id).toBe(4);
  });

  it('goes to the first and last event, starts at the first, and ignores other keys', () => {
    expect(neighbourItem(layout, 3, 'Home')?.item.id).toBe(1);
    expect(neighbourItem(layout, 1, 'End')?.item.id).toBe(5);
    expect(neighbourItem(layout, null, 'ArrowRight')?.item.id).toBe(1);
    expect(neighbourItem(layout, 1, 'x')).toBeNull();
  });

  it('pans just enough to bring an item into view', () => {
    const p = layout.items.find((i) => i.item.id === 5)!;
    const itemDay = dayNumber('2021-09-01');
    expect(panToShow(p, layout, itemDay - 10, 100)).toBeNull();
    const start = panToShow(p, layout, dayNumber('2021-01-01'), 100)!;
    expect(itemDay).toBeGreaterThanOrEqual(start);
    expect(itemDay).toBeLessThanOrEqual(start + 100);
  });

  it('names an item with its date as given, agency, type and summary', () => {
    const p = layout.items.find((i) => i.item.id === 1)!;
    expect(itemName(p)).toBe('2021-01-01, A Police, contact: Entry 1');
  });
});
