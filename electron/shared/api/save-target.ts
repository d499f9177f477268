import { z } from 'zod';

/** The opaque token for a save location the user chose; the page never names a path itself. */
export const saveGrantSchema = z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, 'Choose where to save the file');

/**
 * Where an export goes: a location the user chose in a save dialog (as a single-use grant), or,
 * in the browser edition, a download the browser saves wherever the user says.
 */
export const saveTargetSchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('grant'), grant: saveGrantSchema }),
  z.object({ to: z.literal('download') }),
]);
export type SaveTarget = z.infer<typeof saveTargetSchema>;

/** How a finished export was saved: a file on disk, or bytes waiting at a one-time download address. */
export interface SavedOutput {
  /** The file written, or the suggested file name of a download. */
  readonly path: string;
  /** Set for downloads: fetch this address once (the bridge serves it behind its secret). */
  readonly downloadUrl?: string;
}
