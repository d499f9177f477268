/**
 * The board's charts as SVG text, drawn the same way on screen and (through resvg) as PNG in the
 * Word report. Every chart carries a <title> and <desc> (its text alternative) and is always
 * shown or exported beside a data table, so nothing depends on seeing the picture or its colours.
 *
 * `format` turns a count into the words drawn on the chart; exports pass the suppressing format,
 * and a suppressed count draws no bar, so a picture never reveals a small number by its length.
 */
import type { CharacteristicRow, StatusByYear } from '../domain/board';
import { familyRoleLabels } from '../domain/board';
import { recommendationStatuses, recommendationStatusLabels } from '../domain/recommendations';

export interface ChartOptions {
  readonly format: (count: number) => string;
  /** True when small counts are hidden (exports): such bars are not drawn. */
  readonly suppress: boolean;
}

export interface Chart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly altText: string;
}

const FONT = "font-family='Liberation Sans, Arial, sans-serif'";
const INK = '#1b1b1b';
const BAR = '#1f3864';
const statusFills: Readonly<Record<string, string>> = {
  proposed: '#8c8c8c',
  agreed: '#5b9bd5',
  'in-progress': '#ed7d31',
  done: '#2e7d32',
  'not-accepted': '#6a1b9a',
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function frame(width: number, height: number, title: string, desc: string, body: string): string {
  return (
    `<svg xmlns='http://www.w3.org/2000/svg' width='${width}' height='${height}' viewBox='0 0 ${width} ${height}' role='img'>` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(desc)}</desc>` +
    `<rect width='${width}' height='${height}' fill='#ffffff'/>${body}</svg>`
  );
}

function hidden(count: number, options: ChartOptions): boolean {
  return options.suppress && count > 0 && count < 5;
}

/** Horizontal bars: one per theme, longest first. */
export function themeBarChart(
  rows: readonly { readonly label: string; readonly findings: number }[],
  options: ChartOptions,
): Chart {
  const shown = rows.slice(0, 15);
  const width = 760;
  const labelWidth = 300;
  const rowHeight = 28;
  const height = 50 + shown.length * rowHeight + 20;
  const max = Math.max(1, ...shown.map((r) => r.findings));
  const scale = (width - labelWidth - 110) / max;
  const bars = shown
    .map((row, i) => {
      const y = 50 + i * rowHeight;
      const barWidth = hidden(row.findings, options) ? 0 : Math.max(row.findings * scale, row.findings > 0 ? 2 : 0);
      return (
        `<text x='${labelWidth - 8}' y='${y + 18}' text-anchor='end' font-size='13' fill='${INK}' ${FONT}>${escapeXml(clip(row.label, 42))}</text>` +
        `<rect x='${labelWidth}' y='${y + 4}' width='${barWidth.toFixed(1)}' height='${rowHeight - 10}' fill='${BAR}'/>` +
        `<text x='${labelWidth + barWidth + 6}' y='${y + 18}' font-size='13' fill='${INK}' ${FONT}>${escapeXml(options.format(row.findings))}</text>`
      );
    })
    .join('');
  const title = 'Themes across the reviews: findings tagged with each term';
  const heading = `<text x='16' y='28' font-size='16' font-weight='bold' fill='${INK}' ${FONT}>${escapeXml(title)}</text>`;
  const altText =
    shown.length === 0
      ? 'Bar chart of themes: no findings are tagged in these reviews.'
      : `Bar chart of the ${shown.length} most frequent themes. ${shown.map((r) => `${r.label}: ${options.format(r.findings)} findings`).join('; ')}.`;
  return { svg: frame(width, height, title, altText, heading + bars), width, height, altText };
}

/** A matrix of characteristic × family role: the share of people with the characteristic recorded. */
export function completenessMatrix(
  rows: readonly CharacteristicRow[],
  characteristicLabels: Readonly<Record<string, string>>,
  options: ChartOptions,
): Chart {
  const characteristics = [...new Set(rows.map((r) => r.characteristic))];
  const roles = [...new Set(rows.map((r) => r.role))];
  const cellW = 100;
  const cellH = 34;
  const left = 230;
  const top = 80;
  const width = Math.max(520, left + roles.length * cellW + 20);
  const height = top + characteristics.length * cellH + 30;
  const parts: string[] = [];
  roles.forEach((role, j) => {
    parts.push(
      `<text x='${left + j * cellW + cellW / 2}' y='${top - 10}' text-anchor='middle' font-size='12' fill='${INK}' ${FONT}>${escapeXml(clip(familyRoleLabels[role], 16))}</text>`,
    );
  });
  const sentences: string[] = [];
  characteristics.forEach((c, i) => {
    const y = top + i * cellH;
    parts.push(
      `<text x='${left - 8}' y='${y + 22}' text-anchor='end' font-size='13' fill='${INK}' ${FONT}>${escapeXml(characteristicLabels[c] ?? c)}</text>`,
    );
    roles.forEach((role, j) => {
      const row = rows.find((r) => r.characteristic === c && r.role === role);
      const x = left + j * cellW;
      if (row === undefined || row.people === 0) {
        parts.push(
          `<rect x='${x + 2}' y='${y + 2}' width='${cellW - 4}' height='${cellH - 4}' fill='#f2f2f2' stroke='#bfbfbf'/>`,
        );
        return;
      }
      const share = row.recorded / row.people;
      const suppressedCell = hidden(row.recorded, options) || hidden(row.people, options);
      const shade = suppressedCell
        ? '#d9d9d9'
        : share >= 0.75
          ? '#1f3864'
          : share >= 0.5
            ? '#5b7bb5'
            : share >= 0.25
              ? '#a9bde0'
              : '#e8eef8';
      const textFill = !suppressedCell && share >= 0.5 ? '#ffffff' : INK;
      const label = suppressedCell ? 'suppressed' : `${options.format(row.recorded)} of ${options.format(row.people)}`;
      parts.push(
        `<rect x='${x + 2}' y='${y + 2}' width='${cellW - 4}' height='${cellH - 4}' fill='${shade}' stroke='#bfbfbf'/>` +
          `<text x='${x + cellW / 2}' y='${y + 22}' text-anchor='middle' font-size='11' fill='${textFill}' ${FONT}>${escapeXml(label)}</text>`,
      );
      sentences.push(`${characteristicLabels[c] ?? c}, ${familyRoleLabels[role]}: ${label} recorded`);
    });
  });
  const title = 'Completeness: protected characteristics recorded, by family role';
  const heading = `<text x='16' y='28' font-size='16' font-weight='bold' fill='${INK}' ${FONT}>${escapeXml(title)}</text>`;
  const altText =
    sentences.length === 0
      ? 'Completeness matrix: no family members are recorded in these reviews.'
      : `Completeness matrix. ${sentences.join('; ')}.`;
  return { svg: frame(width, height, title, altText, heading + parts.join('')), width, height, altText };
}

/** Stacked bars: for each year recommendations fall due, how many are at each status. */
export function statusOverTimeChart(years: readonly StatusByYear[], options: ChartOptions): Chart {
  const width = 760;
  const left = 110;
  const rowH = 30;
  const top = 80;
  const height = top + years.length * rowH + 30;
  const totals = years.map((y) =>
    recommendationStatuses.reduce((sum, s) => sum + (hidden(y.byStatus[s], options) ? 0 : y.byStatus[s]), 0),
  );
  const max = Math.max(1, ...totals);
  const scale = (width - left - 40) / max;
  const parts: string[] = [];
  recommendationStatuses.forEach((s, i) => {
    const x = left + i * 125;
    parts.push(
      `<rect x='${x}' y='44' width='14' height='14' fill='${statusFills[s]}'/>` +
        `<text x='${x + 20}' y='56' font-size='12' fill='${INK}' ${FONT}>${escapeXml(recommendationStatusLabels[s])}</text>`,
    );
  });
  const sentences: string[] = [];
  years.forEach((y, i) => {
    const yPos = top + i * rowH;
    const yearLabel = y.year === null ? 'No due date' : `Due ${y.year}`;
    parts.push(
      `<text x='${left - 8}' y='${yPos + 19}' text-anchor='end' font-size='13' fill='${INK}' ${FONT}>${escapeXml(yearLabel)}</text>`,
    );
    let x = left;
    for (const s of recommendationStatuses) {
      const count = y.byStatus[s];
      if (count === 0 || hidden(count, options)) continue;
      const w = count * scale;
      parts.push(
        `<rect x='${x.toFixed(1)}' y='${yPos + 4}' width='${w.toFixed(1)}' height='${rowH - 10}' fill='${statusFills[s]}' stroke='#ffffff'/>`,
      );
      x += w;
    }
    sentences.push(
      `${yearLabel}: ${recommendationStatuses.map((s) => `${recommendationStatusLabels[s].toLowerCase()} ${options.format(y.byStatus[s])}`).join(', ')}`,
    );
  });
  const title = 'Recommendation status by the year they fall due';
  const heading = `<text x='16' y='28' font-size='16' font-weight='bold' fill='${INK}' ${FONT}>${escapeXml(title)}</text>`;
  const altText =
    years.length === 0
      ? 'Recommendation status chart: there are no recommendations.'
      : `Stacked bar chart of recommendation status. ${sentences.join('; ')}.`;
  return { svg: frame(width, height, title, altText, heading + parts.join('')), width, height, altText };
}
