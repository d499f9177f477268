import type { ApiRequest, ApiResponse } from './transport';

/** Commands the native menu sends to the focused window. */
export type MenuCommand =
  | 'new-review'
  | 'open-review'
  | 'save-as'
  | 'close-review'
  | 'export'
  | 'import-chronology'
  | 'import-panel-comments'
  | 'undo'
  | 'redo';

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface OpenDialogOptions {
  readonly title: string;
  readonly filters: readonly FileFilter[];
}

export interface SaveDialogOptions {
  readonly title: string;
  readonly defaultName: string;
  readonly filters: readonly FileFilter[];
}

/**
 * What a native save dialog hands back to the page: not the path, but a single-use grant for it
 * (main keeps the path), and the chosen file's name to show.
 */
export interface SaveChoice {
  readonly grant: string;
  readonly fileName: string;
}

/**
 * The one object the Electron preload exposes as `window.casewright`. Deliberately narrow: no
 * ipcRenderer, no Node, only typed calls that main validates again.
 */
export interface CasewrightBridge {
  readonly kind: 'electron';
  invoke(request: ApiRequest): Promise<ApiResponse>;
  showOpenDialog(options: OpenDialogOptions): Promise<string | null>;
  showSaveDialog(options: SaveDialogOptions): Promise<SaveChoice | null>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
