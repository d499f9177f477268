/**
 * Headers, footers and the draft watermark. A draft carries the watermark in every header
 * (including the title page's) so it shows on every page, plus the word "Draft" in the header.
 */
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { ReportModel } from '../report/model';
import { stripIllegalXmlChars } from './xml-text';

function watermarkParagraph(model: ReportModel): Paragraph {
  return new Paragraph({
    children: [
      new TextWatermark({
        text: stripIllegalXmlChars(model.watermarkText),
        font: model.style.bodyFont,
        color: 'C0C0C0',
        opacity: 0.45,
      }),
    ],
  });
}

export function buildHeaders(model: ReportModel): { readonly default: Header; readonly first: Header } {
  const running: Paragraph[] = [];
  if (model.draft)
    running.push(new Paragraph({ style: 'Draft', children: [new TextRun(stripIllegalXmlChars(model.watermarkText))] }));
  running.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({
          text: stripIllegalXmlChars(model.headerText),
          size: (model.style.bodySize - 2) * 2,
          color: '595959',
        }),
      ],
    }),
  );
  const first: Paragraph[] = model.draft
    ? [watermarkParagraph(model), new Paragraph({ style: 'Draft', children: [new TextRun('Draft')] })]
    : [new Paragraph({ children: [] })];
  return {
    default: new Header({ children: model.draft ? [watermarkParagraph(model), ...running] : running }),
    first: new Header({ children: first }),
  };
}

export function buildFooters(model: ReportModel): { readonly default: Footer; readonly first: Footer } {
  const size = (model.style.bodySize - 2) * 2;
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size })],
        }),
      ],
    }),
    first: new Footer({ children: [new Paragraph({ children: [] })] }),
  };
}
