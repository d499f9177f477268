import { describe, expect, it } from 'vitest';
import { chooseAnchor, parseAnchor } from '@import/word-comments/anchors';
import { readReturnedDocx } from '@import/word-comments/read-docx';
import { buildReturnedDocx } from '@test/fixtures/word-comments/build-docx';

describe('anchors', () => {
  it('parses the bookmark names shared with the panel-draft export', () => {
    expect(parseAnchor('cw_f_12')).toEqual({ kind: 'finding', findingId: 12, name: 'cw_f_12' });
    expect(parseAnchor('cw_e_7')).toEqual({ kind: 'entry', entryId: 7, name: 'cw_e_7' });
    expect(parseAnchor('cw_p_f_12_3')).toEqual({
      kind: 'paragraph',
      ownerKind: 'f',
      ownerId: '12',
      paragraph: 3,
      name: 'cw_p_f_12_3',
    });
    expect(parseAnchor('cw_p_s_terms_of_reference_2')).toMatchObject({
      ownerKind: 's',
      ownerId: 'terms_of_reference',
      paragraph: 2,
    });
    expect(parseAnchor('_GoBack')).toBeNull();
    expect(parseAnchor('cw_x_1')).toBeNull();
  });

  it('prefers the paragraph bookmark inside a finding bookmark', () => {
    expect(chooseAnchor(['cw_f_1', 'cw_p_f_1_2'], [])?.name).toBe('cw_p_f_1_2');
    expect(chooseAnchor([], ['cw_e_4', 'cw_f_2'])?.name).toBe('cw_f_2');
    expect(chooseAnchor(['_Toc1'], [])).toBeNull();
  });
});

describe('reading a returned .docx', () => {
  it('reads authors, dates, multi-paragraph text, ranges, bookmarks, threads and done state', async () => {
    const bytes = await buildReturnedDocx(
      [
        {
          paragraph: [
            { bookmarkStart: 'cw_f_3', id: 1 },
            { commentStart: 0 },
            { text: 'Finding 1: the pattern was not seen' },
            { commentEnd: 0 },
            { commentRef: 0 },
            { bookmarkEnd: 1 },
          ],
          style: 'Heading2',
        },
        {
          paragraph: [
            { bookmarkStart: 'cw_p_f_3_1', id: 2 },
            { text: 'Agencies responded to ' },
            { commentStart: 2 },
            { text: 'each incident' },
            { deleted: 'DELETED WORDS' },
            { text: ' on its own.' },
            { commentEnd: 2 },
            { commentRef: 2 },
            { bookmarkEnd: 2 },
          ],
        },
      ],
      [
        {
          id: 0,
          author: 'Sam Okafor',
          initials: 'SO',
          date: '2026-02-01T09:30:00Z',
          paragraphs: ['Is this fair to police?', 'We did flag it.'],
        },
        {
          id: 1,
          author: 'Lead Reviewer',
          date: '2026-02-02T10:00:00Z',
          paragraphs: ['Reworded.'],
          parentId: 0,
          done: true,
        },
        { id: 2, author: 'Priya N', date: '2026-02-01T11:00:00Z', paragraphs: ['Add the dates.'] },
      ],
    );
    const document = await readReturnedDocx(bytes, 'returned.docx');
    expect(document.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const [first, reply, third] = document.comments;
    expect(first).toMatchObject({
      id: '0',
      author: 'Sam Okafor',
      initials: 'SO',
      date: '2026-02-01T09:30:00Z',
      text: 'Is this fair to police?\nWe did flag it.',
      parentId: null,
      done: false,
    });
    expect(first?.range).toMatchObject({
      enclosingBookmarks: ['cw_f_3'],
      quotedText: 'Finding 1: the pattern was not seen',
    });
    expect(reply).toMatchObject({ id: '1', parentId: '0', done: true, text: 'Reworded.' });
    expect(third?.range).toMatchObject({ enclosingBookmarks: ['cw_p_f_3_1'], quotedText: 'each incident on its own.' });
    expect((await readReturnedDocx(bytes, 'again.docx')).fingerprint).toBe(document.fingerprint);
  });

  it('returns no comments for a document without comments, and refuses a file that is not a .docx', async () => {
    const plain = await buildReturnedDocx([{ paragraph: [{ text: 'No comments here.' }] }], []);
    expect((await readReturnedDocx(plain, 'plain.docx')).comments).toEqual([]);
    await expect(readReturnedDocx(new TextEncoder().encode('not a zip'), 'notes.txt')).rejects.toThrow(
      /notes\.txt is not a Word document/,
    );
  });
});
