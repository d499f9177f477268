import {
  fitPxPerDay,
  layoutTimeline,
  renderTimelineSvg,
  timelineTextAlternative,
  type SwimlaneItem,
} from '@shared/timeline';
import type { DayRange } from './use-timeline-viewport';

/** Downloads the whole timeline, fitted to 1,600 px, as a standalone SVG picture. */
export function saveTimelineSvg(items: readonly SwimlaneItem[], domain: DayRange | null): void {
  const pxPerDay = domain === null ? 1 : fitPxPerDay(domain.endDay - domain.startDay, 1600);
  const full = layoutTimeline(items, { pxPerDay, ...(domain === null ? {} : { domain }) });
  const svg = renderTimelineSvg(full, {
    title: 'Multi-agency timeline',
    description: timelineTextAlternative(items).split('\n')[0] ?? '',
  });
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'timeline.svg';
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
