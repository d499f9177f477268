import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { figureFontFiles } from '@export/report/figures/figure-fonts';
import { svgToPng, svgVisibleText } from '@export/report/figures/svg-to-png';
import { themeBarChart } from '@shared/charts/board-charts';
import { layoutTimeline, renderTimelineSvg } from '@shared/timeline';

const timeline = (title: string, lane = 'Westmoor Police'): string =>
  renderTimelineSvg(
    layoutTimeline(
      [
        {
          id: 1,
          lane,
          earliest: '2021-03-03',
          latest: '2021-03-03',
          dateLabel: '3 March 2021',
          eventType: 'Call-out',
          title,
          key: true,
        },
        {
          id: 2,
          lane: 'Children’s Social Care',
          earliest: '2021-05-10',
          latest: '2021-05-10',
          dateLabel: '10 May 2021',
          eventType: 'Home visit',
          title: 'Visit — child seen alone',
          key: false,
        },
      ],
      { pxPerDay: 1, maxRowsPerLane: 3 },
    ),
    { title: 'Timeline of events by agency', description: 'Two events.', showLegend: true },
  );

/** The PNG as resvg draws it with every system font loaded (what every figure used to cost). */
function withEverySystemFont(svg: string, widthPx: number): Buffer {
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
  })
    .render()
    .asPng();
}

describe('the fonts figures are drawn with', () => {
  it.each([
    ['a timeline figure', timeline('Call-out after a row; “Mr C” shouted — café, naïve')],
    [
      'a board chart',
      themeBarChart([{ label: 'Coercive control not recognised', findings: 7 }], { suppress: false, format: String })
        .svg,
    ],
  ])('draws %s exactly as with every system font loaded, from the named families’ files alone', (_name, svg) => {
    const files = figureFontFiles(svg, svgVisibleText(svg));
    // Only a few files, of the families the figure names (none where those families are not installed).
    if (files !== null) expect(files.length).toBeLessThanOrEqual(4);
    expect(Buffer.from(svgToPng(svg, 1320).png).equals(withEverySystemFont(svg, 1320))).toBe(true);
  });

  it('loads every system font for text in other scripts, which the named families may not have', () => {
    const svg = timeline('Visit with an interpreter', '李华 and يوسف’s school');
    expect(svgVisibleText(svg).join(' ')).toContain('李华');
    expect(figureFontFiles(svg, svgVisibleText(svg))).toBeNull();
  });
});
