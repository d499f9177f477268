/**
 * Chronology-based blocks: summary of key entries, key practice episodes, the timeline figure
 * and the full appendix. All text passes through the output mode (anonymised on publication),
 * including the words drawn inside the timeline image.
 */
import type { ChronologyEntry, KeyPracticeEpisode } from '@shared/domain/chronology';
import {
  describeTimeline,
  layoutTimeline,
  renderTimelineSvg,
  timelineDomain,
  type SwimlaneItem,
} from '@shared/timeline';
import { svgToPng, svgVisibleText } from '../figures/svg-to-png';
import { documentDate } from '../document-dates';
import { draftNote, heading, paragraph, type ChronologyRow, type FigureBlock, type ReportBlock } from '../model';
import type { OutputText } from '../sources';

const eventText = (e: ChronologyEntry): string =>
  e.eventType === null || e.eventType === '' ? e.summary : `${e.eventType}: ${e.summary}`;
const joined = (...parts: string[]): string => parts.filter((p) => p.trim() !== '').join(' ');

function sortByDate(entries: readonly ChronologyEntry[]): ChronologyEntry[] {
  return [...entries].sort((a, b) => a.date.earliest.localeCompare(b.date.earliest) || a.id - b.id);
}

/**
 * What the agency's record adds beyond the narrative: where, the risk assessment, whether the child
 * was seen, and every column kept word for word, so the appendix loses nothing the file said.
 */
function recordDetails(e: ChronologyEntry): string {
  const seen = e.childContact.map(
    (c) => `child seen ${words(c.seen)}, seen alone ${words(c.seenAlone)}, spoken to ${words(c.spokenTo)}`,
  );
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
    date: text.plain(e.time === null ? documentDate(e.date) : `${documentDate(e.date)} ${e.time}`),
    year: e.date.earliest.slice(0, 4),
    agency: text.plain(e.agency),
    event: text.plain(joined(eventText(e), recordDetails(e))),
    outcome: text.plain(joined(e.actionTaken, e.outcome)),
    significance: text.plain(e.analysis),
  }));
}

export function chronologySummary(entries: readonly ChronologyEntry[], text: OutputText): ReportBlock[] {
  const key = sortByDate(entries.filter((e) => e.significance === 'key'));
  if (entries.length === 0) {
    return [
      draftNote('The summary timeline will list the key entries once the agencies’ chronologies are imported.', {
        problem: 'The chronology is empty, so there is no summary timeline.',
        fix: 'Chronology: import each agency’s chronology',
        place: { area: 'chronology' },
      }),
    ];
  }
  if (key.length === 0) {
    return [
      draftNote('No chronology entry is marked as key, so the summary timeline is empty.', {
        problem: 'No chronology entry is marked as key, so the summary timeline would be empty.',
        fix: 'Chronology: mark the key entries',
        place: { area: 'chronology' },
      }),
    ];
  }
  return [
    {
      kind: 'table',
      caption: `Key events from the chronology (${key.length} of ${entries.length} entries)`,
      header: ['Date', 'Agency', 'What happened', 'Significance'],
      columnWidths: [2, 2.5, 5, 4],
      rows: key.map((e) => [
        { runs: [{ kind: 'text', text: documentDate(e.date) }] },
        { runs: [{ kind: 'text', text: text.plain(e.agency) }] },
        { runs: [{ kind: 'text', text: text.plain(eventText(e)) }] },
        { runs: [{ kind: 'text', text: text.plain(e.analysis) }] },
      ]),
    },
  ];
}

