import type { ReactNode } from 'react';
import type { Chart } from '@shared/charts/board-charts';

/**
 * A chart as an image with its text alternative, followed by the same numbers as a table (the
 * children), so nothing depends on seeing the picture or telling its colours apart.
 */
export function ChartFigure({
  chart,
  caption,
  children,
}: {
  readonly chart: Chart;
  readonly caption: string;
  readonly children: ReactNode;
}) {
  return (
    <figure className="board-figure">
      <img
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`}
        alt={chart.altText}
        width={chart.width}
        height={chart.height}
      />
      <figcaption>{caption}</figcaption>
      {children}
    </figure>
  );
}
