import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The headers every response carrying the renderer or its data gets, whichever transport serves it
 * (Electron's `app:` protocol or the browser edition's bridge), so the two cannot drift apart.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // Files change with every build; a stale cached bundle would pair old UI code with new API calls.
  'Cache-Control': 'no-store',
};

/** The security headers plus the body's content type, ready for a response. */
export function securityHeaders(contentType: string): Record<string, string> {
  return { ...SECURITY_HEADERS, 'Content-Type': contentType };
}
