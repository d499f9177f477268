/**
 * Chronology-based blocks: summary of key entries, key practice episodes, the timeline figure
 * and the full appendix. All text passes through the output mode (anonymised on publication),
 * including the words drawn inside the timeline image.
 */
import type { ChronologyEntry, KeyPracticeEpisode } from '../../../shared/domain/chronology';
import { describeTimeline, layoutTimeline, renderTimelineSvg, timelineDomain, type SwimlaneItem } from '../../../shared/timeline';
import { svgToPng, svgVisibleText } from '../figures/svg-to-png';
import { heading, paragraph, type ChronologyRow, type FigureBlock, type ReportBlock } from '../model';
import type { OutputText } from '../sources';

const eventText = (e: ChronologyEntry): string => (e.eventType === null || e.eventType === '' ? e.summary : `${e.eventType}: ${e.summary}`);
const joined = (...parts: string[]): string => parts.filter((p) => p.trim() !== '').join(' ');

function sortByDate(entries: readonly ChronologyEntry[]): ChronologyEntry[] {
  return [...entries].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id - b.id);
}

/**
 * What the agency's record adds beyond the narrative: where, the risk assessment, whether the child
 * was seen, and every column kept word for word, so the appendix loses nothing the file said.
 */
function recordDetails(e: ChronologyEntry): string {
  const seen = e.childContact.map((c) => `child seen ${words(c.seen)}, seen alone ${words(c.seenAlone)}, spoken to ${words(c.spokenTo)}`);
  return [
    e.location === null ? '' : `Location: ${e.location}.`,
    e.risk === null ? '' : `Risk assessment: ${[e.risk.tool, e.risk.level].filter((p) => p !== null).join(' ')}.`,
    ...seen.map((line) => `${line.charAt(0).toUpperCase()}${line.slice(1)}.`),
    ...e.extraFields.map((f) => `${f.name}: ${f.value}`),
  ]
    .filter((part) => part !== '')
    .join(' ');
}

function words(state: 'yes' | 'no' | 'unknown'): string {
  return state === 'unknown' ? 'not recorded' : state;
}

export function appendixRows(entries: readonly ChronologyEntry[], text: OutputText): ChronologyRow[] {
  return sortByDate(entries).map((e) => ({
    entryId: String(e.id),
    date: text.plain(e.time === null ? e.date.original : `${e.date.original} ${e.time}`),
    year: e.date.earliest.slice(0, 4),
    agency: text.plain(e.agency),
    event: text.plain(joined(eventText(e), recordDetails(e))),
    outcome: text.plain(joined(e.actionTaken, e.outcome)),
    significance: text.plain(e.analysis),
  }));
}

export function chronologySummary(entries: readonly ChronologyEntry[], text: OutputText): ReportBlock[] {
  const key = sortByDate(entries.filter((e) => e.significance === 'key'));
  if (key.length === 0) return [paragraph('No chronology entries are marked as key yet.')];
  return [
    {
      kind: 'table',
      caption: `Key events from the chronology (${key.length} of ${entries.length} entries)`,
      header: ['Date', 'Agency', 'What happened', 'Significance'],
      columnWidths: [2, 2.5, 5, 4],
      rows: key.map((e) => [
        { runs: [{ kind: 'text', text: text.plain(e.date.original) }] },
        { runs: [{ kind: 'text', text: text.plain(e.agency) }] },
        { runs: [{ kind: 'text', text: text.plain(eventText(e)) }] },
        { runs: [{ kind: 'text', text: text.plain(e.analysis) }] },
      ]),
    },
  ];
}

export function keyPracticeEpisodes(episodes: readonly KeyPracticeEpisode[], entries: readonly ChronologyEntry[], text: OutputText): ReportBlock[] {
  if (episodes.length === 0) return [paragraph('No key practice episodes are defined yet.')];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const blocks: ReportBlock[] = [];
  episodes.forEach((episode, index) => {
    const period = [episode.periodFrom?.original, episode.periodTo?.original].filter((v): v is string => v !== undefined).join(' to ');
    blocks.push(heading(2, `Key practice episode ${index + 1}: ${text.plain(episode.title)}${period === '' ? '' : ` (${text.plain(period)})`}`));
    if (episode.analysis.trim() !== '') {
      for (const para of episode.analysis.split(/\n{2,}/)) blocks.push(paragraph(text.plain(para.trim()), { numbered: true }));
    }
    const linked = episode.entryIds.map((id) => byId.get(id)).filter((e): e is ChronologyEntry => e !== undefined);
    if (linked.length > 0) {
      blocks.push({
        kind: 'list',
        ordered: false,
        items: sortByDate(linked).map((e) => ({ runs: [{ kind: 'text', text: text.plain(`${e.date.original}, ${e.agency}: ${eventText(e)}`) }] })),
      });
    }
  });
  return blocks;
}

export interface TimelineFigure {
  readonly block: FigureBlock;
  /** Words drawn in the image, for the leak check (which cannot read pixels). */
  readonly imageText: readonly string[];
}

/** Above this many entries the figure shows key entries only: thousands of markers make an unreadable picture. */
export const FIGURE_MAX_ENTRIES = 1500;

export function timelineFigure(all: readonly ChronologyEntry[], text: OutputText, figureNumber: number): TimelineFigure | null {
  const keyOnly = all.length > FIGURE_MAX_ENTRIES;
  const entries = keyOnly ? all.filter((e) => e.significance === 'key').slice(0, FIGURE_MAX_ENTRIES) : all;
  if (entries.length === 0) return null;
  const items: SwimlaneItem[] = entries.map((e) => ({
    id: e.id,
    lane: text.plain(e.agency),
    earliest: e.date.earliest,
    latest: e.date.latest,
    dateLabel: text.plain(e.date.original),
    eventType: text.plain(e.eventType ?? 'event'),
    title: text.plain(e.summary),
    key: e.significance === 'key',
  }));
  const domain = timelineDomain(items);
  if (domain === null) return null;
  const widthPx = 1400;
  const layout = layoutTimeline(items, { pxPerDay: widthPx / Math.max(1, domain.endDay - domain.startDay), maxRowsPerLane: 3 });
  const description = describeTimeline(items);
  const svg = renderTimelineSvg(layout, { title: `Timeline of events by agency`, description: description.summary, showLegend: true });
  const png = svgToPng(svg, 1600);
  const caption = `Figure ${figureNumber}: timeline of ${keyOnly ? 'key events' : 'events'} by agency (swimlanes)`;
  const lanes = description.lanes.map((l) => `${l.lane}: ${l.count} event${l.count === 1 ? '' : 's'}`).join('; ');
  return {
    block: {
      kind: 'figure',
      png: png.png,
      widthPx: png.widthPx,
      heightPx: png.heightPx,
      caption,
      altText: `${description.summary} ${lanes}. Key events are ringed. The full chronology is listed in the appendix.`,
    },
    imageText: svgVisibleText(svg),
  };
}
