/**
 * Marker shapes for event types. Shapes, not colours, tell event types apart, so the timeline
 * reads in greyscale print and for people who do not see colour differences (WCAG 1.4.1).
 */
import type { LegendEntry, MarkerStyle, ShapeName } from './types';

export const SHAPES: readonly ShapeName[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'hexagon',
  'star',
  'cross',
  'pentagon',
  'plus',
];

/**
 * Shapes for the common event types, chosen so that the most alarming kinds stand out
 * (an incident is a warning triangle, a disclosure a star). Other types take the remaining
 * shapes in alphabetical order.
 */
const PREFERRED: Readonly<Record<string, MarkerStyle>> = {
  incident: { shape: 'triangle', filled: true },
  contact: { shape: 'circle', filled: true },
  'home visit': { shape: 'square', filled: true },
  referral: { shape: 'diamond', filled: true },
  assessment: { shape: 'hexagon', filled: true },
  'strategy discussion': { shape: 'pentagon', filled: true },
  conference: { shape: 'pentagon', filled: false },
  meeting: { shape: 'square', filled: false },
  decision: { shape: 'diamond', filled: false },
  'case closure': { shape: 'cross', filled: true },
  'did not attend': { shape: 'triangle-down', filled: false },
  disclosure: { shape: 'star', filled: true },
};

function normalise(eventType: string): string {
  return eventType.trim().toLowerCase();
}

/**
 * One marker per event type, stable for a given set of types: the legend and every drawing of
 * the same chronology agree. With more than 20 types markers repeat (the legend says so by
 * listing them; the accessible names always carry the type in words).
 */
export function assignMarkers(eventTypes: Iterable<string>): LegendEntry[] {
  const names = [...new Set([...eventTypes].map((t) => t.trim()).filter((t) => t !== ''))].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
  const used = new Set<string>();
  const result = new Map<string, MarkerStyle>();
  for (const name of names) {
    const preferred = PREFERRED[normalise(name)];
    if (preferred) {
      result.set(name, preferred);
      used.add(markerKey(preferred));
    }
  }
  const free: MarkerStyle[] = [];
  for (const filled of [true, false]) {
    for (const shape of SHAPES) {
      const style = { shape, filled };
      if (!used.has(markerKey(style))) free.push(style);
    }
  }
  let next = 0;
  for (const name of names) {
    if (result.has(name)) continue;
    const style = free.length > 0 ? free[next % free.length] : undefined;
    result.set(name, style ?? { shape: SHAPES[next % SHAPES.length] ?? 'circle', filled: true });
    next++;
  }
  return names.map((eventType) => ({ eventType, marker: result.get(eventType) ?? { shape: 'circle', filled: true } }));
}

function markerKey(style: MarkerStyle): string {
  return `${style.shape}:${style.filled ? 'f' : 'o'}`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function polygon(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ') + ' Z';
}

function regular(cx: number, cy: number, r: number, sides: number, rotation: number): string {
  const pts: Array<[number, number]> = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (i * 2 * Math.PI) / sides;
    pts.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  return polygon(pts);
}

/** SVG path data for a marker of overall size `size` centred on (cx, cy). */
export function shapePath(shape: ShapeName, cx: number, cy: number, size: number): string {
  const r = size / 2;
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      return `M${round(cx - r)} ${round(cy)} a${round(r)} ${round(r)} 0 1 0 ${round(2 * r)} 0 a${round(r)} ${round(r)} 0 1 0 ${round(-2 * r)} 0 Z`;
    case 'square': {
      const s = r * 0.85;
      return polygon([
        [cx - s, cy - s],
        [cx + s, cy - s],
        [cx + s, cy + s],
        [cx - s, cy + s],
      ]);
    }
    case 'diamond':
      return polygon([
        [cx, cy - r],
        [cx + r, cy],
        [cx, cy + r],
        [cx - r, cy],
      ]);
    case 'triangle':
      return regular(cx, cy + r * 0.15, r * 1.1, 3, up);
    case 'triangle-down':
      return regular(cx, cy - r * 0.15, r * 1.1, 3, Math.PI / 2);
    case 'hexagon':
      return regular(cx, cy, r, 6, 0);
    case 'pentagon':
      return regular(cx, cy, r, 5, up);
    case 'star': {
      const pts: Array<[number, number]> = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.1 : r * 0.45;
        const a = up + (i * Math.PI) / 5;
        pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
      }
      return polygon(pts);
    }
    case 'cross': {
      // A saltire (×) with arm width w.
      const w = r * 0.38;
      const pts: Array<[number, number]> = [
        [0, -w],
        [r - w, -r],
        [r, -r + w],
        [w, 0],
        [r, r - w],
        [r - w, r],
        [0, w],
        [-r + w, r],
        [-r, r - w],
        [-w, 0],
        [-r, -r + w],
        [-r + w, -r],
      ];
      // Rotated points above are already the × shape: arms run along the diagonals.
      return polygon(pts.map(([x, y]) => [cx + x, cy + y] as const));
    }
    case 'plus': {
      const w = r * 0.35;
      return polygon([
        [cx - w, cy - r],
        [cx + w, cy - r],
        [cx + w, cy - w],
        [cx + r, cy - w],
        [cx + r, cy + w],
        [cx + w, cy + w],
        [cx + w, cy + r],
        [cx - w, cy + r],
        [cx - w, cy + w],
        [cx - r, cy + w],
        [cx - r, cy - w],
        [cx - w, cy - w],
      ]);
    }
  }
}

/** Words for a marker, used in legends' text alternatives ("filled triangle"). */
export function describeMarker(style: MarkerStyle): string {
  return `${style.filled ? 'filled' : 'hollow'} ${style.shape.replace('-', ' ')}`;
}
