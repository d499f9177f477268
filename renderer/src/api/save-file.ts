import type { SaveDialogOptions } from '@shared/api/bridge-types';
import type { SavedOutput, SaveTarget } from '@shared/api/save-target';

/**
 * Where an export goes. In the desktop app the user picks the file in the system's save dialog and
 * the page receives only a single-use grant for it; in the browser edition the finished file is a
 * download, saved wherever the browser is set to save. Null when the user cancelled.
 */
export async function chooseSaveTarget(options: SaveDialogOptions): Promise<SaveTarget | null> {
  const bridge = window.casewright;
  if (bridge === undefined) return { to: 'download' };
  const choice = await bridge.showSaveDialog(options);
  return choice === null ? null : { to: 'grant', grant: choice.grant };
}

/** Hands a finished export to the browser to save (browser edition); does nothing for a saved file. */
export function deliverDownload(saved: SavedOutput): void {
  if (saved.downloadUrl === undefined) return;
  const link = document.createElement('a');
  link.href = saved.downloadUrl;
  link.download = saved.path;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** How the page words where a file went. */
export function savedWhere(saved: SavedOutput): string {
  return saved.downloadUrl === undefined ? `to ${saved.path}` : `as the download ${saved.path}`;
}
