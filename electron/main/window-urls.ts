/**
 * Which page each window shows. The renderer routes on the URL hash, so a home window and a
 * review window load the same `index.html`; main reads the hash back to know which review a
 * window is showing.
 */
import { APP_ORIGIN, isAppUrl } from './security';

export const INDEX_URL = `${APP_ORIGIN}/index.html`;

export function homeWindowUrl(): string {
  return `${INDEX_URL}#/`;
}

export function reviewWindowUrl(reviewId: string): string {
  if (reviewId.length === 0) throw new Error('A review window needs a review id');
  return `${INDEX_URL}#/review/${encodeURIComponent(reviewId)}`;
}

/** The review a window shows, from its current URL; null for the home screen or a foreign URL. */
export function reviewIdFromWindowUrl(url: string): string | null {
  if (!isAppUrl(url)) return null;
  const match = /^#\/review\/([^/?#]+)/.exec(new URL(url).hash);
  if (match === null) return null;
  try {
    const id = decodeURIComponent(match[1] ?? '');
    return id.length === 0 ? null : id;
  } catch {
    return null;
  }
}
