import { describe, expect, it } from 'vitest';
import { assignMarkers, describeMarker, shapePath, SHAPES } from '@shared/timeline';

describe('event type markers', () => {
  it('gives common types their fixed shapes', () => {
    const legend = assignMarkers(['incident', 'Home visit', 'disclosure']);
    const byType = new Map(legend.map((l) => [l.eventType, l.marker]));
    expect(byType.get('incident')).toEqual({ shape: 'triangle', filled: true });
    expect(byType.get('Home visit')).toEqual({ shape: 'square', filled: true });
    expect(byType.get('disclosure')).toEqual({ shape: 'star', filled: true });
  });

  it('keeps up to twenty types distinct and is stable whatever the input order', () => {
    const types = Array.from({ length: 20 }, (_, i) => `custom type ${String(i).padStart(2, '0')}`);
    const legend = assignMarkers(types);
    const keys = legend.map((l) => describeMarker(l.marker));
    expect(new Set(keys).size).toBe(20);
    expect(assignMarkers([...types].reverse())).toEqual(legend);
  });

  it('does not reuse a preferred shape for another type', () => {
    const legend = assignMarkers(['incident', 'welfare check']);
    const welfare = legend.find((l) => l.eventType === 'welfare check')!.marker;
    expect(welfare).not.toEqual({ shape: 'triangle', filled: true });
    expect(assignMarkers(['', '  '])).toEqual([]);
  });

  it('draws every shape as a closed path around its centre', () => {
    for (const shape of SHAPES) {
      const d = shapePath(shape, 50, 50, 12);
      expect(d.startsWith('M')).toBe(true);
      expect(d.endsWith('Z')).toBe(true);
      const numbers = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      // Absolute coordinates stay within the marker box (circles use relative arcs).
      if (shape !== 'circle') {
        for (const value of numbers) expect(Math.abs(value - 50)).toBeLessThanOrEqual(7);
      }
    }
    expect(describeMarker({ shape: 'triangle-down', filled: false })).toBe('hollow triangle down');
  });
});
