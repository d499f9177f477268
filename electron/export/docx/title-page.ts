/** The title page: logo, title, partnership, author, date and status, then a page break. */
import { ImageRun, PageBreak, Paragraph, TextRun, HeadingLevel, type FileChild } from 'docx';
import type { TitlePage } from '../report/model';
import { stripIllegalXmlChars } from './xml-text';

function detail(label: string, value: string): Paragraph {
  return new Paragraph({
    style: 'TitleMeta',
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(stripIllegalXmlChars(value))],
  });
}

export function titlePageChildren(page: TitlePage): FileChild[] {
  const out: FileChild[] = [];
  if (page.logo !== undefined) {
    const scale = Math.min(1, 200 / page.logo.widthPx);
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: page.logo.png,
            transformation: {
              width: Math.round(page.logo.widthPx * scale),
              height: Math.round(page.logo.heightPx * scale),
            },
            altText: { name: 'Logo', title: 'Logo', description: stripIllegalXmlChars(page.logo.altText) },
          }),
        ],
      }),
    );
  }
  // The Title style (not Heading 1) keeps the title out of the contents and the heading order.
  out.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: 2400 },
      children: [new TextRun(stripIllegalXmlChars(page.title))],
    }),
  );
  if (page.subtitle !== undefined)
    out.push(
      new Paragraph({
        style: 'TitleMeta',
        children: [new TextRun({ text: stripIllegalXmlChars(page.subtitle), size: 32 })],
      }),
    );
  out.push(
    detail('Partnership', page.partnership),
    detail('Author', page.author),
    detail('Date', page.date),
    detail('Status', page.status),
    new Paragraph({ children: [new PageBreak()] }),
  );
  return out;
}
