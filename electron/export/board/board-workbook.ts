/**
 * The board workbook (.xlsx): one sheet per view, ready for the board's own analysis. Counts are
 * suppressed as in the report (a suppressed count is the text "fewer than 5"), every text cell
 * is neutralised against formula injection, and the first sheet states the suppression rule.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import {
  boardCharacteristicLabels,
  characteristicTableHeadings,
  familyRoleLabels,
  isSuppressed,
  SUPPRESSION_RULE,
  suppressedCount,
  ukDay,
  type BoardReportData,
} from '../../shared/domain/board';
import { recommendationStatuses, recommendationStatusLabels } from '../../shared/domain/recommendations';
import { REVIEW_KIND_LABELS } from '../../shared/domain/review';
import { neutraliseCell } from '../chronology/neutralise';

type Cell =
  { value: string; type: StringConstructor; fontWeight?: 'bold' } | { value: number; type: NumberConstructor };

function text(value: string): Cell {
  return { value: neutraliseCell(value), type: String };
}

/** A count as a number (sortable in Excel), or the words "fewer than 5" when suppressed. */
function count(value: number): Cell {
  return isSuppressed(value) ? { value: suppressedCount(value), type: String } : { value, type: Number };
}

function header(titles: readonly string[]): Cell[] {
  return titles.map((title) => ({ value: title, type: String, fontWeight: 'bold' as const }));
}

export async function boardWorkbookBytes(data: BoardReportData): Promise<Uint8Array> {
  const about: SheetData = [
    header(['Board report', data.title]),
    [text('Produced on'), text(data.producedOn)],
    [text('Reviews'), count(data.reviews.length)],
    [text('Small numbers'), text(SUPPRESSION_RULE)],
    [text('Names'), text('Pseudonyms only: this workbook holds no names.')],
  ];
  const reviews: SheetData = [
    header(['Review', 'Kind', 'Year', 'Findings', 'Recommendations', 'Family members']),
    ...data.reviews.map((r) => [
      text(r.title),
      text(REVIEW_KIND_LABELS[r.kind]),
      r.year === null ? text('') : ({ value: r.year, type: Number } as Cell),
      count(r.findings),
      count(r.recommendations),
      count(r.people),
    ]),
  ];
  const themes: SheetData = [
    header(['Theme', 'Framework', 'Findings', 'Reviews', 'Supports', 'Hinders', 'No direction']),
    ...data.themes.map((t) => [
      text(t.label),
      text(t.taxonomyTitle),
      count(t.findings),
      count(t.reviews),
      count(t.supports),
      count(t.hinders),
      count(t.undirected),
    ]),
  ];
  const characteristics: SheetData = [
    header([...characteristicTableHeadings, 'Not applicable', 'Unknown', 'No entry']),
    ...data.characteristics.map((c) => [
      text(boardCharacteristicLabels[c.characteristic]),
      text(familyRoleLabels[c.role]),
      count(c.people),
      count(c.recorded),
      count(c.notRecorded),
      count(c.notAsked),
      count(c.declined),
      count(c.notApplicable),
      count(c.unknown),
      count(c.missing),
    ]),
  ];
  const values: SheetData = [
    header(['Characteristic', 'Family role', 'Value', 'People']),
    ...data.characteristics.flatMap((c) =>
      c.values.map((v) => [
        text(boardCharacteristicLabels[c.characteristic]),
        text(familyRoleLabels[c.role]),
        text(v.value),
        count(v.count),
      ]),
    ),
  ];
  const recommendations: SheetData = [
    header([
      'Review',
      'Number',
      'Recommendation',
      'Owning agency',
      'Due',
      'Status',
      'Board response',
      'Overdue',
      'Where the status is kept',
    ]),
    ...data.recommendations.map((r) => [
      text(r.reviewTitle),
      { value: r.number, type: Number } as Cell,
      text(r.text),
      text(r.ownerAgency ?? 'No owner'),
      text(ukDay(r.dueDate)),
      text(recommendationStatusLabels[r.status]),
      text(r.boardResponse),
      text(r.overdue ? 'Overdue' : ''),
      text(r.recordedIn === 'review' ? 'Review file' : "Board's own file"),
    ]),
  ];
  const progress: SheetData = [
    header(['Year due', ...recommendationStatuses.map((s) => recommendationStatusLabels[s])]),
    ...data.statusByYear.map((y) => [
      text(y.year === null ? 'No due date' : String(y.year)),
      ...recommendationStatuses.map((s) => count(y.byStatus[s])),
    ]),
  ];
  const sheets: readonly (readonly [string, SheetData, number])[] = [
    ['About', about, 30],
    ['Reviews', reviews, 40],
    ['Themes', themes, 40],
    ['Characteristics', characteristics, 24],
    ['Recorded values', values, 30],
    ['Recommendations', recommendations, 40],
    ['Status over time', progress, 16],
  ];
  return writeXlsxFile(
    sheets.map(([sheet, data, firstWidth]) => ({
      data,
      sheet,
      stickyRowsCount: 1,
      columns: data[0]?.map((_, i) => ({ width: i === 0 ? firstWidth : 18 })) ?? [],
    })),
  ).toBuffer();
}
