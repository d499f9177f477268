import { memo, useMemo } from 'react';
import {
  axisTicks,
  fitLabel,
  labelledTickDays,
  placeLabels,
  shapePath,
  TIMELINE_COLOURS as C,
  type PositionedItem,
  type TimelineLayout,
} from '@shared/timeline';
import type { TimelineMark } from './timeline-navigation';
import {
  AXIS_HEIGHT,
  LABEL_FONT_SIZE,
  MARKER_SIZE,
  TimelineCallout,
  TimelineMarks,
  type MarkHandlers,
} from './TimelineMarks';

export { AXIS_HEIGHT, MARKER_SIZE } from './TimelineMarks';
export const LANE_LABEL_WIDTH = 176;
/** Beyond this many marks in view, they are drawn as one picture and the reviewer is asked to zoom in. */
export const MAX_INTERACTIVE_ITEMS = 1500;

export interface TimelineSvgProps extends MarkHandlers {
  readonly layout: TimelineLayout;
  /** Left edge of the view, in plot px. */
  readonly viewX: number;
  readonly width: number;
  /** The marks in view. */
  readonly marks: readonly TimelineMark[];
  readonly focusedKey: string | null;
  readonly hoveredKey: string | null;
  readonly label: string;
}

/**
 * Many marks in view (zoomed far out on a big chronology that did not cluster): one path per
 * marker style instead of an element per event, so 20,000 markers draw and pan without stutter.
 * Not interactive; the view asks the reviewer to zoom in to pick out single events.
 */
function DenseMarkers({
  marks,
  toScreen,
}: {
  readonly marks: readonly TimelineMark[];
  readonly toScreen: (x: number) => number;
}) {
  const groups = new Map<string, { filled: boolean; d: string[] }>();
  const rings: string[] = [];
  const r = MARKER_SIZE * 0.85;
  for (const mark of marks) {
    const p: PositionedItem | undefined = mark.kind === 'event' ? mark.event : undefined;
    const cy = AXIS_HEIGHT + (mark.kind === 'event' ? mark.event.cy : mark.cluster.cy);
    const cx = toScreen(mark.cx);
    const key = p === undefined ? 'cluster' : `${p.marker.shape}:${p.marker.filled ? 'f' : 'o'}`;
    const group = groups.get(key) ?? { filled: p?.marker.filled ?? true, d: [] };
    group.d.push(
      p === undefined ? shapePath('circle', cx, cy, MARKER_SIZE) : shapePath(p.marker.shape, cx, cy, MARKER_SIZE),
    );
    groups.set(key, group);
    if (p?.item.key === true) rings.push(`M${cx - r} ${cy} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`);
  }
  return (
    <g aria-hidden="true">
      {[...groups.entries()].map(([key, group]) => (
        <path
          key={key}
          d={group.d.join(' ')}
          fill={group.filled ? C.marker : '#ffffff'}
          stroke={C.marker}
          strokeWidth={1.5}
        />
      ))}
      {rings.length > 0 ? <path d={rings.join(' ')} fill="none" stroke={C.keyRing} strokeWidth={2} /> : null}
    </g>
  );
}

