import { timingSafeEqual } from 'node:crypto';

/**
 * The checks the browser edition's bridge makes on every request, kept pure so each is tested on
 * its own. The bridge binds to loopback only; these stop other local programs and web pages:
 *  - Host must be 127.0.0.1:<port> or localhost:<port> (defeats DNS rebinding);
 *  - Origin, when sent, must be this bridge's own origin (defeats cross-site requests);
 *  - the per-launch secret must be presented (defeats other local users and processes).
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/** Browsers label cross-site requests; anything but same-origin (or a typed URL) is refused. */
export function isAllowedFetchSite(fetchSite: string | undefined): boolean {
  return fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
}

export function secretMatches(provided: string | undefined, secret: string): boolean {
  if (provided === undefined) return false;
  const a = Buffer.from(provided);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
