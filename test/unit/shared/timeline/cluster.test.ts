import { describe, expect, it } from 'vitest';
import { dayNumber, layoutTimeline, visibleClusters } from '@shared/timeline';
import { item } from './fixtures';

// A busy fortnight for the police (eight call-outs) and two quiet events elsewhere.
const busy = [
  ...Array.from({ length: 8 }, (_, i) => item({ id: i + 1, earliest: `2021-02-${String(i + 3).padStart(2, '0')}` })),
  item({ id: 20, earliest: '2021-02-05', lane: 'Health Visiting', eventType: 'home visit' }),
  item({ id: 21, earliest: '2021-09-10' }),
];
const CLUSTER = { windowPx: 24, minCount: 4 } as const;

describe('clusters of crowded events', () => {
  it('draws a crowded stretch of one lane as one mark with every event in it, far out', () => {
    const layout = layoutTimeline(busy, { pxPerDay: 0.5, cluster: CLUSTER });
    expect(layout.clusters).toHaveLength(1);
    const [cluster] = layout.clusters;
    expect(cluster?.items.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(cluster?.startDay).toBe(dayNumber('2021-02-03'));
    expect(cluster?.endDay).toBe(dayNumber('2021-02-10'));
    // The other lane's event and the police's later event stay single markers.
    expect(layout.items.map((p) => p.item.id).sort((a, b) => a - b)).toEqual([20, 21]);
    // The lane still counts every event.
    expect(layout.lanes.find((l) => l.name === 'Westmoor Police')?.itemCount).toBe(9);
  });

  it('leaves every event single once zoomed in far enough to tell them apart', () => {
    const layout = layoutTimeline(busy, { pxPerDay: 20, cluster: CLUSTER });
    expect(layout.clusters).toHaveLength(0);
    expect(layout.items).toHaveLength(10);
  });

  it('stacks a few close events rather than hide them in a cluster', () => {
    const layout = layoutTimeline(busy.slice(0, 3), { pxPerDay: 0.5, cluster: CLUSTER });
    expect(layout.clusters).toHaveLength(0);
    expect(new Set(layout.items.map((p) => p.row)).size).toBe(3);
  });

  it('keeps clusters and markers of one lane apart, and finds clusters in view', () => {
    const layout = layoutTimeline(busy, { pxPerDay: 0.5, cluster: CLUSTER });
    const cluster = layout.clusters[0]!;
    const sameRow = layout.items.filter((p) => p.laneIndex === cluster.laneIndex && p.row === cluster.row);
    for (const p of sameRow) expect(p.cx - 6 >= cluster.x + cluster.width || p.cx + 6 <= cluster.x).toBe(true);
    expect(visibleClusters(layout, cluster.x - 10, cluster.x - 1)).toHaveLength(0);
    expect(visibleClusters(layout, cluster.x, cluster.x + 1)).toHaveLength(1);
  });

  it('does not cluster unless asked (the Word export draws every event)', () => {
    expect(layoutTimeline(busy, { pxPerDay: 0.5 }).clusters).toHaveLength(0);
  });
});
