import { $createParagraphNode, $createTextNode, $getRoot, type TextNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { headlessEditor } from '@test/helpers/lexical-doc';
import { $createMentionNode, MentionNode } from '@renderer/editor/nodes/MentionNode';
import { $wholeMentionQuery } from '@renderer/editor/plugins/mention-query';

/** "@" and what follows it up to the end, as the typeahead's trigger finds a query. */
const queryAtEnd = (text: string) => {
  const found = /@[^@]*$/.exec(text);
  return found === null ? null : { replaceableString: found[0] };
};

/**
 * A paragraph split as the typeahead leaves it (`texts`, the last one the text it chose to replace),
 * with the mention put in place of what `$wholeMentionQuery` returns. Gives the paragraph's text
 * and its nodes' texts.
 */
function chooseMention(texts: readonly string[]): { text: string; nodes: string[] } {
  const editor = headlessEditor([MentionNode]);
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      const nodes = texts.map((text) => $createTextNode(text));
      paragraph.append(...nodes);
      $getRoot().append(paragraph);
      const replaced: TextNode = $wholeMentionQuery(nodes.at(-1)!, queryAtEnd);
      replaced.replace($createMentionNode(3, 'Chloe Hart'));
    },
    { discrete: true },
  );
  return editor.getEditorState().read(() => ({
    text: $getRoot().getTextContent(),
    nodes: $getRoot()
      .getAllTextNodes()
      .map((node) => node.getTextContent()),
  }));
}

describe('the text a chosen mention replaces', () => {
  it('is the whole query typed when the typeahead split it from a query one key behind ("@" left before "Ch")', () => {
    expect(chooseMention(['Seen with @', 'Ch'])).toEqual({
      text: 'Seen with Chloe Hart',
      nodes: ['Seen with ', 'Chloe Hart'],
    });
    expect(chooseMention(['@', 'Ch'])).toEqual({ text: 'Chloe Hart', nodes: ['Chloe Hart'] });
    expect(chooseMention(['Seen with @C', 'hl'])).toEqual({
      text: 'Seen with Chloe Hart',
      nodes: ['Seen with ', 'Chloe Hart'],
    });
  });

  it('is left as the typeahead chose it when that is already the whole query', () => {
    expect(chooseMention(['Seen with ', '@Ch'])).toEqual({
      text: 'Seen with Chloe Hart',
      nodes: ['Seen with ', 'Chloe Hart'],
    });
    expect(chooseMention(['email a@b.org and ', '@Ch'])).toEqual({
      text: 'email a@b.org and Chloe Hart',
      nodes: ['email a@b.org and ', 'Chloe Hart'],
    });
  });
});
