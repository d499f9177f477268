import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  SPELLCHECK_LANGUAGES,
  containsControlCharacter,
  denyNavigation,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWebviewAttach,
  denyWindowOpen,
  isAppUrl,
  isTrustedSender,
  isTrustedSenderFrame,
  secureWebPreferences,
} from '@main/security';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/electron/preload/dist/preload.cjs', { devTools: false });

  it('isolates and sandboxes the renderer with no Node access', () => {
    expect(prefs).toMatchObject({
      preload: '/app/electron/preload/dist/preload.cjs',
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
      spellcheck: true,
      devTools: false,
    });
  });

  it('never enables Blink features or switches off isolation by a stray key', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('spell-checks in British English', () => {
    expect(SPELLCHECK_LANGUAGES).toEqual(['en-GB']);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
    );
  });

  it('allows nothing inline, nothing evaluated and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    const directives = CONTENT_SECURITY_POLICY.split('; ').map((part) => part.split(' ')[0]);
    expect(new Set(directives).size).toBe(directives.length);
  });
});

describe('isAppUrl', () => {
  it.each([
    'app://casewright/index.html',
    'app://casewright/',
    'app://casewright/index.html#/review/abc-123',
    'app://casewright/assets/index-4f3a.js',
    'app://casewright/index.html?x=1',
    'APP://casewright/index.html',
    // An empty port is the same origin once parsed, which is what Chromium loads.
    'app://casewright:/index.html',
  ])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    ['other host', 'app://evil/index.html'],
    ['lookalike suffix', 'app://casewright.evil.com/index.html'],
    ['lookalike prefix', 'app://evilcasewright/index.html'],
    ['trailing dot', 'app://casewright./index.html'],
    ['userinfo before our host', 'app://evil@casewright/index.html'],
    ['our name as userinfo', 'app://casewright@evil.com/index.html'],
    ['user and password', 'app://casewright:pw@casewright/index.html'],
    ['backslash userinfo trick', 'app://casewright\\@evil/index.html'],
    ['port', 'app://casewright:8080/index.html'],
    ['upper-case host (not what Chromium loads)', 'app://CASEWRIGHT/index.html'],
    ['percent-encoded host', 'app://casewrigh%74/index.html'],
    ['opaque form', 'app:casewright/index.html'],
    ['three slashes', 'app:///casewright/index.html'],
    ['no path', 'app://casewright'],
    ['file scheme', 'file:///etc/passwd'],
    ['file scheme with our host', 'file://casewright/index.html'],
    ['http', 'http://casewright/index.html'],
    ['https', 'https://casewright/index.html'],
    ['localhost', 'http://127.0.0.1:5173/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript dressed up', 'javascript://casewright/%0aalert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:app://casewright/0b1c'],
    ['about:blank', 'about:blank'],
    ['chrome internals', 'chrome://gpu'],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
    ['leading space', ' app://casewright/index.html'],
    ['trailing newline', 'app://casewright/index.html\n'],
    ['tab inside scheme', 'ap\tp://casewright/index.html'],
    ['NUL', 'app://casewright/index.html\u0000'],
    ['scheme lookalike', 'apps://casewright/index.html'],
    ['relative', '/index.html'],
    ['empty', ''],
    ['garbage', 'not a url'],
    ['very long', `app://casewright/${'a'.repeat(9000)}`],
  ])('rejects %s', (_why, url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([null, undefined, 42, {}, ['app://casewright/'], new URL('app://casewright/')])(
    'rejects the non-string %s',
    (value) => {
      expect(isAppUrl(value)).toBe(false);
    },
  );

  it('builds its origin from the same constants it checks', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
  });
});

describe('isTrustedSender / isTrustedSenderFrame', () => {
  it('trusts only our app page', () => {
    expect(isTrustedSender('app://casewright/index.html#/')).toBe(true);
    expect(isTrustedSender('https://example.org/')).toBe(false);
    expect(isTrustedSender('')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('trusts a top-level frame on our page and nothing else', () => {
    expect(isTrustedSenderFrame({ url: 'app://casewright/index.html#/review/r1', parent: null })).toBe(true);
    expect(isTrustedSenderFrame({ url: 'app://casewright/index.html', parent: { url: 'app://casewright/' } })).toBe(
      false,
    );
    expect(isTrustedSenderFrame({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSenderFrame({ url: 'app://casewright@evil/', parent: null })).toBe(false);
    expect(isTrustedSenderFrame(null)).toBe(false);
    expect(isTrustedSenderFrame(undefined)).toBe(false);
  });
});

describe('deny handlers', () => {
  const preventable = () => {
    let prevented = 0;
    return { event: { preventDefault: () => void (prevented += 1) }, count: () => prevented };
  };

  it('cancels every navigation and webview attachment', () => {
    const navigation = preventable();
    denyNavigation(navigation.event);
    expect(navigation.count()).toBe(1);
    const webview = preventable();
    denyWebviewAttach(webview.event);
    expect(webview.count()).toBe(1);
  });

  it('denies window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid'])(
    'refuses the %s permission request',
    (permission) => {
      const answers: boolean[] = [];
      denyPermissionRequest({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
    },
  );

  it('answers permission checks with no', () => {
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('containsControlCharacter', () => {
  it('finds C0 controls and DEL, and nothing else', () => {
    expect(containsControlCharacter('Child R review.cwr')).toBe(false);
    expect(containsControlCharacter('Zoë – “quoted”')).toBe(false);
    for (const code of [0, 9, 10, 13, 31, 127])
      expect(containsControlCharacter(`a${String.fromCharCode(code)}b`)).toBe(true);
  });
});
