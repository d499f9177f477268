import type { AnnotationImportReport } from '../../shared/domain/annotations';
import type { ReviewHandle } from '../../core/store/review-handle';
import { applyWordComments } from './apply';
import { readReturnedDocx } from './read-docx';

/**
 * Reads a returned panel draft (async: unzipping) and files its comments in one undoable change.
 * Nothing is written when the document has no new comments.
 */
export async function importWordComments(
  review: Pick<ReviewHandle, 'write'>,
  bytes: Uint8Array,
  options: { readonly fileName: string; readonly authorAgency?: string },
): Promise<AnnotationImportReport> {
  const document = await readReturnedDocx(bytes, options.fileName);
  return review.write(`Import panel comments from ${options.fileName}`, (db) =>
    applyWordComments(db, document, options),
  );
}
