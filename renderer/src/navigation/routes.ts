/** Hash routes, so back/forward work in the browser edition and Electron loads a file URL. */
export type Route =
  | { readonly name: 'home' }
  /** Boards: learning across many reviews, beside the start screen. */
  | { readonly name: 'board' }
  | { readonly name: 'review'; readonly reviewId: string; readonly area: string; readonly detail?: string };

export function parseRoute(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map(decodeURIComponent);
  if (parts[0] === 'board') return { name: 'board' };
  if (parts[0] === 'review' && parts[1] !== undefined) {
    return {
      name: 'review',
      reviewId: parts[1],
      area: parts[2] ?? 'overview',
      ...(parts[3] === undefined ? {} : { detail: parts[3] }),
    };
  }
  return { name: 'home' };
}

export function reviewHref(reviewId: string, area = 'overview', detail?: string): string {
  const tail = detail === undefined ? '' : `/${encodeURIComponent(detail)}`;
  return `#/review/${encodeURIComponent(reviewId)}/${encodeURIComponent(area)}${tail}`;
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}

export const BOARD_HREF = '#/board';
export const HOME_HREF = '#/';
