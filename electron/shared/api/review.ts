import { z } from 'zod';
import { appCommand, appQuery, reviewCommand, reviewQuery } from './define';
import {
  reviewKindSchema,
  reviewMetaPatchSchema,
  titleSchema,
  type AuditEntry,
  type HistoryState,
  type RecentReview,
  type ReviewCounts,
  type ReviewMeta,
  type ReviewSession,
} from '../domain/review';
import { settingsPatchSchema, type Settings } from '../domain/settings';
import type { RichText } from '../lexical/types';
import { newPassphraseSchema, passphraseSchema } from './passphrase';
import { saveGrantSchema } from './save-target';

/** A path to a review file on this machine. Checked again on the Node side. */
export const reviewPathSchema = z
  .string()
  .trim()
  .min(1, 'Choose a file')
  .max(4096)
  .refine((path) => path.toLowerCase().endsWith('.cwr'), 'A review file ends in .cwr');

/** Lexical JSON as the editor produces it; its node types are checked by whoever renders it. */
export const richTextSchema: z.ZodType<RichText> = z.object({
  lexicalVersion: z.string().min(1),
  editorState: z.object({
    root: z
      .object({ type: z.literal('root'), version: z.number(), children: z.array(z.looseObject({ type: z.string() })) })
      .loose(),
  }),
}) as unknown as z.ZodType<RichText>;

export interface AppInfo {
  readonly version: string;
  readonly edition: 'electron' | 'browser' | 'cli';
  readonly settings: Settings;
  readonly defaultReviewDirectory: string;
  readonly firstStart: boolean;
}

export const reviewApi = {
  'app.getInfo': appQuery(() => z.object({})).returns<AppInfo>(),
  'settings.update': appCommand(() => settingsPatchSchema).returns<Settings>(),
  'review.listRecent': appQuery(() => z.object({})).returns<readonly RecentReview[]>(),
  /**
   * A new review goes in the reviews folder, or where the user chose in a save dialog (`grant`).
   * With a passphrase it is encrypted from the first byte.
   */
  'review.create': appCommand(() =>
    z.object({
      grant: saveGrantSchema.optional(),
      title: titleSchema,
      kind: reviewKindSchema.default('lcspr'),
      passphrase: newPassphraseSchema.optional(),
    }),
  ).returns<ReviewSession>(),
  /** An encrypted review needs its passphrase; without it the error's code is `passphrase-needed`. */
  'review.open': appCommand(() =>
    z.object({ path: reviewPathSchema, passphrase: passphraseSchema.optional() }),
  ).returns<ReviewSession>(),
  /**
   * Encrypting, re-keying and decrypting a review file in place. The file is one the user chose
   * (`grant`, as for a save: the page never names a path the services write to), and must not be
   * open, here or in another program: every page is rewritten under the new key.
   */
  'review.encrypt': appCommand(() => z.object({ grant: saveGrantSchema, passphrase: newPassphraseSchema })).returns<{
    readonly path: string;
  }>(),
  'review.rekey': appCommand(() =>
    z.object({ grant: saveGrantSchema, passphrase: passphraseSchema, newPassphrase: newPassphraseSchema }),
  ).returns<{ readonly path: string }>(),
  'review.decrypt': appCommand(() => z.object({ grant: saveGrantSchema, passphrase: passphraseSchema })).returns<{
    readonly path: string;
  }>(),
  'review.openSample': appCommand(() => z.object({})).returns<ReviewSession>(),
  'review.close': appCommand(() => z.object({ reviewId: z.string().min(1) })).returns<{ closed: boolean }>(),

  'review.getSession': reviewQuery(() => z.object({})).returns<ReviewSession>(),
  'review.getCounts': reviewQuery(() => z.object({})).returns<ReviewCounts>(),
  'review.updateMeta': reviewCommand(() => reviewMetaPatchSchema).returns<ReviewMeta>(),
  'review.updateTermsOfReference': reviewCommand(() =>
    z.object({ termsOfReference: richTextSchema.nullable() }),
  ).returns<ReviewMeta>(),
  'review.listHistory': reviewQuery(() => z.object({})).returns<HistoryState>(),
  'review.undo': reviewCommand(() => z.object({})).returns<HistoryState>(),
  'review.redo': reviewCommand(() => z.object({})).returns<HistoryState>(),
  'review.saveAs': reviewCommand(() => z.object({ grant: saveGrantSchema })).returns<ReviewSession>(),
  /**
   * After deleting people or entries: purge their copies from the audit trail, rebuild the search
   * index and vacuum the file, so nothing of them is left in its bytes. Cannot be undone.
   */
  'review.erasePermanently': reviewCommand(() => z.object({})).returns<{ readonly records: number }>(),
  /** How many days the audit trail keeps before-images of changes (null: for the life of the review). */
  'review.getAuditRetention': reviewQuery(() => z.object({})).returns<{ readonly days: number | null }>(),
  'review.updateAuditRetention': reviewCommand(() =>
    z.object({ days: z.number().int().min(1).max(36500).nullable() }),
  ).returns<{ readonly days: number | null }>(),
  'review.listAudit': reviewQuery(() =>
    z.object({
      limit: z.number().int().min(1).max(1000).default(100),
      beforeId: z.number().int().positive().optional(),
    }),
  ).returns<readonly AuditEntry[]>(),
} as const;
