import { createSingleUseTokens } from './single-use-tokens';
import { CasewrightError } from '../../shared/errors';

/**
 * A save location the user chose (in a native dialog or the app's own folder chooser), handed to
 * the page as an opaque token. The page can only pass the token back; it never supplies a path the
 * services write to, so a script running in the page cannot aim a write at a file of its choosing.
 * Each token works once and only for a short time.
 */
export interface SaveGrant {
  readonly path: string;
  /** True when the chooser already asked the user about replacing an existing file. */
  readonly replaceConfirmed: boolean;
}

export interface SaveGrants {
  issue(grant: SaveGrant): string;
  /** Returns the granted location and forgets the token; an unknown, used or expired token is refused. */
  take(token: string): SaveGrant;
}

const LIFETIME_MS = 10 * 60 * 1000;

export function createSaveGrants(now: () => number = Date.now): SaveGrants {
  const tokens = createSingleUseTokens<SaveGrant>(LIFETIME_MS, now);
  return {
    issue: (grant) => tokens.put(grant),
    take(token) {
      const grant = tokens.take(token);
      if (grant === null) {
        throw new CasewrightError(
          'refused',
          'Choose where to save again: that choice has already been used or has expired',
        );
      }
      return grant;
    },
  };
}
