import { z } from 'zod';
import { reviewCommand, reviewQuery } from './define';
import { annotationStatuses, type Annotation, type AnnotationImportReport } from '../domain/annotations';

const id = z.number().int().positive();

export const annotationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('finding'), findingId: id }),
  z.object({
    kind: z.literal('paragraph'),
    anchor: z.string().regex(/^cw_p_[fsr]_.+_\d+$/, 'expected cw_p_<f|s|r>_<owner>_<n>'),
  }),
  z.object({ kind: z.literal('entry'), entryId: id }),
  z.object({ kind: z.literal('unplaced') }),
]);

const author = {
  authorName: z.string().trim().min(1, 'who wrote it?'),
  authorAgency: z.string().optional(),
  authorRole: z.string().optional(),
};

export const annotationsApi = {
  /** Threads (top-level comments with their replies); the status filter applies to the thread. */
  'annotations.list': reviewQuery(() =>
    z.object({ status: z.enum(annotationStatuses).optional(), findingId: id.optional() }),
  ).returns<readonly Annotation[]>(),
  'annotations.add': reviewCommand(() =>
    z.object({
      target: annotationTargetSchema,
      text: z.string().trim().min(1),
      ...author,
      quotedText: z.string().optional(),
    }),
  ).returns<Annotation>(),
  'annotations.reply': reviewCommand(() =>
    z.object({ parentId: id, text: z.string().trim().min(1), ...author }),
  ).returns<Annotation>(),
  'annotations.updateStatus': reviewCommand(() =>
    z.object({ id, status: z.enum(annotationStatuses) }),
  ).returns<Annotation>(),
  'annotations.update': reviewCommand(() => z.object({ id, text: z.string().trim().min(1) })).returns<Annotation>(),
  /** Place a comment (with its replies) on another target, e.g. one the import could not place. */
  'annotations.move': reviewCommand(() => z.object({ id, target: annotationTargetSchema })).returns<Annotation>(),
  'annotations.remove': reviewCommand(() => z.object({ id })).returns<{ readonly deleted: number }>(),
  /** Reads the comments of a returned panel draft (.docx) and files them as annotations. */
  'annotations.importWord': reviewCommand(() =>
    z.object({
      fileName: z.string().trim().min(1),
      bytesBase64: z.string().min(1),
      authorAgency: z.string().trim().optional(),
    }),
  ).returns<AnnotationImportReport>(),
} as const;
