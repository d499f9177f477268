import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { headlessEditor } from '@test/helpers/lexical-doc';
import { $createMentionNode, $isMentionNode, MentionNode } from '@renderer/editor/nodes/MentionNode';
import { createAnonymiser } from '@core/anonymise';
import { richTextToPlain, type RichText } from '@shared/lexical/types';

function editorWith(build: () => void): LexicalEditor {
  const editor = headlessEditor([MentionNode]);
  editor.update(build, { discrete: true });
  return editor;
}

/** "Seen with " + @Kerry Ashdown + " today" */
function paragraphWithMention(): LexicalEditor {
  return editorWith(() => {
    const p = $createParagraphNode();
    p.append($createTextNode('Seen with '), $createMentionNode(3, 'Kerry Ashdown'), $createTextNode(' today'));
    $getRoot().append(p);
  });
}

const plain = (editor: LexicalEditor): string => editor.getEditorState().read(() => $getRoot().getTextContent());

describe('MentionNode', () => {
  it('serialises the person id and round-trips through JSON', () => {
    const editor = paragraphWithMention();
    const json = editor.getEditorState().toJSON();
    const mention = (json.root.children[0] as unknown as { children: Record<string, unknown>[] }).children[1]!;
    expect(mention).toMatchObject({ type: 'mention', personId: 3, text: 'Kerry Ashdown', mode: 'token', version: 1 });

    const again = headlessEditor([MentionNode]);
    again.setEditorState(again.parseEditorState(JSON.stringify(json)));
    again.getEditorState().read(() => {
      const node = $getRoot().getAllTextNodes().find($isMentionNode)!;
      expect(node.getPersonId()).toBe(3);
      expect(node.getTextContent()).toBe('Kerry Ashdown');
    });
  });

  it('cannot be typed into: text typed at its end goes into a plain node', () => {
    const editor = paragraphWithMention();
    editor.update(
      () => {
        const mention = $getRoot().getAllTextNodes().find($isMentionNode)!;
        mention.select(mention.getTextContentSize(), mention.getTextContentSize());
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText('!');
      },
      { discrete: true },
    );
    editor.getEditorState().read(() => {
      const mention = $getRoot().getAllTextNodes().find($isMentionNode)!;
      expect(mention.getTextContent()).toBe('Kerry Ashdown');
    });
    expect(plain(editor)).toBe('Seen with Kerry Ashdown! today');
  });

  // Backspace, cut and paste need a real DOM selection: test/e2e/people.test.ts covers them in Chromium.

  it('is published as the pseudonym by the anonymiser, whatever its stored text', () => {
    const editor = paragraphWithMention();
    const richText: RichText = {
      lexicalVersion: '0.52.0',
      editorState: editor.getEditorState().toJSON() as unknown as RichText['editorState'],
    };
    const anonymiser = createAnonymiser({
      people: [{ id: 3, realName: 'Kerry Ashdown', aliases: ['Kez'], pseudonym: 'RM', dateOfBirth: null }],
      identifiers: [],
    });
    expect(richTextToPlain(anonymiser.richText(richText, 'publication'))).toBe('Seen with RM today');
    expect(richTextToPlain(anonymiser.richText(richText, 'draft'))).toBe('Seen with Kerry Ashdown today');
  });
});
