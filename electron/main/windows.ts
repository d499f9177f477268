/**
 * Creates and tracks the app's windows: one home window at most, one window per open review.
 * The bookkeeping lives in review-windows.ts; this file only talks to BrowserWindow.
 */
import { BrowserWindow } from 'electron';
import type { MenuCommand } from '../shared/api/bridge-types';
import { IPC_MENU_COMMAND } from '../preload/ipc-channels';
import { ReviewWindowRegistry, type WindowEffect } from './review-windows';
import { homeWindowUrl, reviewIdFromWindowUrl, reviewWindowUrl } from './window-urls';
import { windowOptions } from './window-options';

export interface WindowManagerOptions {
  readonly preloadPath: string;
  readonly devTools: boolean;
  /** Called when the last window showing a review has closed, so main can release the file. */
  readonly onReviewWindowsGone: (reviewId: string) => void;
}

export class WindowManager {
  private readonly registry = new ReviewWindowRegistry();

  constructor(private readonly options: WindowManagerOptions) {}

  openHome(): BrowserWindow {
    const existing = this.windows().find((window) => this.registry.reviewOf(window.id) === null);
    if (existing !== undefined) return this.reveal(existing);
    return this.create(homeWindowUrl(), null);
  }

  showReview(reviewId: string): BrowserWindow {
    const [existingId] = this.registry.windowsShowing(reviewId);
    const existing = existingId === undefined ? null : BrowserWindow.fromId(existingId);
    if (existing !== null) return this.reveal(existing);
    return this.create(reviewWindowUrl(reviewId), reviewId);
  }

  reviewOf(window: BrowserWindow): string | null {
    return this.registry.reviewOf(window.id);
  }

  focused(): BrowserWindow | null {
    return BrowserWindow.getFocusedWindow();
  }

  focusAny(): void {
    const [first] = this.windows();
    if (first === undefined) this.openHome();
    else this.reveal(first);
  }

  sendMenuCommand(window: BrowserWindow, command: MenuCommand): void {
    window.webContents.send(IPC_MENU_COMMAND, command);
  }

  /** Follows an API call's effect on the windows (see review-windows.ts). */
  apply(effect: WindowEffect, sender: BrowserWindow | null): void {
    if (effect.kind === 'show-review') {
      this.showReview(effect.reviewId);
      if (effect.closeSender && sender !== null && this.registry.reviewOf(sender.id) === null) sender.close();
      return;
    }
    const closing = this.registry.windowsShowing(effect.reviewId);
    // Open the home screen before closing the last review window, so Windows and Linux (which
    // quit when every window has closed) keep running after "Close Review".
    if (this.windows().every((window) => closing.includes(window.id))) this.openHome();
    for (const id of closing) {
      // Forget first: the review is already closed, so the 'closed' handler must not close it again.
      this.registry.set(id, null);
      BrowserWindow.fromId(id)?.close();
    }
  }

  private windows(): BrowserWindow[] {
    return BrowserWindow.getAllWindows().filter((window) => !window.isDestroyed());
  }

  private reveal(window: BrowserWindow): BrowserWindow {
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
    return window;
  }

  private create(url: string, reviewId: string | null): BrowserWindow {
    const window = new BrowserWindow(
      windowOptions({ preloadPath: this.options.preloadPath, devTools: this.options.devTools }),
    );
    const id = window.id;
    this.registry.set(id, reviewId);
    window.once('ready-to-show', () => window.show());
    // Hash routes change without a navigation; follow them so we always know what a window shows.
    window.webContents.on('did-navigate-in-page', (_event, pageUrl, isMainFrame) => {
      if (isMainFrame) this.registry.set(id, reviewIdFromWindowUrl(pageUrl));
    });
    window.on('closed', () => {
      const orphaned = this.registry.remove(id);
      if (orphaned !== null) this.options.onReviewWindowsGone(orphaned);
    });
    window.loadURL(url).catch((error: unknown) => {
      // Usually renderer/dist is missing: run `npm run build:renderer` before starting Electron.
      console.error(`Could not load ${url}`, error);
    });
    return window;
  }
}
