/** Native open/save dialogs for the renderer, after dialog-requests.ts has checked the request. */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { SaveChoice } from '../shared/api/bridge-types';
import type { SaveGrants } from '../core/app/save-grants';
import { chosenPath, dialogRequestSchema, toOpenDialogOptions, toSaveDialogOptions } from './dialog-requests';

export const REVIEW_FILE_FILTERS = [{ name: 'Casewright review', extensions: ['cwr'] }];

/**
 * Shows the dialog a (trusted) renderer asked for. An open dialog resolves to the chosen path (to
 * read); a save dialog to a single-use grant for the chosen path, so the page never holds a path it
 * could aim a write at. The native dialog has already asked about replacing an existing file.
 */
export async function showRequestedDialog(
  window: BrowserWindow | null,
  payload: unknown,
  grants: SaveGrants,
): Promise<string | SaveChoice | null> {
  const parsed = dialogRequestSchema.safeParse(payload);
  // The renderer gets a plain refusal; the details are for whoever reads the log.
  if (!parsed.success) throw new Error(`Refused: not a valid dialog request (${parsed.error.issues.length} problems)`);
  const request = parsed.data;
  const folder = app.getPath('documents');
  if (request.kind === 'open') {
    const options = toOpenDialogOptions(request.options, folder);
    return chosenPath(
      window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options),
    );
  }
  const options = toSaveDialogOptions(request.options, folder);
  const chosen = chosenPath(
    window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options),
  );
  if (chosen === null) return null;
  return { grant: grants.issue({ path: chosen, replaceConfirmed: true }), fileName: path.basename(chosen) };
}

/** Main's own "Open…" (used when no window is there to ask): review files only. */
export async function chooseReviewFile(): Promise<string | null> {
  const options = toOpenDialogOptions({ title: 'Open review', filters: REVIEW_FILE_FILTERS }, app.getPath('documents'));
  return chosenPath(await dialog.showOpenDialog(options));
}
