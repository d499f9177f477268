/**
 * Draws a timeline layout as a standalone SVG document string.
 *
 * Used by the Word export (rendered to PNG with resvg, since Word needs a raster fallback) and
 * by the UI's "Save as SVG". The interactive timeline draws the same layout with React
 * elements and the same `shapePath`, so both pictures agree.
 */
import { axisTicks, labelledTickDays } from './axis';
import { formatDay } from './days';
import { shapePath } from './shapes';
import type { MarkerStyle, TimelineLayout } from './types';

export interface SvgOptions {
  /** Read by screen readers and shown as a tooltip: keep it short. */
  readonly title: string;
  /** Longer description (e.g. from `timelineSummary`). */
  readonly description?: string;
  readonly laneLabelWidth?: number;
  readonly axisHeight?: number;
  readonly markerSize?: number;
  readonly showLegend?: boolean;
  readonly fontFamily?: string;
}

/** Colours chosen for contrast on white paper (all ≥ 4.5:1 for text, ≥ 3:1 for shapes). */
export const TIMELINE_COLOURS = {
  text: '#1f2328',
  mutedText: '#4b5563',
  laneEven: '#ffffff',
  laneOdd: '#f2f4f7',
  laneRule: '#9aa3af',
  grid: '#d0d5dc',
  marker: '#1f3a5f',
  span: '#1f3a5f',
  spanFill: '#c9d8ec',
  keyRing: '#a4161a',
} as const;

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Control characters are not allowed in XML 1.0 and make resvg and Word refuse the file.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** Cuts a label to roughly `maxPx` at ~0.58 em per character, adding an ellipsis. */
export function fitLabel(text: string, maxPx: number, fontSize: number): string {
  const maxChars = Math.max(1, Math.floor(maxPx / (fontSize * 0.58)));
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…`;
}

function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function markerSvg(marker: MarkerStyle, cx: number, cy: number, size: number, key: boolean): string {
  const c = TIMELINE_COLOURS;
  const ring = key
    ? `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(size * 0.85)}" fill="none" stroke="${c.keyRing}" stroke-width="2"/>`
    : '';
  const fill = marker.filled ? c.marker : '#ffffff';
  return `${ring}<path d="${shapePath(marker.shape, cx, cy, size)}" fill="${fill}" stroke="${c.marker}" stroke-width="1.5"/>`;
}

const LEGEND_ROW = 20;
const LEGEND_COLUMN = 190;

