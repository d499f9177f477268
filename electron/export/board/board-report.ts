/**
 * The board report (.docx): themes, who was in the reviews, and recommendation progress, each
 * chart followed by its data table. Built as a `ReportModel` so it goes through the same Word
 * renderer as review reports (heading styles, table header rows, alt text on every figure,
 * document title and language). Every count passes through small-number suppression, and the
 * only people it could mention are pseudonyms (the digests hold nothing else).
 */
import {
  boardCharacteristicLabels,
  characteristicTableHeadings,
  familyRoleLabels,
  SUPPRESSION_RULE,
  suppressedCount,
  ukDay,
  type BoardReportData,
} from '../../shared/domain/board';
import { recommendationStatuses, recommendationStatusLabels } from '../../shared/domain/recommendations';
import { REVIEW_KIND_LABELS } from '../../shared/domain/review';
import { completenessMatrix, statusOverTimeChart, themeBarChart, type Chart } from '../../shared/charts/board-charts';
import { renderReportDocx } from '../docx/render';
import { svgToPng } from '../report/figures/svg-to-png';
import {
  DEFAULT_STYLE,
  heading,
  paragraph,
  textRuns,
  type ReportBlock,
  type ReportModel,
  type TableBlock,
} from '../report/model';

const exported = { format: suppressedCount, suppress: true } as const;

function figure(chart: Chart, caption: string): ReportBlock {
  const png = svgToPng(chart.svg, Math.min(chart.width * 2, 1400));
  return {
    kind: 'figure',
    png: png.png,
    widthPx: chart.width,
    heightPx: chart.height,
    altText: chart.altText,
    caption,
  };
}

function table(
  caption: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  columnWidths?: readonly number[],
): TableBlock {
  return {
    kind: 'table',
    caption,
    header,
    rows: rows.map((cells) => cells.map((text) => ({ runs: textRuns(text) }))),
    ...(columnWidths === undefined ? {} : { columnWidths }),
  };
}

