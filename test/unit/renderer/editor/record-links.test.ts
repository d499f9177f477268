import { $getRoot, $isElementNode, type SerializedEditorState } from 'lexical';
import { describe, expect, it } from 'vitest';
import { headlessEditor } from '@test/helpers/lexical-doc';
import { editorNodes } from '@renderer/editor/nodes';
import { $isEntryLinkNode } from '@renderer/editor/nodes/EntryLinkNode';
import { $isEpisodeLinkNode } from '@renderer/editor/nodes/EpisodeLinkNode';
import { richTextFromBlocks, textNode } from '@shared/lexical/types';

/** A finding body as saved in a review file: a sentence linking one entry and one episode. */
const saved = richTextFromBlocks([
  [
    textNode('See '),
    { type: 'entry-link', version: 1, text: 'entry 12', detail: 0, format: 0, mode: 'token', style: '', entryId: 12 },
    textNode(' and '),
    {
      type: 'episode-link',
      version: 1,
      text: 'the March visits',
      detail: 0,
      format: 0,
      mode: 'token',
      style: '',
      episodeId: 4,
    },
  ],
]).editorState as unknown as SerializedEditorState;

function loaded() {
  const editor = headlessEditor([...editorNodes]);
  editor.setEditorState(editor.parseEditorState(saved));
  return editor;
}

describe('links from rich text to entries and episodes', () => {
  it('read a saved document and write it back with the same ids, types and text', () => {
    const editor = loaded();
    const json = editor.getEditorState().toJSON();
    const links = (json.root.children[0] as unknown as { children: Record<string, unknown>[] }).children.filter(
      (node) => node.type !== 'text',
    );
    expect(links).toEqual([
      expect.objectContaining({ type: 'entry-link', version: 1, entryId: 12, text: 'entry 12', mode: 'token' }),
      expect.objectContaining({ type: 'episode-link', version: 1, episodeId: 4, text: 'the March visits' }),
    ]);
    expect(links[0]).not.toHaveProperty('episodeId');
    expect(links[1]).not.toHaveProperty('entryId');
    expect(editor.getEditorState().read(() => $getRoot().getTextContent())).toBe('See entry 12 and the March visits');
  });

  it('tell an entry link from an episode link, and keep each its own id', () => {
    const editor = loaded();
    editor.getEditorState().read(() => {
      const paragraph = $getRoot().getFirstChild();
      if (!$isElementNode(paragraph)) throw new Error('no paragraph');
      const [, entry, , episode] = paragraph.getChildren();
      expect($isEntryLinkNode(entry)).toBe(true);
      expect($isEpisodeLinkNode(entry)).toBe(false);
      expect($isEpisodeLinkNode(episode)).toBe(true);
      expect($isEntryLinkNode(episode)).toBe(false);
      expect($isEntryLinkNode(entry) && entry.getRecordId()).toBe(12);
      expect($isEpisodeLinkNode(episode) && episode.getRecordId()).toBe(4);
    });
  });
});
