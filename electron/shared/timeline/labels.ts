/**
 * Short labels beside markers, only where they fit.
 *
 * A label sits to the right of its marker (after the span of a vague date) on the marker's own
 * row, and ends before the next mark on that row and before the edge of the view; where that
 * room is too small it sits to the left, after the previous mark and label. Where the room
 * left is too small for a few words there is no label: the event's name is still read out and
 * shown on focus and hover. Widths are estimated from the character count (no DOM), which keeps
 * this pure, testable and the same wherever it runs.
 */
import type { PositionedCluster, PositionedItem } from './types';

export interface LabelOptions {
  readonly markerSize: number;
  readonly fontSize: number;
  /** Right edge of the view in plot px: labels stop before it. */
  readonly viewRight: number;
  /** Left edge of the view in plot px: labels start after it. */
  readonly viewLeft?: number;
  /** Longest label, in characters. */
  readonly maxChars?: number;
  /** Fewer characters than this would say nothing useful: no label. */
  readonly minChars?: number;
}

export interface PlacedLabel {
  readonly id: number;
  readonly text: string;
  /** Left edge and estimated width, in plot px. */
  readonly x: number;
  readonly width: number;
}

/** An estimate on the wide side of the average glyph, so estimated labels do not touch real ones. */
export const CHAR_WIDTH_EM = 0.62;
const GAP_PX = 6;

/** The words a label shows: the summary, or the event type when there is no summary. */
export function shortLabelText(p: PositionedItem): string {
  const summary = p.item.title.replace(/\s+/g, ' ').trim();
  return summary === '' ? p.item.eventType : summary;
}

function truncate(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

function rightEdge(mark: PositionedItem | PositionedCluster, markerSize: number): number {
  return 'item' in mark ? Math.max(mark.x + mark.spanWidth, mark.cx + markerSize / 2) : mark.x + mark.width;
}

function leftEdge(mark: PositionedItem | PositionedCluster, markerSize: number): number {
  return 'item' in mark ? Math.min(mark.x, mark.cx - markerSize / 2) : mark.x;
}

/**
 * Labels for the items in view. Clusters count as obstacles. Returns labels that overlap no
 * other label and no mark on the same row.
 */
export function placeLabels(
  items: readonly PositionedItem[],
  clusters: readonly PositionedCluster[],
  options: LabelOptions,
): PlacedLabel[] {
  const maxChars = options.maxChars ?? 28;
  const minChars = options.minChars ?? 6;
  const charPx = options.fontSize * CHAR_WIDTH_EM;
  const rows = new Map<string, Array<PositionedItem | PositionedCluster>>();
  for (const mark of [...items, ...clusters]) {
    const key = `${mark.laneIndex}:${mark.row}`;
    const row = rows.get(key) ?? [];
    row.push(mark);
    rows.set(key, row);
  }
  const labels: PlacedLabel[] = [];
  const fit = (room: number): number => Math.min(maxChars, Math.floor((room - GAP_PX) / charPx));

  const roomOnRight = (mark: PositionedItem, later: ReadonlyArray<PositionedItem | PositionedCluster>): number => {
    let end = options.viewRight;
    for (const other of later) end = Math.min(end, leftEdge(other, options.markerSize));
    return end - (rightEdge(mark, options.markerSize) + 4);
  };

  // Beside the marker on the right (after a vague date's span) when a few words fit before the
  // next mark; otherwise on the left, after whatever comes before it (the last event of a fitted
  // view sits at the right edge and would otherwise never have a label).
  const placeOne = (
    mark: PositionedItem,
    later: ReadonlyArray<PositionedItem | PositionedCluster>,
    taken: number,
    markLeft: number,
    markRight: number,
  ): PlacedLabel | null => {
    const start = markRight + 4;
    // Everything later on the row is in the way, not only the next mark.
    let end = options.viewRight;
    for (const other of later) end = Math.min(end, leftEdge(other, options.markerSize));
    // The next event will need its label on its left (nothing fits on its right): share the gap.
    const next = later[0];
    if (next !== undefined && 'item' in next && fit(roomOnRight(next, later.slice(1))) < minChars) {
      end = Math.min(end, (start + leftEdge(next, options.markerSize)) / 2);
    }
    const text = shortLabelText(mark);
    const rightChars = taken > start ? 0 : fit(end - start);
    if (rightChars >= minChars) {
      const shown = truncate(text, rightChars);
      return { id: mark.item.id, text: shown, x: start, width: shown.length * charPx };
    }
    const leftEnd = markLeft - 4;
    const leftChars = fit(leftEnd - Math.max(taken, options.viewLeft ?? -Infinity));
    if (leftChars < minChars) return null;
    const shown = truncate(text, leftChars);
    const width = shown.length * charPx;
    return { id: mark.item.id, text: shown, x: leftEnd - width, width };
  };
  for (const row of rows.values()) {
    row.sort((a, b) => leftEdge(a, options.markerSize) - leftEdge(b, options.markerSize));
    // Where the last label or mark on this row ends: a label to the left must start after it.
    let taken = -Infinity;
    row.forEach((mark, i) => {
      const markLeft = leftEdge(mark, options.markerSize);
      const markRight = rightEdge(mark, options.markerSize);
      if ('item' in mark) {
        const label = placeOne(mark, row.slice(i + 1), taken, markLeft, markRight);
        if (label !== null) {
          labels.push(label);
          taken = Math.max(taken, label.x + label.width);
        }
      }
      taken = Math.max(taken, markRight);
    });
  }
  return labels;
}
