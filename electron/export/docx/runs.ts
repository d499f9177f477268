/** Inline runs of the report model as docx paragraph children. */
import { ExternalHyperlink, SimpleField, TextRun, type ParagraphChild } from 'docx';
import { assertNever, type InlineRun } from '../report/model';
import { stripIllegalXmlChars } from './xml-text';

type TextInline = Extract<InlineRun, { kind: 'text' }>;

function textRun(run: TextInline, extra: { readonly style?: string } = {}): TextRun {
  return new TextRun({
    text: stripIllegalXmlChars(run.text),
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: {} } : {}),
    ...(run.strike === true ? { strike: true } : {}),
    ...(run.code === true ? { font: 'Consolas' } : {}),
    ...(run.superscript === true ? { superScript: true } : {}),
    ...(run.subscript === true ? { subScript: true } : {}),
    ...(extra.style === undefined ? {} : { style: extra.style }),
  });
}

/** Link targets that Word may open; anything else is written as plain text (no javascript: or file: links). */
export function isSafeLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

export function inlineToDocx(runs: readonly InlineRun[], extra: { readonly style?: string } = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const run of runs) {
    switch (run.kind) {
      case 'text': {
        // A newline inside imported text becomes a line break, a tab a tab: XML would keep them as
        // characters that Word then ignores.
        const lines = run.text.split('\n');
        lines.forEach((line, index) => {
          if (index > 0) out.push(new TextRun({ break: 1 }));
          const parts = line.split('\t');
          parts.forEach((part, partIndex) => {
            if (partIndex > 0) out.push(new TextRun({ children: ['\t'] }));
            if (part !== '') out.push(textRun({ ...run, text: part }, extra));
          });
        });
        break;
      }
      case 'break':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'tab':
        out.push(new TextRun({ children: ['\t'] }));
        break;
      case 'link': {
        const children = inlineToDocx(run.runs, { style: 'Hyperlink' }).filter(
          (c): c is TextRun => c instanceof TextRun,
        );
        if (isSafeLink(run.url)) out.push(new ExternalHyperlink({ link: run.url, children }));
        else out.push(...inlineToDocx(run.runs, extra));
        break;
      }
      case 'ref':
        // REF with \r writes the paragraph number of the bookmark; \h makes it a link.
        out.push(new SimpleField(`REF ${run.bookmark} \\r \\h`, stripIllegalXmlChars(run.text)));
        break;
      default:
        assertNever(run);
    }
  }
  return out;
}