export function keyPracticeEpisodes(
  episodes: readonly KeyPracticeEpisode[],
  entries: readonly ChronologyEntry[],
  text: OutputText,
): ReportBlock[] {
  if (episodes.length === 0) {
    return [
      draftNote('No key practice episodes are defined.', {
        problem: 'No key practice episodes are defined, so the section would have none to analyse.',
        fix: 'Chronology: select the entries of each episode and group them as a key practice episode',
        place: { area: 'chronology' },
      }),
    ];
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const blocks: ReportBlock[] = [];
  episodes.forEach((episode, index) => {
    const period = [episode.periodFrom, episode.periodTo]
      .flatMap((d) => (d === null || d === undefined ? [] : [documentDate(d)]))
      .join(' to ');
    // The period goes under the heading, not in it: titles often name their period already, and
    // the contents page stays one line an episode.
    blocks.push(heading(2, `Key practice episode ${index + 1}: ${text.plain(episode.title)}`));
    if (period !== '')
      blocks.push({
        kind: 'paragraph',
        style: 'small',
        keepWithNext: true,
        runs: [
          { kind: 'text', text: 'Period: ', bold: true },
          { kind: 'text', text: text.plain(period) },
        ],
      });
    if (episode.analysis.trim() !== '') {
      for (const para of episode.analysis.split(/\n{2,}/))
        blocks.push(paragraph(text.plain(para.trim()), { numbered: true }));
    }
    const linked = episode.entryIds.map((id) => byId.get(id)).filter((e): e is ChronologyEntry => e !== undefined);
    if (linked.length > 0) {
      blocks.push({
        kind: 'list',
        ordered: false,
        items: sortByDate(linked).map((e) => ({
          runs: [
            { kind: 'text', text: `${documentDate(e.date)}, ${text.plain(e.agency)} — ${text.plain(eventText(e))}` },
          ],
        })),
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

/**
 * Print geometry. The figure is printed 6.25 in wide (600 px at 96 dpi, see docx/blocks.ts);
 * its 12 px labels print at 12 × 600 / SVG_WIDTH px, so an SVG 660 px wide keeps them above
 * 8 pt (10.7 px). A long chronology is split into periods of at most YEARS_PER_FIGURE years,
 * one figure each, rather than squeezed (labels of 4 pt) or cut off at the right.
 */
const SVG_WIDTH_PX = 660;
/** Room for an agency's name in full ("Westmoor Children's Social Care", 12 px labels): a cut-off lane name reads as another agency. */
const LANE_LABEL_PX = 230;
const PLOT_WIDTH_PX = SVG_WIDTH_PX - LANE_LABEL_PX - 10;
const YEARS_PER_FIGURE = 3;
/** Rendered at twice the printed size so the print stays sharp. */
const PNG_WIDTH_PX = SVG_WIDTH_PX * 2;

function periods(entries: readonly ChronologyEntry[]): { from: number; to: number; entries: ChronologyEntry[] }[] {
  const byYear = new Map<number, ChronologyEntry[]>();
  for (const e of entries) {
    const year = Number(e.date.earliest.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), e]);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const out: { from: number; to: number; entries: ChronologyEntry[] }[] = [];
  for (const year of years) {
    const last = out[out.length - 1];
    if (last !== undefined && year - last.from < YEARS_PER_FIGURE) {
      last.to = year;
      last.entries.push(...(byYear.get(year) ?? []));
    } else {
      out.push({ from: year, to: year, entries: [...(byYear.get(year) ?? [])] });
    }
  }
  return out;
}

/** One figure per period of at most three years, each legible when printed. */
export function timelineFigures(
  all: readonly ChronologyEntry[],
  text: OutputText,
  firstFigureNumber: number,
): TimelineFigure[] {
  const keyOnly = all.length > FIGURE_MAX_ENTRIES;
  const chosen = keyOnly ? all.filter((e) => e.significance === 'key').slice(0, FIGURE_MAX_ENTRIES) : all;
  const parts = periods(chosen);
  // Lanes keep one order across the parts, so an agency is always on the same line.
  const laneOrder = [...new Set(sortByDate(chosen).map((e) => text.plain(e.agency)))];
  const figures: TimelineFigure[] = [];
  for (const part of parts) {
    const items: SwimlaneItem[] = part.entries.map((e) => ({
      id: e.id,
      lane: text.plain(e.agency),
      earliest: e.date.earliest,
      latest: e.date.latest,
      dateLabel: documentDate(e.date),
      eventType: text.plain(e.eventType ?? 'event'),
      title: text.plain(e.summary),
      key: e.significance === 'key',
    }));
    const domain = timelineDomain(items);
    if (domain === null) continue;
    const layout = layoutTimeline(items, {
      pxPerDay: PLOT_WIDTH_PX / Math.max(1, domain.endDay - domain.startDay),
      maxRowsPerLane: 3,
      laneOrder,
    });
    const description = describeTimeline(items);
    const svg = renderTimelineSvg(layout, {
      title: 'Timeline of events by agency',
      description: description.summary,
      showLegend: true,
      laneLabelWidth: LANE_LABEL_PX,
    });
    const png = svgToPng(svg, PNG_WIDTH_PX);
    const span = part.from === part.to ? String(part.from) : `${part.from} to ${part.to}`;
    const number = firstFigureNumber + figures.length;
    const caption = `Figure ${number}: timeline of ${keyOnly ? 'key events' : 'events'} by agency, ${span}${parts.length > 1 ? ` (part ${figures.length + 1} of ${parts.length})` : ''}`;
    const lanes = description.lanes.map((l) => `${l.lane}: ${l.count} event${l.count === 1 ? '' : 's'}`).join('; ');
    figures.push({
      block: {
        kind: 'figure',
        png: png.png,
        widthPx: png.widthPx,
        heightPx: png.heightPx,
        caption,
        altText: `${description.summary} ${lanes}. Key events are ringed. The events are listed in the summary timeline.`,
      },
      imageText: svgVisibleText(svg),
    });
  }
  return figures;
}
