import { memo, type KeyboardEvent } from 'react';
import {
  shapePath,
  TIMELINE_COLOURS as C,
  type MarkerStyle,
  type PlacedLabel,
  type PositionedCluster,
} from '@shared/timeline';
import { markName, type TimelineMark } from './timeline-navigation';

export const AXIS_HEIGHT = 34;
export const MARKER_SIZE = 12;
export const LABEL_FONT_SIZE = 11;

export interface MarkHandlers {
  readonly onMarkFocus: (mark: TimelineMark) => void;
  readonly onMarkActivate: (mark: TimelineMark) => void;
  readonly onMarkKeyDown: (event: KeyboardEvent<SVGGElement>, mark: TimelineMark) => void;
  readonly onMarkHover: (key: string | null) => void;
}

function MarkerShape({ marker, cx, cy, keyEntry }: { marker: MarkerStyle; cx: number; cy: number; keyEntry: boolean }) {
  return (
    <>
      {keyEntry ? (
        <circle cx={cx} cy={cy} r={MARKER_SIZE * 0.85} fill="none" stroke={C.keyRing} strokeWidth={2} />
      ) : null}
      <path
        d={shapePath(marker.shape, cx, cy, MARKER_SIZE)}
        fill={marker.filled ? C.marker : '#ffffff'}
        stroke={C.marker}
        strokeWidth={1.5}
      />
    </>
  );
}

/** A cluster: a pill as wide as its events' spread, with their count; a red edge when any is a key entry. */
function ClusterShape({ cluster, left, cy }: { cluster: PositionedCluster; left: number; cy: number }) {
  const hasKey = cluster.items.some((item) => item.key === true);
  return (
    <>
      <rect
        x={left}
        y={cy - 8}
        width={cluster.width}
        height={16}
        rx={8}
        fill={C.spanFill}
        stroke={hasKey ? C.keyRing : C.marker}
        strokeWidth={hasKey ? 2 : 1.5}
      />
      <text
        x={left + cluster.width / 2}
        y={cy + 4}
        textAnchor="middle"
        fill={C.text}
        fontSize={LABEL_FONT_SIZE}
        fontWeight="bold"
      >
        {cluster.items.length > 999 ? '999+' : cluster.items.length}
      </text>
    </>
  );
}

/**
 * Every mark in view as a focusable button (one tab stop), each event with its short label
 * where the label fits.
 */
export const TimelineMarks = memo(function TimelineMarks(props: {
  readonly marks: readonly TimelineMark[];
  readonly labels: ReadonlyMap<number, PlacedLabel>;
  readonly toScreen: (x: number) => number;
  readonly focusedKey: string | null;
  readonly handlers: MarkHandlers;
}) {
  const { marks, labels, toScreen, focusedKey, handlers } = props;
  const tabStopKey = marks.some((m) => m.key === focusedKey) ? focusedKey : (marks[0]?.key ?? null);
  return (
    <>
      {marks.map((mark) => {
        const cy = AXIS_HEIGHT + (mark.kind === 'event' ? mark.event.cy : mark.cluster.cy);
        const label = mark.kind === 'event' ? labels.get(mark.event.item.id) : undefined;
        const name = markName(mark);
        return (
          <g
            key={mark.key}
            role="button"
            tabIndex={mark.key === tabStopKey ? 0 : -1}
            aria-label={name}
            className={`cw-timeline-item${mark.key === focusedKey ? ' is-focused' : ''}`}
            data-mark-key={mark.key}
            onFocus={() => handlers.onMarkFocus(mark)}
            onClick={() => handlers.onMarkActivate(mark)}
            onKeyDown={(event) => handlers.onMarkKeyDown(event, mark)}
            onPointerEnter={() => handlers.onMarkHover(mark.key)}
            onPointerLeave={() => handlers.onMarkHover(null)}
          >
            <rect
              className="cw-timeline-hit"
              x={toScreen(mark.x) - 3}
              y={cy - 10}
              width={mark.width + 6}
              height={20}
              rx={3}
              fill="transparent"
            />
            {mark.kind === 'event' ? (
              <MarkerShape
                marker={mark.event.marker}
                cx={toScreen(mark.event.cx)}
                cy={cy}
                keyEntry={mark.event.item.key === true}
              />
            ) : (
              <ClusterShape cluster={mark.cluster} left={toScreen(mark.cluster.x)} cy={cy} />
            )}
            {label === undefined ? null : (
              <text
                className="cw-timeline-label"
                x={toScreen(label.x)}
                y={cy + 4}
                fill={C.mutedText}
                fontSize={LABEL_FONT_SIZE}
                aria-hidden="true"
              >
                {label.text}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
});

/** The full name of the focused or hovered mark, in a box beside it that stays inside the view. */
export function TimelineCallout({
  mark,
  toScreen,
  viewLeft,
  viewRight,
}: {
  readonly mark: TimelineMark;
  readonly toScreen: (x: number) => number;
  readonly viewLeft: number;
  readonly viewRight: number;
}) {
  const text = calloutText(mark);
  const width = Math.ceil(text.length * LABEL_FONT_SIZE * 0.62) + 12;
  const left = toScreen(mark.x);
  const right = toScreen(mark.x + mark.width);
  const cy = AXIS_HEIGHT + (mark.kind === 'event' ? mark.event.cy : mark.cluster.cy);
  // Beside the mark on the right, else on the left, else against the view's right edge.
  const x =
    right + 6 + width <= viewRight
      ? right + 6
      : left - 6 - width >= viewLeft
        ? left - 6 - width
        : Math.max(viewLeft, viewRight - width);
  const y = cy - 22 < AXIS_HEIGHT ? cy + 10 : cy - 22;
  return (
    <g aria-hidden="true" pointerEvents="none" className="cw-timeline-callout">
      <rect x={x} y={y} width={width} height={18} rx={3} fill="#ffffff" stroke={C.laneRule} />
      <text x={x + 6} y={y + 13} fill={C.text} fontSize={LABEL_FONT_SIZE}>
        {text}
      </text>
    </g>
  );
}

const CALLOUT_CHARS = 70;

function calloutText(mark: TimelineMark): string {
  const text =
    mark.kind === 'event'
      ? `${mark.event.item.dateLabel} · ${mark.event.item.eventType} · ${mark.event.item.title.replace(/\s+/g, ' ').trim() || 'no summary'}`
      : markName(mark).replace(/: choose to zoom in$/, ' · choose to zoom in');
  return text.length <= CALLOUT_CHARS ? text : `${text.slice(0, CALLOUT_CHARS - 1).trimEnd()}…`;
}
