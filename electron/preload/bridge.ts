/**
 * Builds the one object the preload exposes as `window.casewright`. It is written against a
 * minimal IPC interface (not Electron's ipcRenderer) so it is tested without Electron, and so
 * nothing but these four narrow calls can ever reach the page: the renderer never sees
 * ipcRenderer, the IPC event object, or any channel name of its choosing.
 */
import type {
  CasewrightBridge,
  MenuCommand,
  OpenDialogOptions,
  SaveChoice,
  SaveDialogOptions,
} from '../shared/api/bridge-types';
import type { ApiRequest, ApiResponse } from '../shared/api/transport';
import { IPC_DIALOG, IPC_INVOKE, IPC_MENU_COMMAND, isMenuCommand } from './ipc-channels';

type Listener = (event: unknown, ...args: unknown[]) => void;

export interface MinimalIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: Listener): unknown;
  removeListener(channel: string, listener: Listener): unknown;
}

export type DialogRequest =
  | { readonly kind: 'open'; readonly options: OpenDialogOptions }
  | { readonly kind: 'save'; readonly options: SaveDialogOptions };

function pathOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function saveChoiceOrNull(value: unknown): SaveChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { grant, fileName } = value as { grant?: unknown; fileName?: unknown };
  return typeof grant === 'string' && typeof fileName === 'string' ? { grant, fileName } : null;
}

export function createBridge(ipc: MinimalIpc): CasewrightBridge {
  const showDialog = async (request: DialogRequest): Promise<unknown> => ipc.invoke(IPC_DIALOG, request);

  return Object.freeze({
    kind: 'electron' as const,
    // Main validates the request again; here we only copy the three known fields so the page
    // cannot smuggle extra properties (or a prototype) across.
    invoke: (request: ApiRequest): Promise<ApiResponse> =>
      ipc.invoke(IPC_INVOKE, {
        method: request.method,
        reviewId: request.reviewId,
        args: request.args,
      }) as Promise<ApiResponse>,
    showOpenDialog: async (options: OpenDialogOptions) => pathOrNull(await showDialog({ kind: 'open', options })),
    showSaveDialog: async (options: SaveDialogOptions) => saveChoiceOrNull(await showDialog({ kind: 'save', options })),
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      const relay: Listener = (_event, command) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipc.on(IPC_MENU_COMMAND, relay);
      return () => {
        ipc.removeListener(IPC_MENU_COMMAND, relay);
      };
    },
  });
}
