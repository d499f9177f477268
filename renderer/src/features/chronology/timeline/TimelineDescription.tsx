import { useMemo, useState } from 'react';
import { describeTimeline, type SwimlaneItem } from '@shared/timeline';

const ITEMS_PER_LANE = 300;

/**
 * The timeline's text alternative: a summary, then each agency's events in date order. Built
 * only when opened, since a large chronology makes a long list.
 */
export function TimelineDescription({
  items,
  onOpenEntry,
}: {
  readonly items: readonly SwimlaneItem[];
  readonly onOpenEntry: (id: number) => void;
}) {
  const [open, setOpen] = useState(false);
  const description = useMemo(() => (open ? describeTimeline(items) : null), [open, items]);
  return (
    <details className="cw-timeline-description" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Text description of the timeline</summary>
      {description === null ? null : (
        <div>
          <p>{description.summary}</p>
          {description.lanes.map((lane) => (
            <section key={lane.lane} aria-label={lane.lane}>
              <h3>
                {lane.lane} ({lane.count} {lane.count === 1 ? 'event' : 'events'})
              </h3>
              <ul>
                {lane.items.slice(0, ITEMS_PER_LANE).map((item) => (
                  <li key={item.id}>
                    <button type="button" className="cw-button is-link" onClick={() => onOpenEntry(item.id)}>
                      {item.dateLabel}
                    </button>{' '}
                    — {item.eventType} — {item.title}
                    {item.key === true ? ' (key entry)' : ''}
                  </li>
                ))}
              </ul>
              {lane.count > ITEMS_PER_LANE ? (
                <p className="hint">The first {ITEMS_PER_LANE} are listed; filter or use the grid for the rest.</p>
              ) : null}
            </section>
          ))}
        </div>
      )}
    </details>
  );
}
