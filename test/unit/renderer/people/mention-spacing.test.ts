import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  KEY_DOWN_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { headlessEditor } from '@test/helpers/lexical-doc';
import { $createMentionNode, MentionNode } from '@renderer/editor/nodes/MentionNode';
import { $placeCaretAfterMention, registerMentionTyping } from '@renderer/editor/plugins/mention-spacing';

/** "Seen with " and the text after the mention, as a typeahead leaves it; the mention is inserted with the caret after it. */
function insertMention(after: string): LexicalEditor {
  const editor = headlessEditor([MentionNode]);
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

/** Presses a key as the browser would, through the editor's keydown command; true when the editor took it. */
function press(editor: LexicalEditor, key: string): boolean {
  let prevented = false;
  const event = { key, ctrlKey: false, metaKey: false, altKey: false, isComposing: false } as KeyboardEvent;
  Object.assign(event, { preventDefault: () => (prevented = true) });
  editor.update(() => void editor.dispatchCommand(KEY_DOWN_COMMAND, event), { discrete: true });
  // What the browser does with a key the editor did not cancel: insert it.
  if (!prevented) type(editor, key);
  return prevented;
}

function keys(editor: LexicalEditor, text: string): void {
  for (const key of text) press(editor, key);
}

describe('typing straight after a mention', () => {
  it('takes a space typed after the inserted one as that space, so there is only one', () => {
    const editor = insertMention('');
    registerMentionTyping(editor);
    keys(editor, ' said');
    expect(plain(editor)).toBe('Seen with Kerry Ashdown said');
    // The caret is still at the end of the sentence: typing carries on there.
    keys(editor, ' so');
    expect(plain(editor)).toBe('Seen with Kerry Ashdown said so');
  });

  it.each([
    { behaviour: 'closes punctuation up to the name', after: '', typed: ', who', text: 'Seen with Kerry Ashdown, who' },
    {
      behaviour: 'leaves spaces elsewhere alone',
      after: '',
      typed: 'at  home',
      text: 'Seen with Kerry Ashdown at  home',
    },
    {
      behaviour: 'does not add a second space before text that already starts with one',
      after: ' at home',
      typed: ' ',
      text: 'Seen with Kerry Ashdown at home',
    },
  ])('$behaviour', ({ after, typed, text }) => {
    const editor = insertMention(after);
    registerMentionTyping(editor);
    keys(editor, typed);
    expect(plain(editor)).toBe(text);
  });
});
