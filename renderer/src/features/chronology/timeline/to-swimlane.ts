import type { DatePrecision, TimelineItem, VagueDate } from '@shared/domain/chronology';
import { formatVagueDate, parseVagueDate } from '@shared/dates';
import type { SwimlaneItem } from '@shared/timeline';

export interface NameLookup {
  readonly agencyName: (id: number) => string | undefined;
  readonly eventTypeName: (id: number | null) => string | undefined;
}

export const NO_EVENT_TYPE = 'other';

/**
 * The date label of a compact timeline item, as precisely as it was given. The item carries the
 * original words; reading them again recovers "c." and "?" (which the bounds alone lose). If the
 * words no longer read as the same bounds, the bounds are shown at the stored precision.
 */
export function timelineDateLabel(item: Pick<TimelineItem, 'dateText' | 'earliest' | 'latest' | 'precision'>): string {
  const parsed = parseVagueDate(item.dateText);
  if (parsed.ok && parsed.value.earliest === item.earliest && parsed.value.latest === item.latest) {
    return formatVagueDate(parsed.value);
  }
  const fallback: VagueDate = {
    edtf: '',
    original: item.dateText,
    earliest: item.earliest,
    latest: item.latest,
    precision: item.precision === 'range' ? ('day' satisfies DatePrecision) : item.precision,
    approximate: false,
    uncertain: false,
  };
  if (item.precision === 'range') {
    return item.earliest === item.latest
      ? formatVagueDate(fallback)
      : `${formatVagueDate(fallback)} – ${formatVagueDate({ ...fallback, earliest: item.latest })}`;
  }
  return formatVagueDate(fallback);
}

/** Compact API items → what the swimlane layout draws (lanes by agency name). */
export function toSwimlaneItems(items: readonly TimelineItem[], names: NameLookup): SwimlaneItem[] {
  // Dates repeat across agencies' returns: read each distinct date once.
  const labels = new Map<string, string>();
  const label = (item: TimelineItem): string => {
    const key = `${item.dateText}|${item.earliest}|${item.latest}|${item.precision}`;
    let text = labels.get(key);
    if (text === undefined) {
      text = timelineDateLabel(item);
      labels.set(key, text);
    }
    return text;
  };
  return items.map((item) => ({
    id: item.id,
    lane: names.agencyName(item.agencyId) ?? `Agency ${item.agencyId}`,
    earliest: item.earliest,
    latest: item.latest,
    dateLabel: label(item),
    eventType: names.eventTypeName(item.eventTypeId) ?? NO_EVENT_TYPE,
    title: item.summary,
    key: item.key,
  }));
}
