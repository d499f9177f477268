import { describe, expect, it } from 'vitest';
import { richTextFromParagraphs } from '@shared/lexical/types';
import { addFinding } from '@core/findings/findings';
import { listAnnotations } from '@core/annotations/annotations';
import { importWordComments } from '@import/word-comments/import';
import { buildReturnedDocx, type Block, type FixtureComment } from '@test/fixtures/word-comments/build-docx';
import { reviewWithChronology, type ReviewWithChronology } from '@test/helpers/review';

/** A returned panel draft with one comment of each kind the import must handle. */
async function returnedDraft(ids: { f1: number; f2: number; entry: number }): Promise<Uint8Array> {
  const blocks: Block[] = [
    {
      style: 'Heading2',
      paragraph: [
        { bookmarkStart: `cw_f_${ids.f1}`, id: 10 },
        { commentStart: 1 },
        { text: 'Finding 1: Each agency saw one incident' },
        { commentEnd: 1 },
        { commentRef: 1 },
        { bookmarkEnd: 10 },
      ],
    },
    {
      paragraph: [
        { bookmarkStart: `cw_p_f_${ids.f1}_2`, id: 11 },
        { text: 'Nobody put the call-outs together ' },
        { commentStart: 3 },
        { text: 'across three years' },
        { commentEnd: 3 },
        { commentRef: 3 },
        { text: '.' },
        { bookmarkEnd: 11 },
      ],
    },
    // The panel retyped this paragraph, losing its bookmark: placement falls back to the quote.
    {
      paragraph: [
        { commentStart: 4 },
        { text: 'HV1 always saw RM with Mr C present' },
        { commentEnd: 4 },
        { commentRef: 4 },
        { text: ' during visits.' },
      ],
    },
    {
      tableRow: [
        [{ bookmarkStart: `cw_e_${ids.entry}`, id: 12 }, { text: '20/09/2021' }, { bookmarkEnd: 12 }],
        [{ commentStart: 5 }, { text: 'Second call-out' }, { commentEnd: 5 }, { commentRef: 5 }],
      ],
    },
    // A comment on an insertion point inside a section paragraph: a reference with no range.
    {
      paragraph: [
        { bookmarkStart: 'cw_p_s_terms_of_reference_2', id: 13 },
        { text: 'The review covers 2019 to 2023.' },
        { commentRef: 6 },
        { bookmarkEnd: 13 },
      ],
    },
    {
      paragraph: [
        { commentStart: 7 },
        { text: 'A sentence the panel added themselves' },
        { commentEnd: 7 },
        { commentRef: 7 },
      ],
    },
  ];
  const comments: FixtureComment[] = [
    {
      id: 1,
      author: 'Dana Price',
      initials: 'DP',
      date: '2026-02-03T09:00:00Z',
      paragraphs: ['Police did link two of these.'],
    },
    {
      id: 2,
      author: 'Lead Reviewer',
      date: '2026-02-04T09:00:00Z',
      paragraphs: ['Agreed, reworded.'],
      parentId: 1,
      done: true,
    },
    { id: 3, author: 'Dana Price', date: '2026-02-03T09:05:00Z', paragraphs: ['Two and a half years.'] },
    { id: 4, author: 'Jo Hart', date: '2026-02-03T10:00:00Z', paragraphs: ['Not always: one visit was alone.'] },
    { id: 5, author: 'Dana Price', date: '2026-02-03T09:10:00Z', paragraphs: ['Time of call missing.'] },
    { id: 6, author: 'Chair', date: '2026-02-05T12:00:00Z', paragraphs: ['Extend to April 2023?'] },
    { id: 7, author: 'Jo Hart', date: '2026-02-03T10:30:00Z', paragraphs: ['Where does this come from?'] },
  ];
  comments.push({ id: 8, author: 'Dana Price', date: '2026-02-04T11:00:00Z', paragraphs: ['Thanks.'], parentId: 2 });
  blocks.push({ paragraph: [{ text: 'End.' }] });
  return await buildReturnedDocx(blocks, comments);
}

function setUp(): { fixture: ReviewWithChronology; f1: number; f2: number } {
  const fixture = reviewWithChronology();
  const { review } = fixture;
  const f1 = review.write('add', (db) =>
    addFinding(db, {
      title: 'Each agency saw one incident',
      body: richTextFromParagraphs([
        'Agencies responded to each call-out on its own.',
        'Nobody put the call-outs together across three years.',
      ]),
    }),
  ).id;
  const f2 = review.write('add', (db) =>
    addFinding(db, {
      title: 'RM was never seen alone',
      body: richTextFromParagraphs([
        'Home visits were announced.',
        'HV1 always saw RM with Mr C present during visits.',
      ]),
    }),
  ).id;
  return { fixture, f1, f2 };
}

