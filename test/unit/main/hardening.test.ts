import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/main/hardening';

type Handler = (...args: unknown[]) => unknown;

/** Records what hardening installs on a web contents, with Electron's event semantics. */
class RecordingWebContents extends EventEmitter {
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
}

class RecordingSession {
  readonly installed = new Map<string, Handler>();
  spellCheckerLanguages: string[] | null = null;
  setPermissionRequestHandler(handler: Handler): void {
    this.installed.set('permissionRequest', handler);
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.installed.set('permissionCheck', handler);
  }
  setDevicePermissionHandler(handler: Handler): void {
    this.installed.set('devicePermission', handler);
  }
  setSpellCheckerLanguages(languages: string[]): void {
    this.spellCheckerLanguages = languages;
  }
}

function preventableEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('cancels %s', (name) => {
    const contents = new RecordingWebContents();
    hardenWebContents(contents as never);
    const event = preventableEvent();
    contents.emit(name, event, 'https://evil.example/');
    expect(event.prevented).toBe(true);
  });

  it('denies every window.open', () => {
    const contents = new RecordingWebContents();
    hardenWebContents(contents as never);
    expect(contents.windowOpenHandler?.({ url: 'app://casewright/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  it('refuses permission requests, checks and devices, and sets the spell-check language', () => {
    const session = new RecordingSession();
    hardenSession(session as never);
    const answers: boolean[] = [];
    session.installed.get('permissionRequest')?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(session.installed.get('permissionCheck')?.({}, 'clipboard-read')).toBe(false);
    expect(session.installed.get('devicePermission')?.({ deviceType: 'usb' })).toBe(false);
    if (process.platform !== 'darwin') expect(session.spellCheckerLanguages).toEqual(['en-GB']);
  });
});
