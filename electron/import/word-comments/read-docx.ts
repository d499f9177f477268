import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { CasewrightError } from '../../shared/errors';
import { checkFileSize } from '../parse/limits';
import { checkZipInflatedSize } from '../parse/zip-guard';
import {
  parseCommentRanges,
  parseComments,
  parseCommentsExtended,
  type CommentExtension,
  type CommentRange,
  type WordComment,
} from './parse-parts';

/** Everything read from a returned .docx, before any placement. */
export interface ReturnedDocument {
  readonly fingerprint: string;
  readonly comments: readonly ThreadedComment[];
}

export interface ThreadedComment extends WordComment {
  readonly parentId: string | null;
  readonly done: boolean;
  readonly range: CommentRange | null;
}

/**
 * Links replies to parents and reads the resolved flag. Word identifies a comment in
 * commentsExtended.xml by the w14:paraId of the *last* paragraph of its body; a reply's
 * paraIdParent names its parent's last paragraph.
 */
export function threadComments(
  comments: readonly WordComment[],
  extensions: readonly CommentExtension[],
  ranges: readonly CommentRange[],
): readonly ThreadedComment[] {
  const byLastParaId = new Map<string, WordComment>();
  for (const comment of comments) {
    const last = comment.paraIds.at(-1);
    if (last !== undefined) byLastParaId.set(last.toUpperCase(), comment);
  }
  const extensionOf = new Map<string, CommentExtension>();
  for (const ex of extensions) {
    const owner = byLastParaId.get(ex.paraId.toUpperCase());
    if (owner) extensionOf.set(owner.id, ex);
  }
  const rangeOf = new Map(ranges.map((r) => [r.commentId, r]));
  return comments.map((comment) => {
    const ex = extensionOf.get(comment.id);
    const parent = ex?.parentParaId ? byLastParaId.get(ex.parentParaId.toUpperCase()) : undefined;
    return {
      ...comment,
      parentId: parent && parent.id !== comment.id ? parent.id : null,
      done: ex?.done ?? false,
      range: rangeOf.get(comment.id) ?? null,
    };
  });
}

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? await file.async('string') : null;
}

/**
 * Reads the comment parts of a .docx. The fingerprint hashes the comments and the document body,
 * so importing the same returned file twice is recognised (see also the content check in apply).
 */
export async function readReturnedDocx(bytes: Uint8Array, fileName: string): Promise<ReturnedDocument> {
  try {
    return await readDocxParts(bytes, fileName);
  } catch (error) {
    if (error instanceof CasewrightError) throw error;
    // A parser failure (stack overflow on deep nesting, a malformed part) still names the file.
    throw new CasewrightError(
      'validation',
      `${fileName}: the Word document could not be read (its contents are damaged or built in a way Word never writes). Nothing was imported.`,
    );
  }
}

/** Word never writes a document type declaration; one in a part can only be damage or an attack (entities). */
function refuseDoctype(fileName: string, ...parts: (string | null)[]): void {
  if (parts.some((part) => part !== null && /<!DOCTYPE|<!ENTITY/i.test(part.slice(0, 4096)))) {
    throw new CasewrightError(
      'validation',
      `${fileName}: the Word document declares its own XML entities, which Word never does; it was not read. Nothing was imported.`,
    );
  }
}

/** Nesting deeper than any real document; the recursive tree walk would otherwise overflow the stack. */
const MAX_XML_DEPTH = 2000;

function refuseDeepNesting(fileName: string, ...parts: (string | null)[]): void {
  for (const part of parts) {
    if (part === null) continue;
    let depth = 0;
    for (let i = 0; i < part.length; i += 1) {
      if (part.charCodeAt(i) !== 60) continue;
      const next = part.charCodeAt(i + 1);
      if (next === 47)
        depth -= 1; // </
      else if (next !== 33 && next !== 63) {
        const close = part.indexOf('>', i);
        if (close > 0 && part.charCodeAt(close - 1) !== 47) depth += 1; // not <x/>
      }
      if (depth > MAX_XML_DEPTH) {
        throw new CasewrightError(
          'validation',
          `${fileName}: the Word document is nested more than ${MAX_XML_DEPTH} levels deep, which no real document is; it was not read. Nothing was imported.`,
        );
      }
    }
  }
}

async function readDocxParts(bytes: Uint8Array, fileName: string): Promise<ReturnedDocument> {
  checkFileSize(fileName, bytes.length);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) checkZipInflatedSize(fileName, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new CasewrightError(
      'validation',
      `${fileName} is not a Word document (.docx): it could not be opened as a zip package.`,
    );
  }
  const documentXml = await partText(zip, 'word/document.xml');
  if (documentXml === null) {
    throw new CasewrightError(
      'validation',
      `${fileName} is not a Word document (.docx): word/document.xml is missing.`,
    );
  }
  const commentsXml = await partText(zip, 'word/comments.xml');
  const extendedXml = await partText(zip, 'word/commentsExtended.xml');
  refuseDoctype(fileName, documentXml, commentsXml, extendedXml);
  refuseDeepNesting(fileName, documentXml, commentsXml, extendedXml);
  const fingerprint = createHash('sha256')
    .update(commentsXml ?? '')
    .update('\u0000')
    .update(documentXml)
    .digest('hex')
    .slice(0, 32);
  if (commentsXml === null) return { fingerprint, comments: [] };
  return {
    fingerprint,
    comments: threadComments(
      parseComments(commentsXml),
      extendedXml === null ? [] : parseCommentsExtended(extendedXml),
      parseCommentRanges(documentXml),
    ),
  };
}
