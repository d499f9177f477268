/**
 * The few things of each paragraph style that decide how much of a page it takes, read from the
 * same style options the document is written with (styles.ts), so the page estimate cannot drift
 * from the styles.
 */
import type { IStylesOptions } from 'docx';
import { BOLD_SCALE, fontScale } from './text-width';

export interface ParagraphMetrics {
  readonly font: string;
  /** Font size in points. */
  readonly size: number;
  readonly bold: boolean;
  /** Space before and after, in twips. */
  readonly before: number;
  readonly after: number;
  /** Line spacing as a multiple of single. */
  readonly line: number;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  /** Left plus right indent, in twips. */
  readonly indent: number;
}

interface StyleLike {
  readonly run?: unknown;
  readonly paragraph?: unknown;
  readonly basedOn?: string;
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

function apply(base: ParagraphMetrics, style: StyleLike): ParagraphMetrics {
  const run = style.run;
  const paragraph = style.paragraph;
  const spacing = field(paragraph, 'spacing');
  const indent = field(paragraph, 'indent');
  const line = num(field(spacing, 'line'));
  const size = num(field(run, 'size'));
  const font = field(run, 'font');
  const bold = field(run, 'bold');
  const keepNext = field(paragraph, 'keepNext');
  const keepLines = field(paragraph, 'keepLines');
  return {
    font: typeof font === 'string' ? font : base.font,
    size: size === undefined ? base.size : size / 2,
    bold: typeof bold === 'boolean' ? bold : base.bold,
    before: num(field(spacing, 'before')) ?? base.before,
    after: num(field(spacing, 'after')) ?? base.after,
    line: line === undefined ? base.line : line / 240,
    keepNext: typeof keepNext === 'boolean' ? keepNext : base.keepNext,
    keepLines: typeof keepLines === 'boolean' ? keepLines : base.keepLines,
    indent: indent === undefined ? base.indent : (num(field(indent, 'left')) ?? 0) + (num(field(indent, 'right')) ?? 0),
  };
}

/**
 * Metrics by style id ("Normal", "Heading1", "TableText" …). Word's own TOC1–3 are Normal with
 * 5 pt after and a step of indent per level, as Word defines them.
 */
export function paragraphMetrics(options: IStylesOptions): ReadonlyMap<string, ParagraphMetrics> {
  const document = options.default?.document;
  const normal = apply(
    {
      font: 'Arial',
      size: 11,
      bold: false,
      before: 0,
      after: 0,
      line: 1,
      keepNext: false,
      keepLines: false,
      indent: 0,
    },
    { run: document?.run, paragraph: document?.paragraph },
  );
  const out = new Map<string, ParagraphMetrics>([['Normal', normal]]);
  const defaults: readonly [string, StyleLike | undefined][] = [
    ['Title', options.default?.title],
    ['Heading1', options.default?.heading1],
    ['Heading2', options.default?.heading2],
    ['Heading3', options.default?.heading3],
    ['ListParagraph', options.default?.listParagraph],
    ['Caption', options.default?.caption],
  ];
  for (const [id, style] of defaults) out.set(id, style === undefined ? normal : apply(normal, style));
  for (const level of [1, 2, 3])
    out.set(`TOC${level}`, { ...normal, after: 100, indent: (level - 1) * 220, keepNext: false });
  // Custom styles may be based on one defined after them: resolve in as many rounds as needed.
  const pending = [...(options.paragraphStyles ?? [])];
  for (let round = 0; round < 4 && pending.length > 0; round += 1) {
    for (let i = pending.length - 1; i >= 0; i -= 1) {
      const style = pending[i]!;
      const base = out.get(style.basedOn ?? 'Normal');
      if (base === undefined) continue;
      out.set(style.id, apply(base, style));
      pending.splice(i, 1);
    }
  }
  return out;
}

/** Width of a text run's em, in twips. */
export const emTwips = (metrics: { readonly size: number; readonly font: string }, bold: boolean): number =>
  metrics.size * 20 * fontScale(metrics.font) * (bold ? BOLD_SCALE : 1);
