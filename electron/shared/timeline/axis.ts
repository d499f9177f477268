/**
 * Zoom levels and axis ticks. The zoom runs from decades to single days; each level names the
 * tick unit so the UI can announce "Zoom: months" and the axis labels stay readable (major
 * ticks at least ~50 px apart).
 */
import { MONTH_ABBREVIATIONS } from '../dates/calendar';
import { calendarDay, dayOf } from './days';
import type { AxisTick, TickUnit } from './types';

export interface ZoomLevel {
  /** Pixels per day. */
  readonly pxPerDay: number;
  /** Words for the level, used in the zoom control's status text. */
  readonly name: string;
}

/** From a decade in ~110 px to a day in 60 px. */
export const ZOOM_LEVELS: readonly ZoomLevel[] = [
  { pxPerDay: 0.03, name: 'decades' },
  { pxPerDay: 0.08, name: 'years' },
  { pxPerDay: 0.2, name: 'years' },
  { pxPerDay: 0.5, name: 'quarters' },
  { pxPerDay: 1.2, name: 'quarters' },
  { pxPerDay: 3, name: 'months' },
  { pxPerDay: 8, name: 'weeks' },
  { pxPerDay: 20, name: 'weeks' },
  { pxPerDay: 60, name: 'days' },
];

/** Index of the zoom level nearest to `pxPerDay`. */
export function nearestZoomIndex(pxPerDay: number): number {
  let best = 0;
  for (let i = 1; i < ZOOM_LEVELS.length; i++) {
    const level = ZOOM_LEVELS[i];
    const current = ZOOM_LEVELS[best];
    if (
      level &&
      current &&
      Math.abs(Math.log(level.pxPerDay / pxPerDay)) < Math.abs(Math.log(current.pxPerDay / pxPerDay))
    ) {
      best = i;
    }
  }
  return best;
}

/** The largest zoom level at which `days` fit in `width` px (at least the outermost level). */
export function fitZoomIndex(days: number, width: number): number {
  let fit = 0;
  ZOOM_LEVELS.forEach((level, i) => {
    if (level.pxPerDay * days <= width) fit = i;
  });
  return fit;
}

/** The unit of labelled ticks for a scale: the finest unit whose ticks stay ~50 px apart. */
export function tickUnitFor(pxPerDay: number): TickUnit {
  if (pxPerDay >= 40) return 'day';
  if (pxPerDay * 7 >= 55) return 'week';
  if (pxPerDay * 30.4 >= 50) return 'month';
  if (pxPerDay * 91.3 >= 55) return 'quarter';
  if (pxPerDay * 365.25 >= 45) return 'year';
  return 'decade';
}

const FINER: Record<TickUnit, TickUnit | null> = {
  decade: 'year',
  year: 'quarter',
  quarter: 'month',
  month: 'week',
  week: 'day',
  day: null,
};

/** Day numbers where `unit` begins, within [startDay, endDay]. */
function boundaries(unit: TickUnit, startDay: number, endDay: number): number[] {
  const out: number[] = [];
  const first = calendarDay(startDay);
  switch (unit) {
    case 'day':
      for (let d = Math.ceil(startDay); d <= endDay; d++) out.push(d);
      return out;
    case 'week': {
      // Weeks start on Monday (UK convention). Day 0 (1970-01-01) was a Thursday.
      const firstMonday = Math.ceil((startDay - 4) / 7) * 7 + 4;
      for (let d = firstMonday; d <= endDay; d += 7) out.push(d);
      return out;
    }
    case 'month':
    case 'quarter': {
      const step = unit === 'month' ? 1 : 3;
      let year = first.year;
      let month = Math.floor((first.month - 1) / step) * step + 1;
      for (;;) {
        const d = dayOf(year, month, 1);
        if (d > endDay) return out;
        if (d >= startDay) out.push(d);
        month += step;
        if (month > 12) {
          month -= 12;
          year += 1;
        }
      }
    }
    case 'year':
    case 'decade': {
      const step = unit === 'year' ? 1 : 10;
      for (let year = Math.floor(first.year / step) * step; ; year += step) {
        const d = dayOf(year, 1, 1);
        if (d > endDay) return out;
        if (d >= startDay) out.push(d);
      }
    }
  }
}

/** A tick's label with its year, for the first label on the axis. */
function withYear(unit: TickUnit, day: number): string {
  const label = tickLabel(unit, day);
  if (/\d{4}/.test(label)) return label;
  return `${label} ${calendarDay(day).year}`;
}

