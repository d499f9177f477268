import {
  LEXICAL_VERSION,
  paragraphNode,
  rootNode,
  textNode,
  type RichText,
  type SerializedNodeBase,
} from '@shared/lexical/types';

/**
 * Appends an inline link to a chronology entry or episode at the end of a finding body, working on
 * the stored JSON so it can be done from the evidence panel (outside the editor). The node shape
 * is what EntryLinkNode/EpisodeLinkNode.exportJSON writes.
 */
export function appendLinkNode(
  body: RichText | null,
  kind: 'entry' | 'episode',
  targetId: number,
  text: string,
): RichText {
  const link: SerializedNodeBase = {
    type: kind === 'entry' ? 'entry-link' : 'episode-link',
    version: 1,
    ...(kind === 'entry' ? { entryId: targetId } : { episodeId: targetId }),
    text,
    detail: 0,
    format: 0,
    mode: 'token',
    style: '',
  };
  const root = body?.editorState.root;
  const blocks = root?.children ?? [];
  const last = blocks.at(-1);
  const lastIsParagraph = last !== undefined && last.type === 'paragraph' && Array.isArray(last.children);
  const children = lastIsParagraph
    ? [
        ...blocks.slice(0, -1),
        paragraphNode([...(last.children as readonly SerializedNodeBase[]), textNode(' '), link]),
      ]
    : [...blocks, paragraphNode([link])];
  return {
    lexicalVersion: body?.lexicalVersion ?? LEXICAL_VERSION,
    editorState: {
      root: {
        ...(root ?? rootNode([])),
        type: 'root',
        version: 1,
        children,
      },
    },
  };
}