describe('importing panel comments from Word', () => {
  it('files each comment on its finding, paragraph or entry, threads replies, and lists what it cannot place', async () => {
    const { fixture, f1, f2 } = setUp();
    const bytes = await returnedDraft({ f1, f2, entry: fixture.entryIds[2]! });
    const report = await importWordComments(fixture.review, bytes, {
      fileName: 'returned.docx',
      authorAgency: 'Westmoor Police',
    });
    expect(report).toMatchObject({ comments: 8, added: 8, alreadyImported: 0, placedByAnchor: 4, placedByQuote: 1 });
    expect(report.unplaced).toEqual([
      {
        commentId: '7',
        author: 'Jo Hart',
        text: 'Where does this come from?',
        quotedText: 'A sentence the panel added themselves',
      },
    ]);

    const threads = listAnnotations(fixture.review.db);
    const byText = (text: string) => threads.find((a) => a.text === text)!;
    expect(byText('Police did link two of these.').target).toMatchObject({
      kind: 'finding',
      findingId: f1,
      findingNumber: 1,
    });
    expect(byText('Police did link two of these.')).toMatchObject({
      authorName: 'Dana Price',
      authorAgency: 'Westmoor Police',
      status: 'open',
    });
    const reply = byText('Police did link two of these.').replies[0]!;
    expect(reply).toMatchObject({
      text: 'Agreed, reworded.',
      status: 'resolved',
      target: { kind: 'finding', findingId: f1 },
    });
    expect(reply.replies[0]?.text).toBe('Thanks.');
    expect(byText('Two and a half years.').target).toMatchObject({
      kind: 'paragraph',
      anchor: `cw_p_f_${f1}_2`,
      findingId: f1,
      paragraph: 2,
    });
    expect(byText('Two and a half years.').quotedText).toBe('across three years');
    expect(byText('Not always: one visit was alone.').target).toMatchObject({
      kind: 'paragraph',
      anchor: `cw_p_f_${f2}_2`,
      findingId: f2,
    });
    expect(byText('Time of call missing.').target).toMatchObject({ kind: 'entry', entryId: fixture.entryIds[2] });
    expect(byText('Extend to April 2023?').target).toMatchObject({
      kind: 'paragraph',
      ownerKind: 's',
      ownerId: 'terms_of_reference',
      findingId: null,
    });
    expect(byText('Where does this come from?').target).toEqual({ kind: 'unplaced' });
  });

  it('adds nothing when the same document is imported again, or a re-saved copy of it', async () => {
    const { fixture, f1, f2 } = setUp();
    const bytes = await returnedDraft({ f1, f2, entry: fixture.entryIds[2]! });
    await importWordComments(fixture.review, bytes, { fileName: 'returned.docx' });
    const again = await importWordComments(fixture.review, bytes, { fileName: 'returned.docx' });
    expect(again).toMatchObject({ added: 0, alreadyImported: 8, unplaced: [] });

    // Same comments in a document whose body changed (different fingerprint), plus one new comment.
    const changed = await buildReturnedDocx(
      [
        {
          paragraph: [
            { bookmarkStart: `cw_f_${f1}`, id: 1 },
            { commentStart: 1 },
            { text: 'Finding 1 retitled' },
            { commentEnd: 1 },
            { commentRef: 1 },
            { commentRef: 9 },
            { bookmarkEnd: 1 },
          ],
        },
      ],
      [
        { id: 1, author: 'Dana Price', date: '2026-02-03T09:00:00Z', paragraphs: ['Police did link two of these.'] },
        { id: 9, author: 'Dana Price', date: '2026-02-06T09:00:00Z', paragraphs: ['One more point.'] },
      ],
    );
    const third = await importWordComments(fixture.review, changed, { fileName: 'returned-v2.docx' });
    expect(third).toMatchObject({ added: 1, alreadyImported: 1 });
    expect(listAnnotations(fixture.review.db).filter((a) => a.text === 'Police did link two of these.')).toHaveLength(
      1,
    );
  });

  it('is one undoable change', async () => {
    const { fixture, f1, f2 } = setUp();
    await importWordComments(fixture.review, await returnedDraft({ f1, f2, entry: fixture.entryIds[2]! }), {
      fileName: 'returned.docx',
    });
    fixture.review.undo();
    expect(listAnnotations(fixture.review.db)).toEqual([]);
  });
});
