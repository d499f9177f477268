import { describeMarker, shapePath, TIMELINE_COLOURS as C, type LegendEntry } from '@shared/timeline';

/** What each shape means, plus the span and key-entry marks; shapes are named in words too. */
export function TimelineLegend({ legend }: { readonly legend: readonly LegendEntry[] }) {
  return (
    <div className="cw-timeline-legend">
      <h3>Key to the timeline</h3>
      <ul>
        {legend.map((entry) => (
          <li key={entry.eventType}>
            <svg width={18} height={18} aria-hidden="true">
              <path
                d={shapePath(entry.marker.shape, 9, 9, 12)}
                fill={entry.marker.filled ? C.marker : '#ffffff'}
                stroke={C.marker}
                strokeWidth={1.5}
              />
            </svg>
            {entry.eventType} <span className="visually-hidden">({describeMarker(entry.marker)})</span>
          </li>
        ))}
        <li>
          <svg width={26} height={18} aria-hidden="true">
            <rect x={2} y={5} width={22} height={8} rx={3} fill={C.spanFill} stroke={C.span} strokeDasharray="3 2" />
          </svg>
          date known only as a period (bar from earliest to latest day)
        </li>
        <li>
          <svg width={18} height={18} aria-hidden="true">
            <circle cx={9} cy={9} r={7} fill="none" stroke={C.keyRing} strokeWidth={2} />
          </svg>
          ring: key entry
        </li>
      </ul>
    </div>
  );
}
