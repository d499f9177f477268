import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appWindowArgs, findChromiumBrowser, hasDisplay } from '@launch/find-browser';
import { findElectronBinary } from '@launch/find-electron';
import { tempDir } from '../../helpers/review-file';

describe('npm start: choosing the mode', () => {
  it('finds a Chromium-family browser on PATH, or says there is none', () => {
    const dir = tempDir();
    expect(findChromiumBrowser({ PATH: dir })).toBeNull();
    const browser = join(dir, 'chromium');
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    expect(findChromiumBrowser({ PATH: `/nonexistent:${dir}` })).toBe(browser);
    expect(findChromiumBrowser({ PATH: dir, CASEWRIGHT_BROWSER: '/no/such/browser' })).toBeNull();
  });

  it('needs a display on Linux before opening a window', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({}, 'win32')).toBe(true);
  });

  it('opens an app window with its own profile, adding --no-sandbox only as root', () => {
    const args = appWindowArgs('http://127.0.0.1:1234/launch?secret=s', '/tmp/p', false);
    expect(args).toContain('--app=http://127.0.0.1:1234/launch?secret=s');
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args).not.toContain('--no-sandbox');
    expect(appWindowArgs('u', '/tmp/p', true)).toContain('--no-sandbox');
  });

  it('reports no Electron binary where only the npm package is installed (this machine)', () => {
    expect(findElectronBinary(tempDir())).toBeNull();
  });
});
