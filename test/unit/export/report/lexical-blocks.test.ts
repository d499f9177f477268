import { describe, expect, it } from 'vitest';
import { richTextToBlocks } from '@export/report/lexical-blocks';
import type { ListBlock, ParagraphBlock, TableBlock } from '@export/report/model';
import { everyNode } from '@test/fixtures/reports/rich-text';

const convert = (mention: (id: number, fallback: string) => string) =>
  richTextToBlocks(everyNode, {
    bookmarkPrefix: 'cw_p_f_9',
    numbered: true,
    baseHeadingLevel: 2,
    mentionText: mention,
  });

describe('Lexical JSON → report blocks', () => {
  const blocks = convert((id) => (id === 1 ? 'Child R' : '?'));

  it('maps headings below the section, keeps formatting and numbers and bookmarks each paragraph', () => {
    expect(blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'What happened' });
    const para = blocks[1] as ParagraphBlock;
    expect(para.bookmark).toBe('cw_p_f_9_1');
    expect(para.numbered).toBe(true);
    expect(para.runs).toContainEqual({ kind: 'text', text: 'single', bold: true });
    expect(para.runs).toContainEqual({ kind: 'text', text: 'not', italic: true });
    expect(para.runs).toContainEqual({ kind: 'text', text: 'pattern', underline: true });
  });

  it('writes mentions through the output mode (pseudonym in publication)', () => {
    const para = blocks[1] as ParagraphBlock;
    expect(para.runs).toContainEqual({ kind: 'text', text: 'Child R' });
    expect(JSON.stringify(blocks)).not.toContain('Ruby');
  });

  it('keeps quotes, nested lists, links, line breaks and tables', () => {
    expect(blocks[2]).toMatchObject({ kind: 'paragraph', style: 'quote', bookmark: 'cw_p_f_9_2' });
    const list = blocks[3] as ListBlock;
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(2);
    expect(list.items[0]!.children?.items[0]!.runs).toEqual([{ kind: 'text', text: 'not shared with health' }]);
    expect(list.items[0]!.children?.ordered).toBe(false);
    const links = blocks[4] as ParagraphBlock;
    expect(links.runs).toContainEqual({
      kind: 'link',
      url: 'https://www.gov.uk/',
      runs: [{ kind: 'text', text: 'the guidance' }],
    });
    expect(links.runs).toContainEqual({ kind: 'break' });
    const table = blocks[5] as TableBlock;
    expect(table.header).toEqual(['Agency', 'Contacts']);
    expect(table.rows).toHaveLength(1);
  });

  it('exports unknown node types by their text and drops empty paragraphs', () => {
    expect(blocks[6]).toMatchObject({ kind: 'paragraph', runs: [{ kind: 'text', text: 'entry of 3 March 2021' }] });
    expect(blocks).toHaveLength(7);
  });
});
