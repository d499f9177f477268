import type { ReactNode } from 'react';

/**
 * A labelled region that scrolls (wide or long tables). It takes focus so keyboard users can
 * scroll it with the arrow keys (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollRegion(props: {
  readonly children: ReactNode;
  readonly 'aria-label'?: string;
  readonly 'aria-labelledby'?: string;
}) {
  return (
    <div
      className="cw-table-scroll"
      role="region"
      aria-label={props['aria-label']}
      aria-labelledby={props['aria-labelledby']}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above: a scrolling region must be focusable
      tabIndex={0}
    >
      {props.children}
    </div>
  );
}
