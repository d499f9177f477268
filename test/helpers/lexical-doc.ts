/** Lexical for tests: saved editor states written as given, and headless editors that fail loudly. */
import { createHeadlessEditor } from '@lexical/headless';
import type { Klass, LexicalEditor, LexicalNode } from 'lexical';
import { LEXICAL_VERSION, type RichText, type SerializedNodeBase } from '@shared/lexical/types';

/** Unlike `richTextFromBlocks`, the blocks are kept as given (lists, links, bare paragraphs), not wrapped. */
export function lexicalDoc(blocks: SerializedNodeBase[]): RichText {
  return { lexicalVersion: LEXICAL_VERSION, editorState: { root: { type: 'root', version: 1, children: blocks } } };
}

/** A headless editor knowing `nodes`, where any error inside an update fails the test. */
export function headlessEditor(nodes: readonly Klass<LexicalNode>[]): LexicalEditor {
  return createHeadlessEditor({
    nodes: [...nodes],
    onError: (error) => {
      throw error;
    },
  });
}
