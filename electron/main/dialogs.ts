/** Native open/save dialogs for the renderer, after dialog-requests.ts has checked the request. */
import { app, dialog, type BrowserWindow } from 'electron';
import { chosenPath, dialogRequestSchema, toOpenDialogOptions, toSaveDialogOptions } from './dialog-requests';

export const REVIEW_FILE_FILTERS = [{ name: 'Casewright review', extensions: ['cwr'] }];

/** Shows the dialog a (trusted) renderer asked for; resolves to the chosen path or null. */
export async function showRequestedDialog(window: BrowserWindow | null, payload: unknown): Promise<string | null> {
  const parsed = dialogRequestSchema.safeParse(payload);
  // The renderer gets a plain refusal; the details are for whoever reads the log.
  if (!parsed.success) throw new Error(`Refused: not a valid dialog request (${parsed.error.issues.length} problems)`);
  const request = parsed.data;
  const folder = app.getPath('documents');
  if (request.kind === 'open') {
    const options = toOpenDialogOptions(request.options, folder);
    return chosenPath(window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options));
  }
  const options = toSaveDialogOptions(request.options, folder);
  return chosenPath(window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options));
}

/** Main's own "Open…" (used when no window is there to ask): review files only. */
export async function chooseReviewFile(): Promise<string | null> {
  const options = toOpenDialogOptions({ title: 'Open review', filters: REVIEW_FILE_FILTERS }, app.getPath('documents'));
  return chosenPath(await dialog.showOpenDialog(options));
}
