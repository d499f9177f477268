import { describe, expect, it } from 'vitest';
import { elementNode, LEXICAL_VERSION, textNode, type RichText } from '@shared/lexical/types';
import { bookmarkedParagraphs } from '@import/word-comments/paragraphs';
import { richTextToBlocks } from '@export/report/lexical-blocks';

const text = (t: string) => textNode(t);
const block = elementNode;

/** A body mixing every kind of top-level block the editor can produce. */
const body: RichText = {
  lexicalVersion: LEXICAL_VERSION,
  editorState: {
    root: block('root', [
      block('paragraph', [text('First paragraph.')]),
      block('heading', [text('A heading')], { tag: 'h3' }),
      block('paragraph', []),
      block('list', [block('listitem', [text('an item')], { value: 1 })], { listType: 'bullet', start: 1, tag: 'ul' }),
      block('paragraph', [
        text('Cites '),
        {
          type: 'entry-link',
          version: 1,
          entryId: 4,
          text: '[12/03/2021, Westmoor Police]',
          format: 0,
          detail: 0,
          mode: 'token',
          style: '',
        },
      ]),
      block('quote', [text('A quotation.')]),
      block('paragraph', [text('Line one'), { type: 'linebreak', version: 1 }, text('line two')]),
    ]) as RichText['editorState']['root'],
  },
};

describe('paragraph numbering shared with the report export', () => {
  it('numbers the same paragraphs, in the same order, as the panel-draft bookmarks', () => {
    const mine = bookmarkedParagraphs(body);
    expect(mine).toEqual([
      'First paragraph.',
      'Cites [12/03/2021, Westmoor Police]',
      'A quotation.',
      'Line one\nline two',
    ]);
    const exported = richTextToBlocks(body, {
      bookmarkPrefix: 'cw_p_f_9',
      numbered: true,
      baseHeadingLevel: 2,
      mentionText: (_id, fallback) => fallback,
    }).flatMap((b) => ('bookmark' in b && b.bookmark !== undefined ? [b.bookmark] : []));
    expect(exported).toEqual(mine.map((_, index) => `cw_p_f_9_${index + 1}`));
  });
});
