import { describe, expect, it } from 'vitest';
import { dayNumber, layoutTimeline, timelineDomain, visibleItems } from '@shared/timeline';
import { item, sampleItems } from './fixtures';

describe('swimlane layout', () => {
  it('gives each agency a lane, in the requested order first and then alphabetically', () => {
    const layout = layoutTimeline(sampleItems, { pxPerDay: 1, laneOrder: ['Westmoor Police', 'GP Practice'] });
    expect(layout.lanes.map((l) => l.name)).toEqual([
      'Westmoor Police',
      'GP Practice',
      "Children's Social Care",
      'Health Visiting',
      'Housing',
    ]);
    expect(layout.lanes.find((l) => l.name === 'GP Practice')?.itemCount).toBe(0);
    // Lanes are stacked without gaps.
    for (let i = 1; i < layout.lanes.length; i++) {
      const prev = layout.lanes[i - 1]!;
      expect(layout.lanes[i]!.y).toBe(prev.y + prev.height);
    }
    expect(layout.height).toBe(layout.lanes.reduce((sum, l) => sum + l.height, 0));
  });

  it('places items on one time axis and draws vague dates as spans', () => {
    const layout = layoutTimeline(sampleItems, { pxPerDay: 2, marginDays: 10 });
    expect(layout.startDay).toBe(dayNumber('2013-03-01') - 10);
    const spring = layout.items.find((p) => p.item.id === 3)!;
    expect(spring.x).toBe(10 * 2);
    // March, April and May: 92 days.
    expect(spring.spanWidth).toBe(92 * 2);
    const exact = layout.items.find((p) => p.item.id === 1)!;
    expect(exact.spanWidth).toBe(0);
    expect(exact.x).toBe((dayNumber('2021-02-03') - layout.startDay) * 2);
    // Items come back in date order.
    expect(layout.items.map((p) => p.item.id)).toEqual([3, 1, 4, 2, 5]);
  });

  it('stacks items that would overlap on screen into sub-rows of the same lane', () => {
    const layout = layoutTimeline(sampleItems, { pxPerDay: 1, rowHeight: 20, lanePadding: 5 });
    const a = layout.items.find((p) => p.item.id === 1)!;
    const b = layout.items.find((p) => p.item.id === 4)!;
    expect(a.laneIndex).toBe(b.laneIndex);
    expect([a.row, b.row].sort()).toEqual([0, 1]);
    expect(Math.abs(a.cy - b.cy)).toBe(20);
    const police = layout.lanes[a.laneIndex]!;
    expect(police.rowCount).toBe(2);
    expect(police.height).toBe(2 * 20 + 2 * 5);
    // Zoomed in far enough, a day apart is room enough: one row.
    const wide = layoutTimeline([item({ id: 10, earliest: '2021-02-03' }), item({ id: 11, earliest: '2021-02-05' })], {
      pxPerDay: 60,
    });
    expect(wide.lanes[0]?.rowCount).toBe(1);
  });

  it('caps the rows of a lane and lets the rest overlap', () => {
    const many = Array.from({ length: 30 }, (_, i) => item({ id: i + 1, earliest: '2021-02-03' }));
    const layout = layoutTimeline(many, { pxPerDay: 1, maxRowsPerLane: 4 });
    expect(layout.lanes[0]?.rowCount).toBe(4);
    expect(layout.items).toHaveLength(30);
    expect(Math.max(...layout.items.map((p) => p.row))).toBe(3);
  });

  it('gives the same event type the same marker and lists it in the legend', () => {
    const layout = layoutTimeline(sampleItems, { pxPerDay: 1 });
    const incidents = layout.items.filter((p) => p.item.eventType === 'incident');
    expect(new Set(incidents.map((p) => `${p.marker.shape}${p.marker.filled}`)).size).toBe(1);
    expect(layout.legend.map((l) => l.eventType)).toEqual(['contact', 'home visit', 'incident', 'meeting', 'referral']);
  });

  it('lays out 20,000 items quickly', () => {
    const lanes = ['Westmoor Police', "Children's Social Care", 'Health Visiting', 'GP Practice', 'Housing'];
    const base = dayNumber('2015-01-01');
    const items = Array.from({ length: 20_000 }, (_, i) => {
      const day = new Date((base + (i % 3000)) * 86_400_000).toISOString().slice(0, 10);
      return item({ id: i + 1, earliest: day, lane: lanes[i % lanes.length]! });
    });
    const started = performance.now();
    const layout = layoutTimeline(items, { pxPerDay: 0.5 });
    const elapsed = performance.now() - started;
    expect(layout.items).toHaveLength(20_000);
    // Generous bound for a shared 2-core machine; typical is ~30 ms.
    expect(elapsed).toBeLessThan(2000);
  });

  it('uses a fixed domain when given and finds the visible items of a window', () => {
    const domain = { startDay: dayNumber('2021-01-01'), endDay: dayNumber('2022-01-01') };
    const layout = layoutTimeline(sampleItems, { pxPerDay: 1, domain });
    expect(layout.width).toBe(365);
    const feb = visibleItems(layout, 30, 40);
    expect(feb.map((p) => p.item.id).sort()).toEqual([1, 2, 4]);
  });

  it('derives no domain from no items and refuses a non-positive scale', () => {
    expect(timelineDomain([])).toBeNull();
    expect(layoutTimeline([], { pxPerDay: 1 }).items).toEqual([]);
    expect(() => layoutTimeline(sampleItems, { pxPerDay: 0 })).toThrow(RangeError);
  });
});
