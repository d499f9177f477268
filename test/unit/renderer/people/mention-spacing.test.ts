import { createHeadlessEditor } from '@lexical/headless';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $createMentionNode, MentionNode } from '@renderer/editor/nodes/MentionNode';
import { $placeCaretAfterMention } from '@renderer/editor/plugins/mention-spacing';

/** "Seen with " and the text after the mention, as a typeahead leaves it; the mention is inserted with the caret after it. */
function insertMention(after: string): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [MentionNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const p = $createParagraphNode();
      const mention = $createMentionNode(3, 'Kerry Ashdown');
      p.append($createTextNode('Seen with '), mention);
      if (after !== '') p.append($createTextNode(after));
      $getRoot().append(p);
      $placeCaretAfterMention(mention);
    },
    { discrete: true },
  );
  return editor;
}

function type(editor: LexicalEditor, text: string): void {
  for (const character of text) {
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(character);
      },
      { discrete: true },
    );
  }
}

const plain = (editor: LexicalEditor): string => editor.getEditorState().read(() => $getRoot().getTextContent());

describe('the space after a mention', () => {
  it('is added when the mention ends the text, so typing carries on as one word after it', () => {
    const editor = insertMention('');
    type(editor, 'today');
    expect(plain(editor)).toBe('Seen with Kerry Ashdown today');
  });

  it('is not added when the text after the mention already starts with a space or punctuation', () => {
    expect(plain(insertMention(' at home'))).toBe('Seen with Kerry Ashdown at home');
    expect(plain(insertMention('.'))).toBe('Seen with Kerry Ashdown.');
  });
});
