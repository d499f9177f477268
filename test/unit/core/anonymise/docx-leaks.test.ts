import { describe, expect, it } from 'vitest';
import {
  Bookmark,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { findLeaks, readDocxSegments } from '@core/anonymise';
import { pikeFamily } from './pike-family';

/** A 1×1 PNG, enough to carry alt text. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

async function leakyDocx(): Promise<Buffer> {
  const doc = new Document({
    title: 'Review of Chloe Pike',
    creator: 'Bernadette Quill',
    description: 'clean',
    comments: {
      children: [
        {
          id: 0,
          author: 'Sam Okafor',
          initials: 'SO',
          date: new Date('2024-01-01'),
          children: [new Paragraph('Is Jase the same man?')],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Source: Eastbrook Infant School records')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('Child P review: EB2 9LP')] }) },
        footers: { default: new Footer({ children: [new Paragraph('Page footer mentioning nobody')] }) },
        children: [
          new Paragraph({ text: 'Introduction', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('This review concerns Child P.'),
          new Paragraph({
            children: [
              new CommentRangeStart(0),
              new TextRun('PM said Clo was her nickname.'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: 'Chronology', heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph('Date')] }),
                  new TableCell({ children: [new Paragraph('Event')] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: [new Bookmark({ id: 'cw_e_40', children: [new TextRun('09/07/2018')] })],
                      }),
                    ],
                  }),
                  new TableCell({ children: [new Paragraph('Birth registered')] }),
                ],
              }),
            ],
          }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: pixel,
                transformation: { width: 10, height: 10 },
                altText: { name: 'photo', description: 'Photo of 7 Heron Way', title: 'House' },
              }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('readDocxSegments + findLeaks', () => {
  it('finds every leak in a finished document and says where it stands', async () => {
    const segments = await readDocxSegments(await leakyDocx());
    const leaks = findLeaks(segments, pikeFamily);
    const summary = leaks.map((l) => `${l.location} | ${l.matched} | ${l.kind}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'Section "Introduction", paragraph 2 | Clo | alias',
        'Section "Chronology", chronology entry 40 (table 1, row 2) | 09/07/2018 | date-of-birth',
        'Section "Chronology", paragraph 1, image alt text | 7 Heron Way | address',
        'Header 1, paragraph 1 | EB2 9LP | postcode',
        'Footnote 1, paragraph 1 | Eastbrook Infant School | school',
        'Comment 0, author | Sam Okafor | alias',
        'Comment 0, paragraph 1 | Jase | alias',
        'Document properties: title | Chloe Pike | real-name',
        'Document properties: author | Bernadette Quill | professional',
      ]),
    );
    expect(leaks).toHaveLength(9);
    const alias = leaks.find((l) => l.matched === 'Clo')!;
    expect(alias).toMatchObject({ personId: 1, description: 'alias of PM' });
  });

  it('finds nothing in a clean document', async () => {
    const clean = await Packer.toBuffer(
      new Document({
        title: 'Child P: a local child safeguarding practice review',
        sections: [
          {
            children: [
              new Paragraph({ text: 'Findings', heading: HeadingLevel.HEADING_1 }),
              new Paragraph("PM's partner PF was not seen; Jayden, a friend, was."),
            ],
          },
        ],
      }),
    );
    const segments = await readDocxSegments(clean);
    expect(segments.map((s) => s.text)).toContain("PM's partner PF was not seen; Jayden, a friend, was.");
    expect(findLeaks(segments, pikeFamily)).toEqual([]);
  });
});
