/**
 * The two IPC handlers main answers. Each checks its sender first; nothing else is registered, so
 * the renderer has no other way into the main process.
 */
import { BrowserWindow, ipcMain } from 'electron';
import type { ApiRequest, ApiResponse } from '../shared/api/transport';
import { IPC_DIALOG, IPC_INVOKE } from '../preload/ipc-channels';
import { createInvokeHandler } from './ipc-invoke';
import { isTrustedSenderFrame } from './security';
import { showRequestedDialog } from './dialogs';
import { windowEffectAfterCall } from './review-windows';
import type { WindowManager } from './windows';
import type { SaveGrants } from '../core/app/save-grants';

export function registerIpc(
  dispatch: (request: ApiRequest) => Promise<ApiResponse>,
  windows: WindowManager,
  grants: SaveGrants,
): void {
  ipcMain.handle(IPC_INVOKE, (event, payload: unknown) => {
    const sender = BrowserWindow.fromWebContents(event.sender);
    const handle = createInvokeHandler({
      dispatch,
      afterSuccess: (request, result) => {
        const effect = windowEffectAfterCall(request, result, sender === null ? null : windows.reviewOf(sender));
        if (effect !== null) windows.apply(effect, sender);
      },
      // The error's name only: its message or stack could carry case data.
      logError: (error) =>
        console.error('casewright:invoke failed', error instanceof Error ? error.name : typeof error),
    });
    return handle(event.senderFrame, payload);
  });

  ipcMain.handle(IPC_DIALOG, (event, payload: unknown) => {
    if (!isTrustedSenderFrame(event.senderFrame)) throw new Error('Refused: not a Casewright window');
    // An invalid request rejects the renderer's promise with zod's message (no case data in it).
    return showRequestedDialog(BrowserWindow.fromWebContents(event.sender), payload, grants);
  });
}
