import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { MAX_BODY_BYTES, startBridge, type Bridge } from '@server/bridge';
import { SECURITY_HEADERS } from '@shared/security/headers';
import { resolveStaticPath } from '@server/static-files';
import { tempDir } from '../../helpers/review-file';

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start(): Promise<Bridge> {
  const staticDir = tempDir();
  writeFileSync(join(staticDir, 'index.html'), '<html><head><title>t</title></head><body>app</body></html>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  bridge = await startBridge({ dispatch: createDispatcher(createAppContext({ home: tempDir() })), staticDir });
  return bridge;
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let us forge. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        agent: false,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET'
        ? resolve({ status: 413, headers: {}, body: '' })
        : reject(error),
    );
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const apiCall = (
  b: Bridge,
  headers: Record<string, string> = {},
  body = JSON.stringify({ method: 'app.getInfo', args: {} }),
) =>
  send(b.port, {
    method: 'POST',
    path: '/api',
    headers: { 'Content-Type': 'application/json', 'X-Casewright-Secret': b.secret, ...headers },
    body,
  });

describe('browser edition bridge', () => {
  it('answers an API call that carries the secret, from its own origin', async () => {
    const b = await start();
    const response = await apiCall(b, { Origin: b.origin });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, result: { edition: 'cli' } });
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('sends the same security headers as the desktop app on answers and refusals alike', async () => {
    const b = await start();
    const answers = [
      await apiCall(b, { Origin: b.origin }),
      await apiCall(b, { 'X-Casewright-Secret': '' }),
      await send(b.port, { path: '/' }),
    ];
    for (const answer of answers) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(answer.headers[name.toLowerCase()]).toBe(value);
    }
  });

  it('listens on loopback only', async () => {
    const b = await start();
    expect(b.origin).toBe(`http://127.0.0.1:${b.port}`);
  });

  it('refuses API calls without the secret or with a wrong one', async () => {
    const b = await start();
    expect((await apiCall(b, { 'X-Casewright-Secret': '' })).status).toBe(403);
    expect((await apiCall(b, { 'X-Casewright-Secret': `${b.secret.slice(0, -1)}x` })).status).toBe(403);
    const noHeader = await send(b.port, {
      method: 'POST',
      path: '/api',
      headers: { 'Content-Type': 'application/json', Cookie: `cw_secret=${b.secret}` },
      body: '{}',
    });
    expect(noHeader.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const b = await start();
    expect((await apiCall(b, { Host: `evil.example:${b.port}` })).status).toBe(421);
    expect((await apiCall(b, { Host: `127.0.0.1:${b.port + 1}` })).status).toBe(421);
    expect((await apiCall(b, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await apiCall(b, { Origin: `http://127.0.0.1:${b.port + 1}` })).status).toBe(403);
    expect((await apiCall(b, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('refuses oversized bodies, non-JSON and malformed JSON', async () => {
    const b = await start();
    expect((await apiCall(b, {}, 'x'.repeat(MAX_BODY_BYTES + 10))).status).toBe(413);
    expect((await apiCall(b, { 'Content-Length': String(MAX_BODY_BYTES + 1) }, '{}')).status).toBe(413);
    expect((await apiCall(b, { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await apiCall(b, {}, '{not json')).status).toBe(400);
  });

  it('serves the app only after the launch URL set the session cookie', async () => {
    const b = await start();
    expect((await send(b.port, { path: '/' })).status).toBe(403);
    expect((await send(b.port, { path: '/launch?code=wrong' })).status).toBe(403);
    // The secret itself never appears in the launch address (which sits on a command line).
    expect(b.launchUrl).not.toContain(b.secret);
    const launch = await send(b.port, { path: new URL(b.launchUrl).pathname + new URL(b.launchUrl).search });
    expect(launch.status).toBe(303);
    const cookie = String(launch.headers['set-cookie']).split(';')[0]!;
    expect(String(launch.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await send(b.port, { path: '/', headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="casewright-bridge" content="${b.secret}">`);
    expect(
      (await send(b.port, { path: '/assets/app.js', headers: { Cookie: cookie } })).headers['content-type'],
    ).toMatch(/javascript/);
    expect((await send(b.port, { path: '/../../etc/passwd', headers: { Cookie: cookie } })).status).toBe(404);
    expect((await send(b.port, { path: '/%2e%2e/%2e%2e/etc/passwd', headers: { Cookie: cookie } })).status).toBe(404);
  });
});

describe('launch codes and downloads', () => {
  it('exchanges a launch code for the session cookie once; a second use is refused', async () => {
    const b = await start();
    const path = (url: string) => new URL(url).pathname + new URL(url).search;
    const first = await send(b.port, { path: path(b.launchUrl) });
    expect(first.status).toBe(303);
    expect(String(first.headers['set-cookie'])).toContain(`cw_secret=${b.secret}`);
    const replay = await send(b.port, { path: path(b.launchUrl) });
    expect(replay.status).toBe(403);
    expect(replay.headers['set-cookie']).toBeUndefined();
    expect(replay.body).toMatch(/already been used/);
    // A new code (another window) works once too.
    const second = b.newLaunchUrl();
    expect((await send(b.port, { path: path(second) })).status).toBe(303);
    expect((await send(b.port, { path: path(second) })).status).toBe(403);
  });

  it('serves a finished export once, behind the secret, as an attachment', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<html><head></head></html>');
    const app = createAppContext({ home: join(dir, 'home') });
    bridge = await startBridge({
      dispatch: createDispatcher(app),
      staticDir: join(dir, 'dist'),
      downloads: app.downloads,
    });
    const id = app.downloads.put({
      fileName: 'Child R review.docx',
      contentType: 'application/octet-stream',
      bytes: Buffer.from('PK bytes'),
    });
    expect((await send(bridge.port, { path: `/download/${id}` })).status).toBe(403);
    const cookie = `cw_secret=${bridge.secret}`;
    const got = await send(bridge.port, { path: `/download/${id}`, headers: { Cookie: cookie } });
    expect(got.status).toBe(200);
    expect(got.body).toBe('PK bytes');
    expect(String(got.headers['content-disposition'])).toMatch(/^attachment; filename="Child R review\.docx"/);
    expect((await send(bridge.port, { path: `/download/${id}`, headers: { Cookie: cookie } })).status).toBe(404);
  });
});

describe('static path resolution', () => {
  it('keeps every path inside the renderer folder', () => {
    expect(resolveStaticPath('/app/dist', '/')).toBe('/app/dist/index.html');
    expect(resolveStaticPath('/app/dist', '/assets/a.js')).toBe('/app/dist/assets/a.js');
    expect(resolveStaticPath('/app/dist', '/../secret')).toBe('/app/dist/secret');
    expect(resolveStaticPath('/app/dist', '/%2e%2e%2f%2e%2e%2fetc/passwd')).toBe('/app/dist/etc/passwd');
    expect(resolveStaticPath('/app/dist', '/a%00.js')).toBeNull();
    expect(resolveStaticPath('/app/dist', '/..%5c..%5cwindows')).toBeNull();
    expect(resolveStaticPath('/app/dist', '/%E0%A4%A')).toBeNull();
  });
});
