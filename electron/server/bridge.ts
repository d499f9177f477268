import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiRequest } from '../shared/api/transport';
import { securityHeaders } from '../shared/security/headers';
import type { Dispatch } from '../api/dispatcher';
import type { Downloads } from '../core/app/downloads';
import { isAllowedFetchSite, isAllowedHost, isAllowedOrigin, readCookie, secretMatches } from './request-guard';
import { mimeTypeOf, readStatic, resolveStaticPath } from './static-files';

export const SECRET_HEADER = 'x-casewright-secret';
const SECRET_COOKIE = 'cw_secret';
/** Large enough for a 20,000-row agency spreadsheet sent as base64; anything bigger is refused. */
export const MAX_BODY_BYTES = 48 * 1024 * 1024;

export interface Bridge {
  readonly port: number;
  readonly secret: string;
  /**
   * Open this once: its one-time code is exchanged for the session cookie and then dies, so the
   * address on the browser's command line (readable by other local accounts) is worthless.
   */
  readonly launchUrl: string;
  /** Another one-time launch address (a second window, a test's second browser). */
  newLaunchUrl(): string;
  readonly origin: string;
  close(): Promise<void>;
}

export interface BridgeOptions {
  readonly dispatch: Dispatch;
  /** The built renderer (renderer/dist). */
  readonly staticDir: string;
  readonly port?: number;
  readonly secret?: string;
  /** Finished exports the page may download once (browser edition). */
  readonly downloads?: Downloads;
  /** How long a client may take to send a whole request (tests make it short; see `REQUEST_TIMEOUT_MS`). */
  readonly requestTimeoutMs?: number;
  /** How often the server looks for requests that took too long to arrive (Node's default is 30 s). */
  readonly timeoutCheckEveryMs?: number;
}

/**
 * The time a client has to send one whole request, headers and body: a request still arriving
 * after it is answered 408 and its connection closed, so a stalled or trickling sender cannot hold
 * the bridge. It bounds receiving only (Node's `requestTimeout`): once a request has arrived, its
 * answer may take as long as the work does, so an import or export followed as a job (minutes on a
 * large file) is never cut off, and the page follows its progress meanwhile.
 */
export const REQUEST_TIMEOUT_MS = 120_000;

/**
 * The browser edition's local bridge: the same dispatcher as Electron's IPC, over HTTP on
 * 127.0.0.1 only. Every request must carry the per-launch secret (a cookie set by the launch URL,
 * or the header for API calls), a loopback Host of this port and, if any, this origin.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  let port = 0;
  const launchCodes = new Set<string>();
  const newLaunchCode = (): string => {
    const code = randomBytes(24).toString('base64url');
    launchCodes.add(code);
    return code;
  };
  const firstCode = newLaunchCode();

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const server = createServer(
    {
      requestTimeout,
      // Node requires the headers' limit to be no longer than the whole request's.
      headersTimeout: Math.min(60_000, requestTimeout),
      ...(options.timeoutCheckEveryMs === undefined
        ? {}
        : { connectionsCheckingInterval: options.timeoutCheckEveryMs }),
    },
    (request, response) => {
      handle(request, response).catch(() => {
        if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
        else response.destroy();
      });
    },
  );

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!isAllowedHost(request.headers.host, port)) return refuse(response, 421, 'Wrong host');
    if (!isAllowedOrigin(header(request, 'origin'), port)) return refuse(response, 403, 'Foreign origin');
    if (!isAllowedFetchSite(header(request, 'sec-fetch-site'))) return refuse(response, 403, 'Cross-site request');

    if (url.pathname === '/launch' && request.method === 'GET') {
      const code = url.searchParams.get('code') ?? '';
      // Each code works once: the first browser to use it gets the cookie; anyone replaying it is refused.
      if (!launchCodes.delete(code))
        return refuse(
          response,
          403,
          'This launch address has already been used or is not valid. Start Casewright again to get a new one.',
        );
      response.writeHead(303, {
        Location: '/',
        'Set-Cookie': `${SECRET_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      response.end();
      return;
    }

    if (url.pathname.startsWith('/download/')) {
      const cookie = readCookie(header(request, 'cookie'), SECRET_COOKIE);
      if (!secretMatches(cookie ?? header(request, SECRET_HEADER), secret))
        return refuse(response, 403, 'Missing secret');
      if (request.method !== 'GET') return refuse(response, 405, 'Use GET');
      const download = options.downloads?.take(url.pathname.slice('/download/'.length)) ?? null;
      if (download === null)
        return refuse(response, 404, 'This download has already been collected or has expired. Export again.');
      response.writeHead(200, {
        ...securityHeaders(download.contentType),
        'Content-Disposition': `attachment; filename="${asciiFileName(download.fileName)}"; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
        'Content-Length': String(download.bytes.length),
      });
      response.end(Buffer.from(download.bytes));
      return;
    }

    if (url.pathname === '/api') {
      // API calls need the header itself, not only the cookie: a cookie alone could be replayed.
      if (!secretMatches(header(request, SECRET_HEADER), secret)) return refuse(response, 403, 'Missing secret');
      if (request.method !== 'POST') return refuse(response, 405, 'Use POST');
      if (!(header(request, 'content-type') ?? '').startsWith('application/json'))
        return refuse(response, 415, 'Send JSON');
      const body = await readBody(request, MAX_BODY_BYTES);
      if (body === null) {
        // Do not keep a connection whose unread body would be taken for the next request.
        response.setHeader('Connection', 'close');
        return refuse(response, 413, 'Request too large');
      }
      let parsed: ApiRequest;
      try {
        parsed = JSON.parse(body.toString('utf8')) as ApiRequest;
      } catch {
        return refuse(response, 400, 'Malformed JSON');
      }
      const result = await options.dispatch(parsed);
      return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
    }

    const cookieSecret = readCookie(header(request, 'cookie'), SECRET_COOKIE);
    if (!secretMatches(cookieSecret ?? header(request, SECRET_HEADER), secret))
      return refuse(response, 403, 'Missing secret');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, 'Read only');
    const path = resolveStaticPath(options.staticDir, url.pathname);
    if (path === null) return refuse(response, 404, 'Not found');
    const content = await readStatic(path);
    if (content === null) return refuse(response, 404, 'Not found');
    if (path.endsWith('index.html')) {
      // The page learns the secret from the page itself, never from a URL it could leak.
      const html = content
        .toString('utf8')
        .replace('<head>', `<head><meta name="casewright-bridge" content="${secret}">`);
      return send(response, 200, mimeTypeOf(path), html);
    }
    return send(response, 200, mimeTypeOf(path), content);
  };

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    secret,
    origin: `http://127.0.0.1:${port}`,
    launchUrl: `http://127.0.0.1:${port}/launch?code=${firstCode}`,
    newLaunchUrl: () => `http://127.0.0.1:${port}/launch?code=${newLaunchCode()}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

/** The plain-ASCII fallback name for Content-Disposition (the UTF-8 name follows it). */
function asciiFileName(name: string): string {
  return name.replace(/[^\x20-\x7E]|["\\]/g, '_');
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        return;
      }
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', rejectBody);
  });
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, securityHeaders(contentType));
  response.end(body);
}

function refuse(response: ServerResponse, status: number, reason: string): void {
  send(response, status, 'text/plain; charset=utf-8', reason);
}
