/**
 * Answers `app:` requests with files from renderer/dist. Plain Node (fs + the global Response),
 * so the real behaviour — status codes, headers, symlink refusal — is tested without Electron.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { securityHeaders } from '../shared/security/headers';
import { isInside, resolveAssetPath } from './protocol-paths';

export interface AppRequestLike {
  readonly url: string;
  readonly method: string;
}

function errorResponse(status: number, reason: string): Response {
  return new Response(`${status} ${reason}`, {
    status,
    headers: securityHeaders('text/plain; charset=utf-8'),
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
      headers: securityHeaders(lookup.mimeType),
    });
  } catch {
    return errorResponse(404, 'not found');
  }
}
