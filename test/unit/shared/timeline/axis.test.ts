import { describe, expect, it } from 'vitest';
import {
  axisTicks,
  dayNumber,
  fitPxPerDay,
  fitZoomIndex,
  isInnermostZoom,
  nearestZoomIndex,
  stepZoom,
  tickUnitFor,
  ZOOM_LEVELS,
  zoomName,
} from '@shared/timeline';

describe('zoom levels', () => {
  it('run from decades to days, finer each step', () => {
    expect(ZOOM_LEVELS[0]?.name).toBe('decades');
    expect(ZOOM_LEVELS.at(-1)?.name).toBe('days');
    for (let i = 1; i < ZOOM_LEVELS.length; i++) {
      expect(ZOOM_LEVELS[i]!.pxPerDay).toBeGreaterThan(ZOOM_LEVELS[i - 1]!.pxPerDay);
    }
    expect(tickUnitFor(ZOOM_LEVELS[0]!.pxPerDay)).toBe('decade');
    expect(tickUnitFor(ZOOM_LEVELS.at(-1)!.pxPerDay)).toBe('day');
  });

  it('finds the nearest level and the level that fits a span', () => {
    expect(nearestZoomIndex(2.9)).toBe(ZOOM_LEVELS.findIndex((l) => l.pxPerDay === 3));
    // Four years in 1,000 px: 0.5 px/day (730 px) fits, 1.2 px/day does not.
    expect(ZOOM_LEVELS[fitZoomIndex(4 * 365, 1000)]!.pxPerDay).toBe(0.5);
    // Nothing fits in 1 px: the outermost level is used.
    expect(fitZoomIndex(100_000, 1)).toBe(0);
  });
});

describe('axis ticks', () => {
  it('labels months at month zoom, with the year on January and on the first label', () => {
    const ticks = axisTicks(dayNumber('2020-11-15'), dayNumber('2021-03-10'), 3);
    const majors = ticks.filter((t) => t.major);
    expect(majors.map((t) => t.label)).toEqual(['Dec 2020', 'Jan 2021', 'Feb', 'Mar']);
    expect(majors[0]?.day).toBe(dayNumber('2020-12-01'));
    // Minor ticks are Monday weeks (7 px × 3 = 21 px apart, enough room).
    const minors = ticks.filter((t) => !t.major);
    expect(minors.length).toBeGreaterThan(10);
    expect(new Date(minors[0]!.day * 86_400_000).getUTCDay()).toBe(1);
  });

  it('labels decades at the outermost zoom and skips crowded minor ticks', () => {
    const ticks = axisTicks(dayNumber('1995-06-01'), dayNumber('2024-01-01'), 0.03);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2000s', '2010s', '2020s']);
    // Years at 0.03 px/day are 11 px apart: shown as minor ticks.
    expect(ticks.filter((t) => !t.major)).toHaveLength(26);
  });

  it('names month and year at the left edge when the first label is far from it', () => {
    const ticks = axisTicks(dayNumber('2019-05-02'), dayNumber('2021-06-01'), 0.5);
    const first = ticks.filter((t) => t.major)[0]!;
    expect(first).toMatchObject({ day: dayNumber('2019-05-02'), label: '2019', isStart: true });
    const monthly = axisTicks(dayNumber('2021-01-20'), dayNumber('2021-06-01'), 1.2).filter((t) => t.major)[0]!;
    expect(monthly).toMatchObject({ label: 'Jan 2021', isStart: true });
  });

  it('labels single days at day zoom', () => {
    const ticks = axisTicks(dayNumber('2021-02-27'), dayNumber('2021-03-02'), 60);
    expect(ticks.map((t) => t.label)).toEqual(['27 Feb 2021', '28 Feb', '1 Mar 2021', '2 Mar']);
  });
});

describe('fitting and stepping the zoom', () => {
  it('"Show all" fills the width with the data exactly, within the zoom range', () => {
    expect(fitPxPerDay(1000, 800)).toBeCloseTo(0.8);
    expect(fitPxPerDay(3, 900)).toBe(ZOOM_LEVELS[ZOOM_LEVELS.length - 1]!.pxPerDay);
    expect(fitPxPerDay(200_000, 900)).toBe(ZOOM_LEVELS[0]!.pxPerDay);
  });

  it('steps from any scale to the next fixed level, and stops at the ends', () => {
    expect(stepZoom(0.8, 1)).toBe(1.2);
    expect(stepZoom(0.8, -1)).toBe(0.5);
    expect(stepZoom(1.2, 1)).toBe(3);
    expect(stepZoom(60, 1)).toBeNull();
    expect(stepZoom(0.03, -1)).toBeNull();
    expect(zoomName(0.8)).toBe('quarters');
    expect(isInnermostZoom(60)).toBe(true);
  });
});
