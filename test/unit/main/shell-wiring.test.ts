/**
 * The shell's wiring, end to end behind Electron: real protocol responses, the real dispatcher and
 * real review files, with Electron's API replaced by the recording stand-in (Electron cannot be
 * launched here). Catches what type-checking cannot: a handler not registered, a window opened at
 * the wrong URL or with the wrong options, a review left open after its window closed.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/review-file';
import { BrowserWindow, app, recorded } from './support/recording-electron';

vi.mock('electron', () => import('./support/recording-electron'));

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const base = tempDir('casewright-shell-');
const reviewsDir = path.join(base, 'reviews');
/** Without a save grant, a new review goes in the reviews folder under the app's home. */
const createdReviewPath = path.join(base, 'user-data', 'Reviews', 'Child R.cwr');

const frameOf = (window: BrowserWindow) => ({ url: window.url ?? '', parent: null });

async function invoke(window: BrowserWindow, payload: unknown, frame: unknown = frameOf(window)): Promise<unknown> {
  const handler = recorded.ipcHandlers.get('casewright:invoke');
  if (handler === undefined) throw new Error('invoke handler not registered');
  return handler({ sender: window.webContents, senderFrame: frame }, payload);
}

const openWindows = () => BrowserWindow.getAllWindows();

beforeAll(async () => {
  recorded.appPath = path.join(base, 'app');
  recorded.paths = { userData: path.join(base, 'user-data'), documents: path.join(base, 'documents') };
  mkdirSync(path.join(recorded.appPath, 'renderer', 'dist'), { recursive: true });
  mkdirSync(reviewsDir, { recursive: true });
  writeFileSync(
    path.join(recorded.appPath, 'renderer', 'dist', 'index.html'),
    '<!doctype html><title>Casewright</title>',
  );
  symlinkSync(path.join(projectRoot, 'templates'), path.join(recorded.appPath, 'templates'));

  const { registerAppScheme } = await import('@main/app-protocol');
  const { startShell } = await import('@main/shell');
  registerAppScheme();
  startShell();
  // Start-up ends with the menu: it is built after the first API call (the recent reviews), which
  // loads the API's handlers, so wait for it rather than for a fixed time.
  await vi.waitFor(
    () => {
      if (recorded.menuTemplate === null) throw new Error('the menu is not installed yet');
    },
    { timeout: 30_000, interval: 20 },
  );
});

describe('the Electron shell wiring', () => {
  it('registers the app scheme as standard and secure, and serves dist with the CSP', async () => {
    expect(recorded.schemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, bypassCSP: false }),
      }),
    ]);
    const serve = recorded.protocolHandlers.get('app');
    const response = await serve?.({ url: 'app://casewright/index.html', method: 'GET' });
    expect(response?.status).toBe(200);
    expect(response?.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(
      (await serve?.({ url: 'app://casewright/..%2f..%2fuser-data%2fsettings.json', method: 'GET' }))?.status,
    ).toBe(403);
  });

  it('locks down the session', () => {
    expect([...recorded.sessionHandlers.keys()].sort()).toEqual([
      'devicePermission',
      'permissionCheck',
      'permissionRequest',
    ]);
    if (process.platform === 'win32') expect(recorded.spellCheckerLanguages).toEqual(['en-GB']);
    // Where Chromium would download dictionaries, the spell checker is off and downloads go nowhere.
    if (process.platform === 'linux')
      expect(recorded).toMatchObject({ spellCheckerEnabled: false, dictionaryDownloadUrl: 'http://127.0.0.1:9/' });
  });

  it('opens the home window, hardened, with the secure options and the bundled preload', () => {
    const [home] = openWindows();
    expect(openWindows()).toHaveLength(1);
    expect(home?.url).toBe('app://casewright/index.html#/');
    expect(home?.options.webPreferences).toMatchObject({
      preload: path.join(recorded.appPath, 'electron', 'preload', 'dist', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(home?.webContents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    expect(home?.webContents.listenerCount('will-navigate')).toBe(1);
  });

  it('registers exactly the invoke and dialog IPC handlers', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(['casewright:dialog', 'casewright:invoke']);
  });

  it('installs the menu', () => {
    const labels = (recorded.menuTemplate ?? []).map((item) => (item as { label?: string }).label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Window', '&Help']));
  });

  it('answers the API from our page and refuses other senders', async () => {
    const [home] = openWindows();
    if (home === undefined) throw new Error('no home window');
    expect(await invoke(home, { method: 'app.getInfo', args: {} })).toMatchObject({
      ok: true,
      result: { edition: 'electron' },
    });
    expect(
      await invoke(home, { method: 'app.getInfo', args: {} }, { url: 'https://evil.example/', parent: null }),
    ).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    const dialogHandler = recorded.ipcHandlers.get('casewright:dialog');
    expect(() =>
      dialogHandler?.(
        { sender: home.webContents, senderFrame: null },
        { kind: 'open', options: { title: 'x', filters: [] } },
      ),
    ).toThrow(/Refused/);
  });

  it('gives a created review its own window, closes the home window that asked, and lists it as recent', async () => {
    const [home] = openWindows();
    if (home === undefined) throw new Error('no home window');
    const created = (await invoke(home, {
      method: 'review.create',
      args: { title: 'Child R', kind: 'lcspr' },
    })) as { ok: boolean; result: { reviewId: string } };
    expect(created.ok).toBe(true);
    const reviewId = created.result.reviewId;
    expect(home.isDestroyed()).toBe(true);
    expect(openWindows().map((window) => window.url)).toEqual([
      `app://casewright/index.html#/review/${encodeURIComponent(reviewId)}`,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const file = (recorded.menuTemplate ?? []).find((item) => (item as { label?: string }).label === '&File') as {
      submenu: { id?: string; submenu?: { label: string }[] }[];
    };
    const recent = file.submenu.find((item) => item.id === 'open-recent')?.submenu ?? [];
    expect(recent.map((item) => item.label)).toContain('Child R — Child R.cwr');
  });

  it('sends menu commands to the focused review window', () => {
    const [reviewWindow] = openWindows();
    if (reviewWindow === undefined) throw new Error('no review window');
    reviewWindow.focus();
    const file = (recorded.menuTemplate ?? []).find((item) => (item as { label?: string }).label === '&File') as {
      submenu: { id?: string; click?: () => void }[];
    };
    file.submenu.find((item) => item.id === 'export')?.click?.();
    expect(reviewWindow.webContents.sent).toContainEqual(['casewright:menu-command', 'export']);
  });

  it('closes the review when its last window closes', async () => {
    const [reviewWindow] = openWindows();
    if (reviewWindow === undefined) throw new Error('no review window');
    const reviewId = decodeURIComponent((reviewWindow.url ?? '').split('/review/')[1] ?? '');
    expect(await invoke(reviewWindow, { method: 'review.getCounts', reviewId, args: {} })).toMatchObject({ ok: true });
    const survivor = new BrowserWindow({}); // stands in for another window the app still has
    reviewWindow.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    survivor.url = 'app://casewright/index.html#/';
    expect(await invoke(survivor, { method: 'review.getCounts', reviewId, args: {} })).toMatchObject({ ok: false });
  });

  it('opens a review file the OS hands over, in its own window', async () => {
    app.emit('open-file', { preventDefault: () => undefined }, createdReviewPath);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openWindows().some((window) => (window.url ?? '').includes('#/review/'))).toBe(true);
    expect(recorded.recentDocuments).toContain(createdReviewPath);
    expect(recorded.errorBoxes).toEqual([]);
  });
});
