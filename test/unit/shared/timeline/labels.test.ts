import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH_EM, dayNumber, isoDay, layoutTimeline, placeLabels, type PlacedLabel } from '@shared/timeline';
import { item } from './fixtures';

const FONT = 11;
const options = (viewRight: number) => ({ markerSize: 12, fontSize: FONT, viewRight });

function overlaps(a: { x: number; width: number }, b: { x: number; width: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

describe('short labels beside markers', () => {
  it('labels an event with its summary when the row has room', () => {
    const layout = layoutTimeline([item({ id: 1, earliest: '2021-02-03', title: 'Call-out to Larkspur Close' })], {
      pxPerDay: 8,
    });
    const labels = placeLabels(layout.items, [], options(layout.width));
    expect(labels.map((l) => l.text)).toEqual(['Call-out to Larkspur Close']);
    expect(labels[0]!.x).toBeGreaterThan(layout.items[0]!.cx);
  });

  it('shortens labels to the room between markers, sharing a gap with an event that has no room on its right', () => {
    const layout = layoutTimeline(
      [
        item({ id: 1, earliest: '2021-02-01', title: 'Police attended after a neighbour called about shouting' }),
        item({ id: 2, earliest: '2021-02-21', title: 'Strategy discussion' }),
        item({ id: 3, earliest: '2021-02-25', title: 'Follow-up call' }),
      ],
      { pxPerDay: 8, maxRowsPerLane: 1 },
    );
    const labels = placeLabels(layout.items, [], options(layout.width));
    const byId = new Map(labels.map((l) => [l.id, l]));
    const second = layout.items.find((p) => p.item.id === 2)!;
    // Four days (32 px) from the second event to the third: its label goes on its left, and the
    // first event's label stops halfway.
    expect(byId.get(1)?.text).toMatch(/^Police a.*…$/);
    expect(byId.get(2)?.text).toMatch(/^Strategy/);
    expect(byId.get(2)!.x).toBeGreaterThanOrEqual(byId.get(1)!.x + byId.get(1)!.width);
    expect(byId.get(2)!.x + byId.get(2)!.width).toBeLessThanOrEqual(second.cx - 6);
    expect(byId.get(3)?.text).toBe('Follow-up call');
  });

  it('never lets two labels, or a label and a marker, collide on a crowded timeline', () => {
    // Gaps of 0 to 12 days (a fixed pseudo-random sequence): some events crowd, some stand alone.
    let day = dayNumber('2020-01-01');
    let seed = 7;
    const many = Array.from({ length: 300 }, (_, i) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      day += seed % 13;
      return item({
        id: i + 1,
        earliest: isoDay(day),
        lane: ['Police', 'Health', 'School'][seed % 3]!,
        title: `Event number ${i + 1} with words`,
      });
    });
    const layout = layoutTimeline(many, { pxPerDay: 3, cluster: { windowPx: 24, minCount: 4 } });
    const labels = placeLabels(layout.items, layout.clusters, options(layout.width));
    expect(labels.length).toBeGreaterThan(10);
    const row = new Map(layout.items.map((p) => [p.item.id, `${p.laneIndex}:${p.row}`]));
    const byRow = new Map<string, PlacedLabel[]>();
    for (const label of labels) byRow.set(row.get(label.id)!, [...(byRow.get(row.get(label.id)!) ?? []), label]);
    for (const [key, rowLabels] of byRow) {
      for (const a of rowLabels) for (const b of rowLabels) if (a !== b) expect(overlaps(a, b)).toBe(false);
      const marks = [
        ...layout.items
          .filter((p) => `${p.laneIndex}:${p.row}` === key)
          .map((p) => ({ x: Math.min(p.x, p.cx - 6), width: Math.max(12, p.spanWidth) })),
        ...layout.clusters.filter((c) => `${c.laneIndex}:${c.row}` === key),
      ];
      for (const label of rowLabels) for (const mark of marks) expect(overlaps(label, mark)).toBe(false);
    }
    for (const label of labels) {
      expect(label.x + label.width).toBeLessThanOrEqual(layout.width);
      expect(label.width).toBeCloseTo(label.text.length * FONT * CHAR_WIDTH_EM);
    }
  });

  it('stays inside the view on both sides', () => {
    const layout = layoutTimeline([item({ id: 1, earliest: '2021-02-03', title: 'Call-out to Larkspur Close' })], {
      pxPerDay: 2,
    });
    const p = layout.items[0]!;
    expect(placeLabels(layout.items, [], { ...options(p.cx + 30), viewLeft: p.cx - 30 })).toEqual([]);
  });
});

describe('labels on the left', () => {
  it('puts the label of the last event before its marker when the view ends just after it', () => {
    const layout = layoutTimeline(
      [
        item({ id: 1, earliest: '2021-01-01', title: 'First' }),
        item({ id: 2, earliest: '2021-06-01', title: 'Disclosure to class teacher' }),
      ],
      { pxPerDay: 2 },
    );
    const last = layout.items.find((p) => p.item.id === 2)!;
    const labels = placeLabels(layout.items, [], {
      markerSize: 12,
      fontSize: FONT,
      viewLeft: 0,
      viewRight: last.cx + 10,
    });
    const label = labels.find((l) => l.id === 2)!;
    expect(label.text).toBe('Disclosure to class teacher');
    expect(label.x + label.width).toBeLessThan(last.cx - 6);
    const first = labels.find((l) => l.id === 1)!;
    expect(first.x + first.width).toBeLessThanOrEqual(label.x);
  });
});
