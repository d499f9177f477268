import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveAssetPath } from '@main/protocol-paths';
import { mimeTypeFor } from '@main/mime-types';

const root = path.resolve('/opt/casewright/renderer/dist');

describe('resolveAssetPath', () => {
  it('serves index.html for the root and files under dist by path', () => {
    expect(resolveAssetPath(root, 'app://casewright/')).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAssetPath(root, 'app://casewright/index.html#/review/r1')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAssetPath(root, 'app://casewright/assets/index-4f3a.js?v=2')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-4f3a.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAssetPath(root, 'app://casewright/assets/Noto%20Sans.woff2')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'assets', 'Noto Sans.woff2'),
      mimeType: 'font/woff2',
    });
  });

  it.each([
    'app://casewright/..%2f..%2f..%2fetc%2fpasswd.txt',
    'app://casewright/assets/..%2F..%2F..%2Fsecret.json',
    'app://casewright/%2e%2e%2f%2e%2e%2fsecret.json',
    'app://casewright/assets%2f..%2f..%2fsecret.json',
    'app://casewright/..%5c..%5csecret.json',
    'app://casewright/C:%5cWindows%5cwin.ini',
    'app://casewright/index.html::$DATA',
    'app://casewright/index.html%00.png',
    'app://casewright/.%2findex.html',
  ])('refuses traversal: %s', (url) => {
    const result = resolveAssetPath(root, url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.status).toBe(403);
  });

  it('keeps literal dot segments inside dist (the URL parser resolves them first)', () => {
    const result = resolveAssetPath(root, 'app://casewright/../../../etc/passwd.txt');
    expect(result).toMatchObject({ ok: true, filePath: path.join(root, 'etc', 'passwd.txt') });
  });

  it('refuses other origins, malformed encoding and unknown file types', () => {
    expect(resolveAssetPath(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAssetPath(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAssetPath(root, 'app://casewright/%E0%A4%A.js')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAssetPath(root, 'app://casewright/tool.exe')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAssetPath(root, 'app://casewright/assets')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('isInside', () => {
  it('accepts the root and its children only', () => {
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, path.join(root, 'a', 'b.js'))).toBe(true);
    expect(isInside(root, path.resolve(root, '..', 'dist-evil', 'a.js'))).toBe(false);
    expect(isInside(root, path.resolve('/etc/passwd'))).toBe(false);
  });
});

describe('mimeTypeFor', () => {
  it('knows the files Vite writes and nothing else', () => {
    expect(mimeTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.png')).toBe('image/png');
    expect(mimeTypeFor('/x/a.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('/x/a.exe')).toBeNull();
    expect(mimeTypeFor('/x/Makefile')).toBeNull();
    expect(mimeTypeFor('/x.d/README')).toBeNull();
  });
});
