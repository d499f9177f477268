/**
 * Maps an `app://casewright/<path>` request to a file under renderer/dist, refusing anything
 * that could step outside it: `..` in any spelling (literal, percent-encoded, behind an encoded
 * slash), backslashes, drive letters and NTFS streams (`:`), NUL bytes, and unknown file types.
 * Symlinks are checked separately by the server, against the real paths on disk.
 */
import path from 'node:path';
import { containsControlCharacter, isAppUrl } from './security';
import { mimeTypeFor } from './mime-types';

export type AssetLookup =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

const refuse = (status: 400 | 403 | 404, reason: string): AssetLookup => ({ ok: false, status, reason });

export function resolveAssetPath(rootDir: string, requestUrl: string): AssetLookup {
  if (!isAppUrl(requestUrl)) return refuse(403, 'not an app URL');
  const encodedPath = new URL(requestUrl).pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(encodedPath);
  } catch {
    return refuse(400, 'malformed percent-encoding');
  }
  if (/[\\:]/.test(decoded) || containsControlCharacter(decoded)) return refuse(403, 'forbidden character in path');
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return refuse(403, 'path traversal');
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return refuse(403, 'path outside the app');
  }
  const mimeType = mimeTypeFor(filePath);
  if (mimeType === null) return refuse(404, 'unknown file type');
  return { ok: true, filePath, mimeType };
}

/** True when `candidate` is `root` itself or inside it (both already resolved real paths). */
export function isInside(root: string, candidate: string): boolean {
  const fromRoot = path.relative(root, candidate);
  return fromRoot === '' || (!fromRoot.startsWith('..') && !path.isAbsolute(fromRoot));
}
