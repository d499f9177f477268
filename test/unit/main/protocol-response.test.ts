import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveAppRequest } from '@main/protocol-response';
import { CONTENT_SECURITY_POLICY } from '@main/security';
import { SECURITY_HEADERS } from '@shared/security/headers';

let base: string;
let dist: string;

beforeAll(() => {
  base = mkdtempSync(path.join(tmpdir(), 'casewright-protocol-'));
  dist = path.join(base, 'renderer', 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Casewright</title>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(path.join(dist, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.json'), '{"secret":true}');
  // A link inside dist that points outside it must not become a way out.
  symlinkSync(path.join(base, 'secret.json'), path.join(dist, 'assets', 'leak.json'));
  mkdirSync(path.join(dist, 'folder.js'));
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

const get = (url: string) => serveAppRequest(dist, { url, method: 'GET' });

describe('serveAppRequest', () => {
  it('serves index.html with its type and the security headers', async () => {
    const response = await get('app://casewright/index.html#/review/r1');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Casewright</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends every shared security header on files and refusals', async () => {
    for (const response of [
      await get('app://casewright/index.html'),
      await get('app://casewright/..%2f..%2fsecret.json'),
    ]) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
    }
  });

  it('serves scripts and styles with the right MIME types', async () => {
    const script = await get('app://casewright/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log("app")');
    const style = await get('app://casewright/assets/app.css');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await serveAppRequest(dist, { url: 'app://casewright/index.html', method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('refuses to read outside dist by encoded traversal', async () => {
    const response = await get('app://casewright/..%2f..%2fsecret.json');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses a symlink that leads outside dist', async () => {
    const response = await get('app://casewright/assets/leak.json');
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers 404 for missing files and folders, 405 for other methods, 403 for other origins', async () => {
    expect((await get('app://casewright/assets/missing.js')).status).toBe(404);
    expect((await get('app://casewright/folder.js')).status).toBe(404);
    expect((await serveAppRequest(dist, { url: 'app://casewright/index.html', method: 'POST' })).status).toBe(405);
    expect((await get('app://elsewhere/index.html')).status).toBe(403);
  });
});
