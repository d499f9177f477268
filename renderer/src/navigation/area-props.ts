/** What the review window passes to every area of its navigation rail. */
export interface AreaProps {
  /** The rest of the route after the area, e.g. an entry id to select. */
  readonly detail?: string;
}