export function boardReportModel(data: BoardReportData): ReportModel {
  const blocks: ReportBlock[] = [];
  blocks.push(heading(1, 'About this report'));
  blocks.push(
    paragraph(
      `This report draws together learning from ${suppressedCount(data.reviews.length)} reviews held in the board's library, produced on ${data.producedOn}. ` +
        'It uses pseudonyms only and contains no names.',
    ),
  );
  blocks.push(paragraph(SUPPRESSION_RULE));
  const kinds = new Map<string, number>();
  for (const r of data.reviews) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  blocks.push(
    table(
      'Reviews in this report by kind',
      ['Kind of review', 'Reviews'],
      [...kinds.entries()].map(([kind, n]) => [
        REVIEW_KIND_LABELS[kind as keyof typeof REVIEW_KIND_LABELS] ?? kind,
        suppressedCount(n),
      ]),
      [3, 1],
    ),
  );

  blocks.push(heading(1, 'Themes'));
  blocks.push(
    paragraph(
      'How often each theme was tagged on a finding, in how many reviews, and whether practice supported safety or hindered it.',
    ),
  );
  blocks.push(
    figure(
      themeBarChart(data.themes, exported),
      'Figure 1: themes across the reviews (the table below holds the same figures)',
    ),
  );
  blocks.push(
    table(
      'Themes: findings and reviews for each taxonomy term',
      ['Theme', 'Framework', 'Findings', 'Reviews', 'Supports', 'Hinders'],
      data.themes.map((t) => [
        t.label,
        t.taxonomyTitle,
        suppressedCount(t.findings),
        suppressedCount(t.reviews),
        suppressedCount(t.supports),
        suppressedCount(t.hinders),
      ]),
      [3.4, 3.4, 1.8, 1.8, 1.8, 1.8],
    ),
  );

  blocks.push(heading(1, 'Who was in these reviews'));
  blocks.push(
    paragraph(
      'For each protected characteristic and family role: how many family members had it recorded, not recorded by agencies, not asked, declined, or not known.',
    ),
  );
  blocks.push(
    figure(
      completenessMatrix(data.characteristics, boardCharacteristicLabels, exported),
      'Figure 2: completeness of protected characteristics (the table below holds the same figures)',
    ),
  );
  blocks.push(
    table(
      'Protected characteristics by family role and state',
      [...characteristicTableHeadings, 'Not known'],
      data.characteristics.map((c) => [
        boardCharacteristicLabels[c.characteristic],
        familyRoleLabels[c.role],
        suppressedCount(c.people),
        suppressedCount(c.recorded),
        suppressedCount(c.notRecorded),
        suppressedCount(c.notAsked),
        suppressedCount(c.declined),
        suppressedCount(c.unknown + c.missing),
      ]),
      [2.4, 2.2, 1.4, 1.6, 2, 1.4, 1.6, 1.4],
    ),
  );
  const values = data.characteristics.flatMap((c) =>
    c.values.map((v) => [
      boardCharacteristicLabels[c.characteristic],
      familyRoleLabels[c.role],
      v.value,
      suppressedCount(v.count),
    ]),
  );
  if (values.length > 0) {
    blocks.push(heading(2, 'Recorded values'));
    blocks.push(
      table(
        'Recorded values of protected characteristics',
        ['Characteristic', 'Family role', 'Value', 'People'],
        values,
        [3, 3, 4, 1.5],
      ),
    );
  }

  blocks.push(heading(1, 'Recommendations'));
  const s = data.recommendationSummary;
  blocks.push(
    paragraph(
      `${suppressedCount(s.total)} recommendations across the reviews; ${suppressedCount(s.overdue)} overdue and ${suppressedCount(s.noOwner)} without an owning agency.`,
    ),
  );
  blocks.push(
    figure(
      statusOverTimeChart(data.statusByYear, exported),
      'Figure 3: recommendation status by year due (the table below holds the same figures)',
    ),
  );
  blocks.push(
    table(
      'Recommendation status by year due',
      ['Year due', ...recommendationStatuses.map((st) => recommendationStatusLabels[st])],
      data.statusByYear.map((y) => [
        y.year === null ? 'No due date' : String(y.year),
        ...recommendationStatuses.map((st) => suppressedCount(y.byStatus[st])),
      ]),
    ),
  );
  const agencies = new Map<string, { total: number; overdue: number; done: number }>();
  for (const r of data.recommendations) {
    const key = r.ownerAgency ?? 'No owning agency';
    const row = agencies.get(key) ?? { total: 0, overdue: 0, done: 0 };
    row.total += 1;
    if (r.overdue) row.overdue += 1;
    if (r.status === 'done') row.done += 1;
    agencies.set(key, row);
  }
  blocks.push(heading(2, 'Progress by owning agency'));
  blocks.push(
    table(
      'Recommendations by owning agency',
      ['Owning agency', 'Recommendations', 'Done', 'Overdue'],
      [...agencies.entries()]
        .sort((a, b) => a[0].localeCompare(b[0], 'en-GB'))
        .map(([agency, row]) => [
          agency,
          suppressedCount(row.total),
          suppressedCount(row.done),
          suppressedCount(row.overdue),
        ]),
      [4, 2, 1.5, 1.5],
    ),
  );
  return {
    title: data.title,
    subject: 'Learning across safeguarding reviews',
    language: 'en-GB',
    titlePage: {
      title: data.title,
      subtitle: 'Learning across safeguarding reviews',
      partnership: data.partnerships.length === 0 ? 'Not stated in the reviews' : data.partnerships.join(', '),
      author: data.producedBy,
      date: data.producedOn,
      status: 'Board report',
    },
    tableOfContents: false,
    draft: false,
    watermarkText: '',
    headerText: data.title,
    style: DEFAULT_STYLE,
    blocks,
  };
}

export async function renderBoardReport(data: BoardReportData): Promise<Buffer> {
  return renderReportDocx(boardReportModel(data), { author: 'Casewright' });
}

export { ukDay };
