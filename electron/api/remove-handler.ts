import type { WritableDb } from '../core/store/db-types';
import type { ReviewContext } from './handler-types';

/**
 * The handler of a `remove…` method that takes one id: the service deletes the record (throwing
 * when there is none) as one undoable change under the label the history shows, and the caller is
 * told one record went.
 */
export function removeById(
  label: string,
  remove: (db: WritableDb, id: number) => void,
): (ctx: ReviewContext, args: { readonly id: number }) => { readonly deleted: number } {
  return (ctx, args) =>
    ctx.review.write(label, (db) => {
      remove(db, args.id);
      return { deleted: 1 };
    });
}
