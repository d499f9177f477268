import type { annotationsApi } from '../../shared/api/annotations';
import type { HandlersFor } from '../handler-types';
import { removeById } from '../remove-handler';
import { importWordComments } from '../../import/word-comments/import';
import {
  addAnnotation,
  deleteAnnotation,
  listAnnotations,
  replyToAnnotation,
  retargetAnnotation,
  setAnnotationStatus,
  updateAnnotationText,
} from '../../core/annotations/annotations';

export const annotationsHandlers: HandlersFor<typeof annotationsApi> = {
  'annotations.list': (ctx, args) => listAnnotations(ctx.review.db, args),
  'annotations.add': (ctx, args) => ctx.review.write('Add annotation', (db) => addAnnotation(db, args)),
  'annotations.reply': (ctx, args) =>
    ctx.review.write('Reply to annotation', (db) => replyToAnnotation(db, args.parentId, args)),
  'annotations.updateStatus': (ctx, args) =>
    ctx.review.write(`Mark annotation ${args.status}`, (db) => setAnnotationStatus(db, args.id, args.status)),
  'annotations.update': (ctx, args) =>
    ctx.review.write('Edit annotation', (db) => updateAnnotationText(db, args.id, args.text)),
  'annotations.move': (ctx, args) =>
    ctx.review.write('Move annotation', (db) => retargetAnnotation(db, args.id, args.target)),
  'annotations.remove': removeById('Delete annotation', deleteAnnotation),
  'annotations.importWord': (ctx, args) =>
    importWordComments(ctx.review, Buffer.from(args.bytesBase64, 'base64'), {
      fileName: args.fileName,
      ...(args.authorAgency === undefined ? {} : { authorAgency: args.authorAgency }),
    }),
};
