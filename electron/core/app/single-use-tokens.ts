import { randomBytes } from 'node:crypto';

/**
 * Values handed to the page behind random tokens (a save location, an export's bytes): each token
 * works once and only for `lifetimeMs`, so a token that leaks or is kept cannot be used again later.
 */
export interface SingleUseTokens<T> {
  /** Holds `value` and returns the token that takes it. Drops expired values first. */
  put(value: T): string;
  /** The value, once: the token is forgotten; an unknown, used or expired token gets null. */
  take(token: string): T | null;
}

export function createSingleUseTokens<T>(lifetimeMs: number, now: () => number): SingleUseTokens<T> {
  const byToken = new Map<string, { readonly value: T; readonly expires: number }>();
  return {
    put(value) {
      for (const [token, held] of byToken) if (held.expires < now()) byToken.delete(token);
      const token = randomBytes(24).toString('base64url');
      byToken.set(token, { value, expires: now() + lifetimeMs });
      return token;
    },
    take(token) {
      const held = byToken.get(token);
      byToken.delete(token);
      return held === undefined || held.expires < now() ? null : held.value;
    },
  };
}
