import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { applySpellcheckPolicy, hardenSession, hardenWebContents } from '@main/hardening';

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
  spellCheckerEnabled: boolean | null = null;
  dictionaryUrl: string | null = null;
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    this.dictionaryUrl = url;
  }
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
  it('spell-checks only with local dictionaries: the system checker on macOS and Windows, none where Chromium would download them', () => {
    const linux = new RecordingSession();
    applySpellcheckPolicy(linux as never, 'linux');
    expect(linux.spellCheckerEnabled).toBe(false);
    expect(new URL(linux.dictionaryUrl ?? '').hostname).toBe('127.0.0.1');
    const windows = new RecordingSession();
    applySpellcheckPolicy(windows as never, 'win32');
    expect(windows).toMatchObject({ spellCheckerEnabled: true, spellCheckerLanguages: ['en-GB'] });
    expect(new URL(windows.dictionaryUrl ?? '').hostname).toBe('127.0.0.1');
    const mac = new RecordingSession();
    applySpellcheckPolicy(mac as never, 'darwin');
    expect(mac).toMatchObject({ spellCheckerEnabled: true, dictionaryUrl: null });
  });

  it('refuses permission requests, checks and devices, and sets the spell-check language', () => {
    const session = new RecordingSession();
    hardenSession(session as never);
    const answers: boolean[] = [];
    session.installed.get('permissionRequest')?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(session.installed.get('permissionCheck')?.({}, 'clipboard-read')).toBe(false);
    expect(session.installed.get('devicePermission')?.({ deviceType: 'usb' })).toBe(false);
    if (process.platform === 'win32') expect(session.spellCheckerLanguages).toEqual(['en-GB']);
    if (process.platform === 'linux') expect(session.spellCheckerEnabled).toBe(false);
  });
});
