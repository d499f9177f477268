/**
 * Input and output types of the swimlane timeline.
 *
 * The timeline is pure: it knows nothing about SQLite, React or the DOM. The chronology UI and
 * the Word export both turn entries into `SwimlaneItem`s, lay them out with `layoutTimeline`,
 * and draw the result (React elements in the UI, an SVG string for the export).
 */

/** A calendar day written `YYYY-MM-DD` (proleptic Gregorian, no time zone). */
export type IsoDay = string;

export interface SwimlaneItem {
  /** The chronology entry id. */
  readonly id: number;
  /** Swimlane name: the agency that recorded the event. */
  readonly lane: string;
  /** First day the event may have happened (sort bound of a vague date). */
  readonly earliest: IsoDay;
  /** Last day the event may have happened; equal to `earliest` for an exact date. */
  readonly latest: IsoDay;
  /** The date as precisely as it was given ("Spring 2013", "03/02/2021" → "3 Feb 2021"). */
  readonly dateLabel: string;
  /** Event type name, e.g. "home visit"; chooses the marker shape. */
  readonly eventType: string;
  /** One-line summary of the entry. */
  readonly title: string;
  /** Key (significant) entries get a ring around their marker and say so in their name. */
  readonly key?: boolean;
}

export type ShapeName =
  'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon' | 'star' | 'cross' | 'pentagon' | 'plus';

export interface MarkerStyle {
  readonly shape: ShapeName;
  /** Filled markers and hollow markers double the number of distinguishable event types. */
  readonly filled: boolean;
}

export interface LegendEntry {
  readonly eventType: string;
  readonly marker: MarkerStyle;
}

export interface LaneLayout {
  readonly name: string;
  readonly index: number;
  /** Top of the lane in plot coordinates. */
  readonly y: number;
  readonly height: number;
  /** Sub-rows used to keep markers from overlapping. */
  readonly rowCount: number;
  readonly itemCount: number;
}

export interface PositionedItem {
  readonly item: SwimlaneItem;
  readonly laneIndex: number;
  readonly row: number;
  /** Start of the item (earliest day) in plot x. */
  readonly x: number;
  /** Width of the span in px; 0 for an item known to the day. */
  readonly spanWidth: number;
  /** Centre of the marker. */
  readonly cx: number;
  readonly cy: number;
  readonly marker: MarkerStyle;
}

/**
 * Several events of one lane so close together at this zoom that their markers would pile up:
 * drawn as one mark with a count, which zooms in to its period when chosen.
 */
export interface PositionedCluster {
  /** Stable for the same events at any zoom: lane and first entry id. */
  readonly key: string;
  /** The events it stands for, in date order (at least two). */
  readonly items: readonly SwimlaneItem[];
  readonly laneIndex: number;
  readonly row: number;
  /** Left edge and width of the mark in plot px. */
  readonly x: number;
  readonly width: number;
  readonly cx: number;
  readonly cy: number;
  /** First and last day (inclusive) that its events may fall on. */
  readonly startDay: number;
  readonly endDay: number;
}

export interface AxisTick {
  readonly day: number;
  readonly label: string;
  /** Major ticks carry a label and a grid line; minor ticks are short marks. */
  readonly major: boolean;
  /** The label at the axis's left edge, naming month and year where the view begins. */
  readonly isStart?: boolean;
}

export type TickUnit = 'decade' | 'year' | 'quarter' | 'month' | 'week' | 'day';

export interface TimelineLayout {
  /** Day numbers (days since 1970-01-01) of the left and right edge of the plot. */
  readonly startDay: number;
  readonly endDay: number;
  readonly pxPerDay: number;
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly LaneLayout[];
  /** Events drawn one by one, sorted by earliest day, then lane. */
  readonly items: readonly PositionedItem[];
  /** Crowded events drawn as one mark each (empty unless the layout was asked to cluster). */
  readonly clusters: readonly PositionedCluster[];
  readonly legend: readonly LegendEntry[];
}