function tickLabel(unit: TickUnit, day: number): string {
  const { year, month, date } = calendarDay(day);
  switch (unit) {
    case 'decade':
      return `${year}s`;
    case 'year':
      return String(year);
    case 'quarter':
    case 'month':
      return month === 1 ? `${MONTH_ABBREVIATIONS[0]} ${year}` : `${MONTH_ABBREVIATIONS[month - 1]}`;
    case 'week':
    case 'day':
      return date === 1 || (month === 1 && date <= 7)
        ? `${date} ${MONTH_ABBREVIATIONS[month - 1]} ${year}`
        : `${date} ${MONTH_ABBREVIATIONS[month - 1]}`;
  }
}

/**
 * Ticks for the visible window [startDay, endDay]. Major ticks carry labels; minor ticks (the
 * next finer unit) are only produced while they stay at least 8 px apart.
 */
export function axisTicks(startDay: number, endDay: number, pxPerDay: number): AxisTick[] {
  const unit = tickUnitFor(pxPerDay);
  const majors = boundaries(unit, startDay, endDay);
  const majorSet = new Set(majors);
  const ticks: AxisTick[] = majors.map((day) => ({ day, label: tickLabel(unit, day), major: true }));
  const finer = FINER[unit];
  const minorSpacing: Record<TickUnit, number> = { decade: 3650, year: 365, quarter: 91, month: 30, week: 7, day: 1 };
  if (finer && minorSpacing[finer] * pxPerDay >= 8) {
    for (const day of boundaries(finer, startDay, endDay)) {
      if (!majorSet.has(day)) ticks.push({ day, label: '', major: false });
    }
  }
  // The axis always says where it starts, with the year: the first label names the year when it
  // is near the left edge; otherwise a label at the edge itself gives month and year.
  const firstMajor = majors[0];
  if (firstMajor !== undefined && (firstMajor - startDay) * pxPerDay < 60) {
    const label = withYear(unit, firstMajor);
    return ticks.map((tick) => (tick.day === firstMajor ? { ...tick, label } : tick)).sort((a, b) => a.day - b.day);
  }
  const { year, month } = calendarDay(startDay);
  const startLabel = unit === 'year' || unit === 'decade' ? String(year) : `${MONTH_ABBREVIATIONS[month - 1]} ${year}`;
  ticks.push({ day: startDay, label: startLabel, major: true, isStart: true });
  return ticks.sort((a, b) => a.day - b.day);
}

const MIN_PX_PER_DAY = ZOOM_LEVELS[0]?.pxPerDay ?? 0.03;
const MAX_PX_PER_DAY = ZOOM_LEVELS[ZOOM_LEVELS.length - 1]?.pxPerDay ?? 60;

/** Keeps a scale within the outermost and innermost zoom levels. */
export function clampPxPerDay(pxPerDay: number): number {
  return Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, pxPerDay));
}

/**
 * The scale at which `days` fill `width` exactly ("Show all"), within the zoom range. The zoom
 * buttons step through the fixed levels from there, so a fitted view is never left half empty.
 */
export function fitPxPerDay(days: number, width: number): number {
  return clampPxPerDay(width / Math.max(1, days));
}

/**
 * The next zoom level in (`step` 1) or out (`step` -1) from any scale, or null at the end of
 * the range. A scale within 2% of a level counts as that level.
 */
export function stepZoom(pxPerDay: number, step: 1 | -1): number | null {
  const levels = ZOOM_LEVELS.map((level) => level.pxPerDay);
  const next =
    step === 1 ? levels.find((px) => px > pxPerDay * 1.02) : [...levels].reverse().find((px) => px < pxPerDay / 1.02);
  return next ?? null;
}

/** Words for a scale ("months"), from the nearest zoom level. */
export function zoomName(pxPerDay: number): string {
  return ZOOM_LEVELS[nearestZoomIndex(pxPerDay)]?.name ?? '';
}

/** Whether the scale is the closest zoom there is (events are no longer clustered there). */
export function isInnermostZoom(pxPerDay: number): boolean {
  return pxPerDay >= MAX_PX_PER_DAY / 1.02;
}

/**
 * The days of the major ticks whose labels can be drawn (at `x + 3`) without touching the label
 * before them or running past `right`. Earlier labels win, so the first label, which names the
 * year the view starts in, is always kept when it fits.
 */
export function labelledTickDays(
  ticks: readonly AxisTick[],
  xOf: (day: number) => number,
  options: { readonly fontSize: number; readonly right: number },
): Set<number> {
  const shown = new Set<number>();
  let lastEnd = -Infinity;
  for (const tick of [...ticks].sort((a, b) => a.day - b.day)) {
    if (!tick.major || tick.label === '') continue;
    const start = xOf(tick.day) + 3;
    const end = start + tick.label.length * options.fontSize * 0.62;
    if (start < lastEnd + 8 || end > options.right) continue;
    shown.add(tick.day);
    lastEnd = end;
  }
  return shown;
}
