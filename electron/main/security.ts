/**
 * Every security decision of the Electron shell, in one pure module (no `electron` import at run
 * time) so that each rule is unit-tested without launching Electron. The thin Electron files only
 * wire these values and functions into BrowserWindow, session, protocol and ipcMain.
 */
import type { WebPreferences } from 'electron';

/** The renderer is served from `app://casewright/…`, never from `file:` (which would grant
 * access to the whole disk) and never from the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'casewright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Spell-check the reviewer's prose in British English (the reports are written for UK panels). */
export const SPELLCHECK_LANGUAGES: readonly string[] = ['en-GB'];

/**
 * "Everything stays on this computer" includes the spell checker. macOS and Windows check with the
 * operating system's own, local dictionaries. Elsewhere Chromium's Hunspell checker would fetch
 * its dictionaries from a Google server, so it stays off and the download address points at
 * nothing: no request ever leaves the machine.
 */
export function spellcheckPolicy(platform: NodeJS.Platform): {
  readonly enabled: boolean;
  readonly languages: readonly string[] | null;
} {
  if (platform === 'darwin') return { enabled: true, languages: null };
  if (platform === 'win32') return { enabled: true, languages: SPELLCHECK_LANGUAGES };
  return { enabled: false, languages: null };
}

/** Where Chromium would download dictionaries from: a loopback port nothing listens on. */
export const NO_DICTIONARY_DOWNLOADS = 'http://127.0.0.1:9/';

/**
 * Sent as a header with every `app:` response (the same policy the browser bridge sends). Nothing
 * inline, nothing remote: a script injected through case data cannot run, load, post or frame anything.
 */
export { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

/** Renderer settings: an isolated, sandboxed page with no Node, speaking only through the preload. */
export function secureWebPreferences(preloadPath: string, options: { readonly devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: options.devTools,
  };
}

/** True when the text holds a C0 control character or DEL (written as a loop, not a regex,
 * so no control characters appear in patterns). */
export function containsControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 8192) return null;
  // Reject what the URL parser would silently strip or repair, so the string we check is the
  // string Chromium loads.
  if (value !== value.trim() || value.includes('\\') || containsControlCharacter(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * True only for `app://casewright/<path>`. Checked on the parsed URL, not by prefix, so
 * `app://casewright.evil`, `app://casewright@evil`, `app://evil@casewright`, other ports, other
 * schemes (`file:`, `http:`, `javascript:`, `data:`) and opaque forms (`app:casewright`) all fail.
 */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value);
  if (url === null) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    url.pathname.startsWith('/')
  );
}

/** IPC is answered only for frames showing our own app page. */
export function isTrustedSender(frameUrl: unknown): boolean {
  return isAppUrl(frameUrl);
}

/** The parts of an IPC event's `senderFrame` the check needs (it is null once the frame is gone). */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** A trusted sender is our app page in a top-level frame: the app has no iframes, so a subframe
 * sending IPC is by definition something that should not be there. */
export function isTrustedSenderFrame(frame: SenderFrameLike | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isTrustedSender(frame.url);
}

/** `will-navigate` / `will-redirect` / `will-frame-navigate`: the app is a single page with hash
 * routes (which do not fire these events), so every real navigation is refused. */
export function denyNavigation(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** `setWindowOpenHandler`: windows are opened by the main process only. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** `will-attach-webview`: the app uses no <webview>; refuse any attempt to attach one. */
export function denyWebviewAttach(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** `setPermissionRequestHandler`: camera, microphone, geolocation, notifications, … never granted. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** `setPermissionCheckHandler` / `setDevicePermissionHandler`: synchronous checks also say no. */
export function denyPermissionCheck(): boolean {
  return false;
}
