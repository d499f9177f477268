/**
 * One call for a document figure (the Word export's timeline): fits the whole chronology to a
 * page width, draws it, and gives the title, short alt text and long description that an
 * accessible document needs beside the picture.
 */
import { layoutTimeline } from './layout';
import { defaultTimelineTitle, renderTimelineSvg } from './svg';
import { describeTimeline, timelineTextAlternative } from './text-alternative';
import type { SwimlaneItem } from './types';

export interface TimelineFigureOptions {
  /** Width of the picture in px (the export scales it to the page). */
  readonly width?: number;
  readonly title?: string;
  readonly laneOrder?: readonly string[];
  readonly laneLabelWidth?: number;
}

export interface TimelineFigure {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** A paragraph for the image's alternative text. */
  readonly altText: string;
  /** Every event, lane by lane, for an appendix or a linked description. */
  readonly longDescription: string;
}

export function timelineFigure(items: readonly SwimlaneItem[], options: TimelineFigureOptions = {}): TimelineFigure {
  const width = options.width ?? 1600;
  const labelWidth = options.laneLabelWidth ?? 170;
  const probe = layoutTimeline(items, {
    pxPerDay: 1,
    ...(options.laneOrder === undefined ? {} : { laneOrder: options.laneOrder }),
  });
  const days = Math.max(1, probe.endDay - probe.startDay);
  const pxPerDay = Math.max(0.001, (width - labelWidth - 10) / days);
  const layout = layoutTimeline(items, {
    pxPerDay,
    ...(options.laneOrder === undefined ? {} : { laneOrder: options.laneOrder }),
  });
  const title = options.title ?? defaultTimelineTitle(layout);
  const altText = describeTimeline(items, options.laneOrder ?? []).summary;
  const svg = renderTimelineSvg(layout, { title, description: altText, laneLabelWidth: labelWidth });
  const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return {
    svg,
    width: Number(size?.[1] ?? width),
    height: Number(size?.[2] ?? 0),
    title,
    altText,
    longDescription: timelineTextAlternative(items, options.laneOrder ?? []),
  };
}
