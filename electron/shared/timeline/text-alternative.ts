/**
 * Text alternatives for the timeline (WCAG 1.1.1): a one-paragraph summary suitable for alt
 * text, and a full description lane by lane in date order that carries everything the picture
 * shows. The UI shows the full description on request; the Word export uses the summary as the
 * figure's alt text.
 */
import { dayNumber } from './days';
import { describeMarker, assignMarkers } from './shapes';
import type { SwimlaneItem } from './types';

export interface LaneDescription {
  readonly lane: string;
  readonly count: number;
  readonly keyCount: number;
  /** Items in date order. */
  readonly items: readonly SwimlaneItem[];
}

export interface TimelineDescription {
  readonly summary: string;
  readonly lanes: readonly LaneDescription[];
}

function byDate(a: SwimlaneItem, b: SwimlaneItem): number {
  return dayNumber(a.earliest) - dayNumber(b.earliest) || dayNumber(a.latest) - dayNumber(b.latest) || a.id - b.id;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function describeTimeline(
  items: readonly SwimlaneItem[],
  laneOrder: readonly string[] = [],
): TimelineDescription {
  const groups = new Map<string, SwimlaneItem[]>();
  for (const lane of laneOrder) groups.set(lane, []);
  for (const item of items) {
    const list = groups.get(item.lane);
    if (list) list.push(item);
    else groups.set(item.lane, [item]);
  }
  const listed = new Set(laneOrder);
  const names = [
    ...laneOrder,
    ...[...groups.keys()].filter((l) => !listed.has(l)).sort((a, b) => a.localeCompare(b, 'en-GB')),
  ];
  const lanes: LaneDescription[] = names.map((lane) => {
    const laneItems = [...(groups.get(lane) ?? [])].sort(byDate);
    return {
      lane,
      count: laneItems.length,
      keyCount: laneItems.filter((i) => i.key === true).length,
      items: laneItems,
    };
  });

  if (items.length === 0) {
    return { summary: 'The timeline has no events to show.', lanes };
  }
  const sorted = [...items].sort(byDate);
  const first = sorted[0];
  const last = sorted.reduce((a, b) => (dayNumber(b.latest) > dayNumber(a.latest) ? b : a));
  const keyCount = items.filter((i) => i.key === true).length;
  const busiest = lanes
    .filter((l) => l.count > 0)
    .sort((a, b) => b.count - a.count || a.lane.localeCompare(b.lane, 'en-GB'));
  const laneCount = lanes.filter((l) => l.count > 0).length;
  const parts = [
    `Timeline of ${plural(items.length, 'event', 'events')} recorded by ${plural(laneCount, 'agency', 'agencies')}, ` +
      `from ${first?.dateLabel ?? ''} to ${last.dateLabel}.`,
  ];
  if (keyCount > 0) parts.push(`${plural(keyCount, 'is a key entry', 'are key entries')}.`);
  parts.push(`Events per agency: ${busiest.map((l) => `${l.lane} ${l.count}`).join('; ')}.`);
  return { summary: parts.join(' '), lanes };
}

/**
 * The full description as plain text: the summary, the legend in words, then each lane with
 * its events in date order ("Spring 2013 — home visit — Visit to the family home (key entry)").
 */
export function timelineTextAlternative(items: readonly SwimlaneItem[], laneOrder: readonly string[] = []): string {
  const description = describeTimeline(items, laneOrder);
  const legend = assignMarkers(items.map((i) => i.eventType));
  const lines: string[] = [description.summary];
  if (legend.length > 0) {
    lines.push('', 'Shapes: ' + legend.map((l) => `${l.eventType} = ${describeMarker(l.marker)}`).join('; ') + '.');
  }
  for (const lane of description.lanes) {
    lines.push('', `${lane.lane} (${plural(lane.count, 'event', 'events')})`);
    for (const item of lane.items) {
      lines.push(`- ${item.dateLabel} — ${item.eventType} — ${item.title}${item.key === true ? ' (key entry)' : ''}`);
    }
  }
  return lines.join('\n');
}
