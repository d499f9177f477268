import { findAll, isElement, parseXml, visibleText, type XmlNode } from './xml-tree';

/** One comment as Word stores it in word/comments.xml. */
export interface WordComment {
  readonly id: string;
  readonly author: string;
  readonly initials: string;
  /** As written by the program (ISO 8601, often without a zone); empty when absent. */
  readonly date: string;
  readonly text: string;
  /** w14:paraId of each paragraph of the comment body; the last one identifies it in threads. */
  readonly paraIds: readonly string[];
}

export function parseComments(xml: string): readonly WordComment[] {
  return findAll(parseXml(xml), 'comment').map((comment) => {
    const paragraphs = findAll(comment.children, 'p');
    return {
      id: comment.attrs.id ?? '',
      author: (comment.attrs.author ?? '').trim(),
      initials: (comment.attrs.initials ?? '').trim(),
      date: comment.attrs.date ?? '',
      text: paragraphs
        .map((p) => visibleText(p.children))
        .join('\n')
        .trim(),
      paraIds: paragraphs.map((p) => p.attrs.paraId).filter((id): id is string => id !== undefined),
    };
  });
}

/** Thread and resolved state from word/commentsExtended.xml (w15:commentEx). */
export interface CommentExtension {
  readonly paraId: string;
  readonly parentParaId: string | null;
  readonly done: boolean;
}

export function parseCommentsExtended(xml: string): readonly CommentExtension[] {
  return findAll(parseXml(xml), 'commentEx').map((ex) => ({
    paraId: ex.attrs.paraId ?? '',
    parentParaId: ex.attrs.paraIdParent ?? null,
    done: ex.attrs.done === '1' || ex.attrs.done === 'true',
  }));
}

/** Where a comment sits in word/document.xml: the bookmarks around it and the text it covers. */
export interface CommentRange {
  readonly commentId: string;
  /** Casewright bookmark names (cw_…) open where the range starts, innermost last. */
  readonly enclosingBookmarks: readonly string[];
  /** Casewright bookmarks that start inside the range, in order. */
  readonly innerBookmarks: readonly string[];
  readonly quotedText: string;
}

interface OpenRange {
  readonly enclosing: readonly string[];
  readonly inner: string[];
  text: string;
}

/**
 * Walks the document body in order, tracking open bookmarks and comment ranges. A comment with
 * only a reference (no range; Word does this for a comment on an insertion point) takes the
 * bookmarks open at the reference.
 */
export function parseCommentRanges(xml: string): readonly CommentRange[] {
  const openBookmarks = new Map<string, string>();
  const openRanges = new Map<string, OpenRange>();
  const done = new Map<string, CommentRange>();
  // The report bookmarks a chronology row in its first cell only; a comment on any other cell of
  // that row still belongs to the entry, so each table row lends its cw_e_ bookmarks to its cells.
  const rowBookmarks: string[][] = [];
  const casewrightOpen = (): string[] => [
    ...rowBookmarks.flat(),
    ...[...openBookmarks.values()].filter((name) => name.startsWith('cw_')),
  ];

  const finish = (id: string, range: OpenRange): void => {
    done.set(id, {
      commentId: id,
      enclosingBookmarks: range.enclosing,
      innerBookmarks: range.inner,
      quotedText: range.text.replace(/\s+/g, ' ').trim(),
    });
  };

  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const id = node.attrs.id ?? '';
      switch (node.name) {
        case 'bookmarkStart': {
          const name = node.attrs.name ?? '';
          openBookmarks.set(id, name);
          if (name.startsWith('cw_')) for (const range of openRanges.values()) range.inner.push(name);
          break;
        }
        case 'bookmarkEnd':
          openBookmarks.delete(id);
          break;
        case 'commentRangeStart':
          openRanges.set(id, { enclosing: casewrightOpen(), inner: [], text: '' });
          break;
        case 'commentRangeEnd': {
          const range = openRanges.get(id);
          if (range) {
            finish(id, range);
            openRanges.delete(id);
          }
          break;
        }
        case 'commentReference':
          if (!done.has(id) && !openRanges.has(id)) finish(id, { enclosing: casewrightOpen(), inner: [], text: '' });
          break;
        case 't': {
          const text = node.children.map((c) => ('text' in c ? c.text : '')).join('');
          for (const range of openRanges.values()) range.text += text;
          break;
        }
        case 'tab':
        case 'br':
          for (const range of openRanges.values()) range.text += ' ';
          break;
        case 'tr':
          rowBookmarks.push(
            findAll(node.children, 'bookmarkStart')
              .map((b) => b.attrs.name ?? '')
              .filter((name) => name.startsWith('cw_e_')),
          );
          visit(node.children);
          rowBookmarks.pop();
          break;
        case 'p':
          visit(node.children);
          for (const range of openRanges.values()) range.text += '\n';
          break;
        case 'delText':
        case 'instrText':
          break;
        default:
          visit(node.children);
      }
    }
  };
  visit(parseXml(xml));
  // A range left open (a damaged file) still yields what it covered.
  for (const [id, range] of openRanges) finish(id, range);
  return [...done.values()];
}
