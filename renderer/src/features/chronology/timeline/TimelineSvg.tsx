import { memo, type KeyboardEvent } from 'react';
import {
  axisTicks,
  shapePath,
  TIMELINE_COLOURS as C,
  type MarkerStyle,
  type PositionedItem,
  type TimelineLayout,
} from '../../../../../electron/shared/timeline';
import { itemName } from './timeline-navigation';

export const LANE_LABEL_WIDTH = 176;
export const AXIS_HEIGHT = 34;
export const MARKER_SIZE = 12;
/** Beyond this many events in view, markers are drawn as one picture and the reviewer is asked to zoom in. */
export const MAX_INTERACTIVE_ITEMS = 1500;

export interface TimelineSvgProps {
  readonly layout: TimelineLayout;
  /** Left edge of the view, in plot px. */
  readonly viewX: number;
  readonly width: number;
  readonly visible: readonly PositionedItem[];
  readonly focusedId: number | null;
  readonly onItemFocus: (id: number) => void;
  readonly onItemActivate: (item: PositionedItem) => void;
  readonly onItemKeyDown: (event: KeyboardEvent<SVGGElement>, item: PositionedItem) => void;
  readonly label: string;
}

function MarkerShape({ marker, cx, cy, keyEntry }: { marker: MarkerStyle; cx: number; cy: number; keyEntry: boolean }) {
  return (
    <>
      {keyEntry ? <circle cx={cx} cy={cy} r={MARKER_SIZE * 0.85} fill="none" stroke={C.keyRing} strokeWidth={2} /> : null}
      <path d={shapePath(marker.shape, cx, cy, MARKER_SIZE)} fill={marker.filled ? C.marker : '#ffffff'} stroke={C.marker} strokeWidth={1.5} />
    </>
  );
}

/**
 * Many events in view (zoomed far out on a big chronology): one path per marker style instead of
 * an element per event, so 20,000 markers draw and pan without stutter. Not interactive; the
 * view asks the reviewer to zoom in to pick out single events.
 */
function DenseMarkers({ visible, toScreen }: { readonly visible: readonly PositionedItem[]; readonly toScreen: (x: number) => number }) {
  const groups = new Map<string, { marker: MarkerStyle; d: string[] }>();
  const rings: string[] = [];
  const r = MARKER_SIZE * 0.85;
  for (const p of visible) {
    const key = `${p.marker.shape}:${p.marker.filled ? 'f' : 'o'}`;
    const group = groups.get(key) ?? { marker: p.marker, d: [] };
    const cx = toScreen(p.cx);
    const cy = AXIS_HEIGHT + p.cy;
    group.d.push(shapePath(p.marker.shape, cx, cy, MARKER_SIZE));
    groups.set(key, group);
    if (p.item.key === true) rings.push(`M${cx - r} ${cy} a${r} ${r} 0 1 0 ${2 * r} 0 a${r} ${r} 0 1 0 ${-2 * r} 0 Z`);
  }
  return (
    <g aria-hidden="true">
      {[...groups.entries()].map(([key, group]) => (
        <path key={key} d={group.d.join(' ')} fill={group.marker.filled ? C.marker : '#ffffff'} stroke={C.marker} strokeWidth={1.5} />
      ))}
      {rings.length > 0 ? <path d={rings.join(' ')} fill="none" stroke={C.keyRing} strokeWidth={2} /> : null}
    </g>
  );
}

