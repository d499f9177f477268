/**
 * Answers `app:` requests with files from renderer/dist. Plain Node (fs + the global Response),
 * so the real behaviour — status codes, headers, symlink refusal — is tested without Electron.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from './security';
import { isInside, resolveAssetPath } from './protocol-paths';

export interface AppRequestLike {
  readonly url: string;
  readonly method: string;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Files change with every build; a stale cached bundle would pair old UI code with new IPC.
  'Cache-Control': 'no-store',
};

function errorResponse(status: number, reason: string): Response {
  return new Response(`${status} ${reason}`, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export async function serveAppRequest(rootDir: string, request: AppRequestLike): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'method not allowed');
  const lookup = resolveAssetPath(rootDir, request.url);
  if (!lookup.ok) return errorResponse(lookup.status, lookup.reason);
  try {
    // A symlink inside dist must not lead outside it: compare real paths, not the names.
    const [realRoot, realFile] = await Promise.all([realpath(rootDir), realpath(lookup.filePath)]);
    if (!isInside(realRoot, realFile)) return errorResponse(403, 'path outside the app');
    if (!(await stat(realFile)).isFile()) return errorResponse(404, 'not found');
    const body = request.method === 'HEAD' ? null : await readFile(realFile);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': lookup.mimeType },
    });
  } catch {
    return errorResponse(404, 'not found');
  }
}