/** The drawing: lanes, axis, spans, marks with their labels, and the callout of the focused or hovered mark. */
export const TimelineSvg = memo(function TimelineSvg(props: TimelineSvgProps) {
  const { layout, viewX, width, marks, focusedKey, hoveredKey } = props;
  const plotWidth = Math.max(0, width - LANE_LABEL_WIDTH);
  const height = AXIS_HEIGHT + layout.height;
  const toScreen = (x: number): number => LANE_LABEL_WIDTH + x - viewX;
  const viewStartDay = layout.startDay + viewX / layout.pxPerDay;
  const ticks = axisTicks(
    Math.floor(viewStartDay),
    Math.ceil(viewStartDay + plotWidth / layout.pxPerDay),
    layout.pxPerDay,
  );
  const tickX = (day: number): number => toScreen((day - layout.startDay) * layout.pxPerDay);
  // A label never starts under the lane names: the start label (with its year) is pulled right.
  const labelX = (day: number): number => Math.max(tickX(day), LANE_LABEL_WIDTH);
  const labelled = labelledTickDays(ticks, labelX, { fontSize: 12, right: width });
  const interactive = marks.length <= MAX_INTERACTIVE_ITEMS;
  const labels = useMemo(() => {
    if (!interactive) return new Map();
    const events = marks.flatMap((m) => (m.kind === 'event' ? [m.event] : []));
    const clusters = marks.flatMap((m) => (m.kind === 'cluster' ? [m.cluster] : []));
    const placed = placeLabels(events, clusters, {
      markerSize: MARKER_SIZE,
      fontSize: LABEL_FONT_SIZE,
      viewLeft: viewX,
      viewRight: viewX + plotWidth,
    });
    return new Map(placed.map((label) => [label.id, label]));
  }, [marks, interactive, viewX, plotWidth]);
  const calloutMark = marks.find((m) => m.key === hoveredKey) ?? marks.find((m) => m.key === focusedKey);
  const handlers: MarkHandlers = props;

  return (
    <svg className="cw-timeline-svg" width={width} height={height} role="group" aria-label={props.label}>
      <defs>
        <clipPath id="cw-timeline-plot">
          <rect x={LANE_LABEL_WIDTH} y={0} width={plotWidth} height={height} />
        </clipPath>
      </defs>
      {layout.lanes.map((lane) => (
        <g key={lane.name} aria-hidden="true">
          <rect
            x={0}
            y={AXIS_HEIGHT + lane.y}
            width={width}
            height={lane.height}
            fill={lane.index % 2 === 0 ? C.laneEven : C.laneOdd}
          />
          <line
            x1={0}
            x2={width}
            y1={AXIS_HEIGHT + lane.y + lane.height}
            y2={AXIS_HEIGHT + lane.y + lane.height}
            stroke={C.laneRule}
          />
        </g>
      ))}
      <g clipPath="url(#cw-timeline-plot)" aria-hidden="true">
        {ticks.map((tick) => {
          const x = tickX(tick.day);
          return tick.major ? (
            <g key={tick.day}>
              <line x1={x} x2={x} y1={AXIS_HEIGHT - 8} y2={height} stroke={C.grid} />
              {labelled.has(tick.day) ? (
                <text x={labelX(tick.day) + 3} y={AXIS_HEIGHT - 12} fill={C.mutedText} fontSize={12}>
                  {tick.label}
                </text>
              ) : null}
            </g>
          ) : (
            <line key={tick.day} x1={x} x2={x} y1={AXIS_HEIGHT - 5} y2={AXIS_HEIGHT} stroke={C.grid} />
          );
        })}
      </g>
      <line x1={LANE_LABEL_WIDTH} x2={width} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} stroke={C.laneRule} aria-hidden="true" />
      <g clipPath="url(#cw-timeline-plot)">
        <path
          aria-hidden="true"
          fill={C.spanFill}
          stroke={C.span}
          strokeDasharray="3 2"
          d={marks
            .flatMap((m) => (m.kind === 'event' && m.event.spanWidth > 0 ? [m.event] : []))
            .map(
              (p) =>
                `M${toScreen(p.x)} ${AXIS_HEIGHT + p.cy - 4} h${Math.max(1, p.spanWidth)} v8 h${-Math.max(1, p.spanWidth)} Z`,
            )
            .join(' ')}
        />
        {interactive ? (
          <TimelineMarks
            marks={marks}
            labels={labels}
            toScreen={toScreen}
            focusedKey={focusedKey}
            handlers={handlers}
          />
        ) : (
          <DenseMarkers marks={marks} toScreen={toScreen} />
        )}
      </g>
      {layout.lanes.map((lane) => (
        <g key={`label-${lane.name}`}>
          <rect
            x={0}
            y={AXIS_HEIGHT + lane.y}
            width={LANE_LABEL_WIDTH - 4}
            height={lane.height}
            fill={lane.index % 2 === 0 ? C.laneEven : C.laneOdd}
            aria-hidden="true"
          />
          <text
            x={8}
            y={AXIS_HEIGHT + lane.y + Math.min(lane.height / 2, 16) + 4}
            fill={C.text}
            fontSize={13}
            fontWeight="bold"
          >
            {fitLabel(lane.name, LANE_LABEL_WIDTH - 16, 13 * 1.1)}
            <title>{`${lane.name}: ${lane.itemCount} events`}</title>
          </text>
        </g>
      ))}
      {interactive && calloutMark !== undefined ? (
        <TimelineCallout mark={calloutMark} toScreen={toScreen} viewLeft={LANE_LABEL_WIDTH} viewRight={width} />
      ) : null}
    </svg>
  );
});
