/**
 * Wires the shell together: app lifecycle, the services (AppContext + dispatcher), windows,
 * menu, IPC, and review files that the OS asks us to open.
 */
import path from 'node:path';
import { app, dialog, session } from 'electron';
import { createAppContext, type AppContext } from '../core/app/app-context';
import { createDispatcher } from '../api/dispatcher';
import type { ApiRequest, ApiResponse } from '../shared/api/transport';
import { refreshAppMenu, type AppMenuDependencies } from './app-menu';
import { serveRenderer } from './app-protocol';
import { chooseReviewFile } from './dialogs';
import { hardenSession, hardenWebContents } from './hardening';
import { registerIpc } from './ipc';
import { PendingOpens, reviewPathFromArgv } from './open-requests';
import { changesRecentList, recentItemsFrom } from './recent-items';
import { reviewIdOf } from './review-windows';
import { WindowManager } from './windows';

export function startShell(): void {
  const pending = new PendingOpens();
  const fromArgv = reviewPathFromArgv(process.argv, process.cwd());
  if (fromArgv !== null) pending.request(fromArgv);
  let windows: WindowManager | null = null;

  // macOS: double-clicking a .cwr file (can happen before 'ready').
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    pending.request(filePath);
  });
  // Windows/Linux: a second launch (file association) hands its arguments to this instance.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const filePath = reviewPathFromArgv(argv, workingDirectory);
    if (filePath !== null) pending.request(filePath);
    else windows?.focusAny();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app
    .whenReady()
    .then(() => {
      const appPath = app.getAppPath();
      hardenSession(session.defaultSession);
      serveRenderer(session.defaultSession, path.join(appPath, 'renderer', 'dist'));
      const context = createAppContext({
        edition: 'electron',
        home: app.getPath('userData'),
        templatesDir: path.join(appPath, 'templates'),
      });
      const dispatch = createDispatcher(context);
      const manager = new WindowManager({
        preloadPath: path.join(appPath, 'electron', 'preload', 'dist', 'preload.cjs'),
        devTools: !app.isPackaged,
        onReviewWindowsGone: (reviewId) => void dispatch({ method: 'review.close', args: { reviewId } }),
      });
      windows = manager;
      const menu = menuDependencies(dispatch, manager);
      registerIpc(dispatchAndRefreshMenu(dispatch, menu), manager, context.grants);
      void refreshAppMenu(menu);

      if (pending.pendingCount === 0) manager.openHome();
      pending.ready(menu.openReviewFile);
      app.on('activate', () => manager.focusAny());
      app.on('will-quit', () => closeEverything(context));
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Casewright could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    // macOS apps stay running with no windows; elsewhere closing the last window quits.
    if (process.platform !== 'darwin') app.quit();
  });
}

function menuDependencies(
  dispatch: (request: ApiRequest) => Promise<ApiResponse>,
  windows: WindowManager,
): AppMenuDependencies {
  const openReviewFile = (filePath: string): void => {
    void dispatch({ method: 'review.open', args: { path: filePath } }).then((response) => {
      if (!response.ok) {
        dialog.showErrorBox('Could not open the review', `${filePath}\n\n${response.error.message}`);
        // Launched just to open this file: show the home screen rather than no window at all.
        windows.focusAny();
        return;
      }
      const reviewId = reviewIdOf(response.result);
      if (reviewId !== null) windows.showReview(reviewId);
      app.addRecentDocument(filePath);
      void refreshAppMenu(deps);
    });
  };
  const deps: AppMenuDependencies = {
    windows,
    developerItems: !app.isPackaged,
    loadRecent: async () => {
      const response = await dispatch({ method: 'review.listRecent', args: {} });
      return response.ok ? recentItemsFrom(response.result) : [];
    },
    openReviewFile,
    openReviewFromDialog: () => {
      void chooseReviewFile().then((filePath) => {
        if (filePath !== null) openReviewFile(filePath);
      });
    },
  };
  return deps;
}

/** The recent list changes whenever a review is opened, created or saved elsewhere. */
function dispatchAndRefreshMenu(
  dispatch: (request: ApiRequest) => Promise<ApiResponse>,
  menu: AppMenuDependencies,
): (request: ApiRequest) => Promise<ApiResponse> {
  return async (request) => {
    const response = await dispatch(request);
    if (response.ok && changesRecentList(request.method)) {
      void refreshAppMenu(menu);
    }
    return response;
  };
}

function closeEverything(context: AppContext): void {
  context.reviews.closeAll();
}