export function renderTimelineSvg(layout: TimelineLayout, options: SvgOptions): string {
  const c = TIMELINE_COLOURS;
  const labelWidth = options.laneLabelWidth ?? 170;
  const axisHeight = options.axisHeight ?? 34;
  const size = options.markerSize ?? 12;
  const font = options.fontFamily ?? 'DejaVu Sans, Arial, Helvetica, sans-serif';
  const plotWidth = Math.max(1, layout.width);
  const totalWidth = labelWidth + plotWidth + 10;
  const legendEntries = options.showLegend === false ? [] : layout.legend;
  const legendColumns = Math.max(1, Math.floor((totalWidth - 20) / LEGEND_COLUMN));
  // Two extra legend items explain spans and key rings.
  const legendRows = legendEntries.length > 0 ? Math.ceil((legendEntries.length + 2) / legendColumns) : 0;
  const legendHeight = legendRows > 0 ? legendRows * LEGEND_ROW + 24 : 0;
  const plotTop = axisHeight;
  const totalHeight = plotTop + layout.height + legendHeight + 8;
  const parts: string[] = [];

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(totalWidth)}" height="${n(totalHeight)}" ` +
      `viewBox="0 0 ${n(totalWidth)} ${n(totalHeight)}" role="img" aria-labelledby="cw-tl-title cw-tl-desc" ` +
      `font-family="${escapeXml(font)}" font-size="12">`,
  );
  parts.push(`<title id="cw-tl-title">${escapeXml(options.title)}</title>`);
  parts.push(`<desc id="cw-tl-desc">${escapeXml(options.description ?? '')}</desc>`);
  parts.push(`<rect x="0" y="0" width="${n(totalWidth)}" height="${n(totalHeight)}" fill="#ffffff"/>`);

  // Lanes: alternating bands so a row can be followed across the page without colour alone
  // (the rule between lanes does that too).
  for (const lane of layout.lanes) {
    const y = plotTop + lane.y;
    parts.push(
      `<rect x="0" y="${n(y)}" width="${n(totalWidth)}" height="${n(lane.height)}" fill="${lane.index % 2 === 0 ? c.laneEven : c.laneOdd}"/>`,
      `<line x1="0" y1="${n(y + lane.height)}" x2="${n(totalWidth)}" y2="${n(y + lane.height)}" stroke="${c.laneRule}" stroke-width="1"/>`,
      `<text x="6" y="${n(y + Math.min(lane.height / 2, 16) + 4)}" fill="${c.text}" font-weight="bold">${escapeXml(fitLabel(lane.name, labelWidth - 12, 12))}</text>`,
    );
  }

  // Axis with grid lines.
  const ticks = axisTicks(layout.startDay, layout.endDay, layout.pxPerDay);
  const tickX = (day: number): number => labelWidth + (day - layout.startDay) * layout.pxPerDay;
  const labelled = labelledTickDays(ticks, tickX, { fontSize: 12, right: totalWidth });
  for (const tick of ticks) {
    const x = tickX(tick.day);
    if (tick.major) {
      parts.push(
        `<line x1="${n(x)}" y1="${n(axisHeight - 8)}" x2="${n(x)}" y2="${n(plotTop + layout.height)}" stroke="${c.grid}" stroke-width="1"/>`,
      );
      if (labelled.has(tick.day))
        parts.push(
          `<text x="${n(x + 3)}" y="${n(axisHeight - 12)}" fill="${c.mutedText}">${escapeXml(tick.label)}</text>`,
        );
    } else {
      parts.push(
        `<line x1="${n(x)}" y1="${n(axisHeight - 5)}" x2="${n(x)}" y2="${n(axisHeight)}" stroke="${c.grid}" stroke-width="1"/>`,
      );
    }
  }
  parts.push(
    `<line x1="${n(labelWidth)}" y1="${n(axisHeight)}" x2="${n(labelWidth + plotWidth)}" y2="${n(axisHeight)}" stroke="${c.laneRule}" stroke-width="1"/>`,
  );

  // Items: spans first so markers sit on top of them.
  for (const p of layout.items) {
    if (p.spanWidth <= 0) continue;
    parts.push(
      `<rect x="${n(labelWidth + p.x)}" y="${n(plotTop + p.cy - 4)}" width="${n(Math.max(1, p.spanWidth))}" height="8" rx="3" ` +
        `fill="${c.spanFill}" stroke="${c.span}" stroke-width="1" stroke-dasharray="3 2"/>`,
    );
  }
  for (const p of layout.items) {
    parts.push(markerSvg(p.marker, labelWidth + p.cx, plotTop + p.cy, size, p.item.key === true));
  }

  if (legendEntries.length > 0) {
    const top = plotTop + layout.height + 14;
    parts.push(`<text x="6" y="${n(top + 4)}" fill="${c.text}" font-weight="bold">Key</text>`);
    const cells: string[] = [];
    const place = (i: number): { x: number; y: number } => ({
      x: 50 + (i % legendColumns) * LEGEND_COLUMN,
      y: top + Math.floor(i / legendColumns) * LEGEND_ROW,
    });
    legendEntries.forEach((entry, i) => {
      const { x, y } = place(i);
      cells.push(
        markerSvg(entry.marker, x, y, size, false),
        `<text x="${n(x + 12)}" y="${n(y + 4)}" fill="${c.text}">${escapeXml(fitLabel(entry.eventType, LEGEND_COLUMN - 30, 12))}</text>`,
      );
    });
    const spanAt = place(legendEntries.length);
    cells.push(
      `<rect x="${n(spanAt.x - 8)}" y="${n(spanAt.y - 4)}" width="16" height="8" rx="3" fill="${c.spanFill}" stroke="${c.span}" stroke-dasharray="3 2"/>`,
      `<text x="${n(spanAt.x + 12)}" y="${n(spanAt.y + 4)}" fill="${c.text}">date known as a period</text>`,
    );
    const keyAt = place(legendEntries.length + 1);
    cells.push(
      markerSvg({ shape: 'circle', filled: false }, keyAt.x, keyAt.y, size * 0.6, true),
      `<text x="${n(keyAt.x + 12)}" y="${n(keyAt.y + 4)}" fill="${c.text}">key entry</text>`,
    );
    parts.push(...cells);
  }

  parts.push('</svg>');
  return parts.join('');
}

/** A default title for a timeline figure: "Timeline of 120 events, 3 Feb 2019 to 14 Mar 2023". */
export function defaultTimelineTitle(layout: TimelineLayout): string {
  const count = layout.items.length;
  if (count === 0) return 'Timeline with no events';
  const first = layout.items[0];
  const last = layout.items.reduce((a, b) => (b.x + b.spanWidth > a.x + a.spanWidth ? b : a));
  const from = first ? first.item.dateLabel : formatDay(layout.startDay);
  const to = last.item.dateLabel;
  return `Timeline of ${count} event${count === 1 ? '' : 's'} across ${layout.lanes.length} agenc${layout.lanes.length === 1 ? 'y' : 'ies'}, ${from} to ${to}`;
}
