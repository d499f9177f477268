/** Lexical JSON for tests: a saved editor state whose root holds the given blocks as written. */
import { LEXICAL_VERSION, type RichText, type SerializedNodeBase } from '@shared/lexical/types';

/** Unlike `richTextFromBlocks`, the blocks are kept as given (lists, links, bare paragraphs), not wrapped. */
export function lexicalDoc(blocks: SerializedNodeBase[]): RichText {
  return { lexicalVersion: LEXICAL_VERSION, editorState: { root: { type: 'root', version: 1, children: blocks } } };
}
