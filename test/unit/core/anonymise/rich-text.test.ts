import { describe, expect, it } from 'vitest';
import { createAnonymiser } from '@core/anonymise';
import {
  richTextFromBlocks,
  richTextToPlain,
  textNode,
  type RichText,
  type SerializedNodeBase,
} from '@shared/lexical/types';
import { lexicalDoc } from '@test/helpers/lexical-doc';
import { pikeFamily } from './pike-family';

const text = (t: string, format = 0): SerializedNodeBase => ({ ...textNode(t), format });
const mention = (personId: number, t: string): SerializedNodeBase => ({
  type: 'mention',
  version: 1,
  personId,
  text: t,
  format: 0,
  detail: 0,
  mode: 'token',
  style: '',
});
const doc = (...paragraphs: SerializedNodeBase[][]): RichText => richTextFromBlocks(paragraphs);

const anonymiser = createAnonymiser(pikeFamily, { ageReferenceDate: '2022-01-01' });

describe('rich text rendering', () => {
  it('shows mentions as real names in draft mode and leaves other text alone', () => {
    const out = anonymiser.richText(doc([mention(1, 'Chloe Pike'), text(' met Jay at 7 Heron Way.')]), 'draft');
    expect(richTextToPlain(out)).toBe('Chloe Pike met Jay at 7 Heron Way.');
    expect(JSON.stringify(out)).not.toContain('"mention"');
  });

  it('uses the current register name for a mention even if the stored text is stale', () => {
    const out = anonymiser.richText(doc([mention(2, 'Jason Pikey')]), 'draft');
    expect(richTextToPlain(out)).toBe('Jason Pike');
  });

  it('shows mentions as pseudonyms and anonymises all text in publication mode', () => {
    const out = anonymiser.richText(
      doc([mention(1, 'Chloe Pike'), text(' met Jay at 7 Heron Way.')], [text('Zoë (DOB 09/07/2018) was seen.')]),
      'publication',
    );
    expect(richTextToPlain(out)).toBe('PM met PF at [address removed].\nChild P (aged 3 years) was seen.');
  });

  it('never falls back to a real name for a mention of a deleted person', () => {
    const out = anonymiser.richText(doc([mention(99, 'Gary Lyle'), text(' left.')]), 'publication');
    expect(richTextToPlain(out)).toBe('[name removed] left.');
  });

  it('catches a name split across differently formatted text nodes, keeping formatting', () => {
    const out = anonymiser.richText(doc([text('Chloe '), text('Pike', 1), text(' was seen.')]), 'publication');
    const paragraph = out.editorState.root.children[0] as unknown as { children: { text: string; format: number }[] };
    expect(paragraph.children.map((c) => c.text).join('')).toBe('PM was seen.');
    expect(paragraph.children[0]).toMatchObject({ text: 'PM', format: 0 });
  });

  it('recurses into nested elements such as lists and links', () => {
    const listDoc = lexicalDoc([
      {
        type: 'list',
        version: 1,
        listType: 'bullet',
        children: [
          {
            type: 'listitem',
            version: 1,
            children: [{ type: 'link', version: 1, url: 'https://example.org', children: [text('Dr Okafor')] }],
          },
        ],
      },
    ]);
    expect(richTextToPlain(anonymiser.richText(listDoc, 'publication'))).toBe('GP1');
  });
});