/** The drawing: lanes, axis, spans and markers of the events in view. */
export const TimelineSvg = memo(function TimelineSvg(props: TimelineSvgProps) {
  const { layout, viewX, width, visible, focusedId } = props;
  const plotWidth = Math.max(0, width - LANE_LABEL_WIDTH);
  const height = AXIS_HEIGHT + layout.height;
  const toScreen = (x: number): number => LANE_LABEL_WIDTH + x - viewX;
  const viewStartDay = layout.startDay + viewX / layout.pxPerDay;
  const ticks = axisTicks(Math.floor(viewStartDay), Math.ceil(viewStartDay + plotWidth / layout.pxPerDay), layout.pxPerDay);
  const interactive = visible.length <= MAX_INTERACTIVE_ITEMS;
  // The tab stop: the focused item when it is in view, else the first item in view.
  const tabStopId = visible.some((p) => p.item.id === focusedId) ? focusedId : (visible[0]?.item.id ?? null);

  return (
    <svg className="cw-timeline-svg" width={width} height={height} role="group" aria-label={props.label}>
      <defs>
        <clipPath id="cw-timeline-plot">
          <rect x={LANE_LABEL_WIDTH} y={0} width={plotWidth} height={height} />
        </clipPath>
      </defs>
      {layout.lanes.map((lane) => (
        <g key={lane.name} aria-hidden="true">
          <rect x={0} y={AXIS_HEIGHT + lane.y} width={width} height={lane.height} fill={lane.index % 2 === 0 ? C.laneEven : C.laneOdd} />
          <line x1={0} x2={width} y1={AXIS_HEIGHT + lane.y + lane.height} y2={AXIS_HEIGHT + lane.y + lane.height} stroke={C.laneRule} />
        </g>
      ))}
      <g clipPath="url(#cw-timeline-plot)" aria-hidden="true">
        {ticks.map((tick) => {
          const x = toScreen((tick.day - layout.startDay) * layout.pxPerDay);
          return tick.major ? (
            <g key={tick.day}>
              <line x1={x} x2={x} y1={AXIS_HEIGHT - 8} y2={height} stroke={C.grid} />
              <text x={x + 3} y={AXIS_HEIGHT - 12} fill={C.mutedText} fontSize={12}>{tick.label}</text>
            </g>
          ) : (
            <line key={tick.day} x1={x} x2={x} y1={AXIS_HEIGHT - 5} y2={AXIS_HEIGHT} stroke={C.grid} />
          );
        })}
      </g>
      <line x1={LANE_LABEL_WIDTH} x2={width} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} stroke={C.laneRule} aria-hidden="true" />
      <g clipPath="url(#cw-timeline-plot)">
        <path aria-hidden="true" fill={C.spanFill} stroke={C.span} strokeDasharray="3 2"
          d={visible.filter((p) => p.spanWidth > 0).map((p) => `M${toScreen(p.x)} ${AXIS_HEIGHT + p.cy - 4} h${Math.max(1, p.spanWidth)} v8 h${-Math.max(1, p.spanWidth)} Z`).join(' ')} />
        {interactive
          ? visible.map((p) => (
              <g key={p.item.id} role="button" tabIndex={p.item.id === tabStopId ? 0 : -1} aria-label={itemName(p)}
                className={`cw-timeline-item${p.item.id === focusedId ? ' is-focused' : ''}`} data-entry-id={p.item.id}
                onFocus={() => props.onItemFocus(p.item.id)}
                onClick={() => props.onItemActivate(p)}
                onKeyDown={(event) => props.onItemKeyDown(event, p)}>
                <title>{itemName(p)}</title>
                <rect className="cw-timeline-hit" x={toScreen(p.cx) - 9} y={AXIS_HEIGHT + p.cy - 9} width={18} height={18} rx={3} fill="transparent" />
                <MarkerShape marker={p.marker} cx={toScreen(p.cx)} cy={AXIS_HEIGHT + p.cy} keyEntry={p.item.key === true} />
              </g>
            ))
          : <DenseMarkers visible={visible} toScreen={toScreen} />}
      </g>
      {layout.lanes.map((lane) => (
        <g key={`label-${lane.name}`}>
          <rect x={0} y={AXIS_HEIGHT + lane.y} width={LANE_LABEL_WIDTH - 4} height={lane.height} fill={lane.index % 2 === 0 ? C.laneEven : C.laneOdd} aria-hidden="true" />
          <text x={8} y={AXIS_HEIGHT + lane.y + Math.min(lane.height / 2, 16) + 4} fill={C.text} fontSize={13} fontWeight="bold">
            {lane.name.length > 24 ? `${lane.name.slice(0, 23)}…` : lane.name}
            <title>{`${lane.name}: ${lane.itemCount} events`}</title>
          </text>
        </g>
      ))}
    </svg>
  );
});
