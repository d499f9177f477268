import { createSingleUseTokens } from './single-use-tokens';

/**
 * Finished exports waiting for the browser edition to download them. The bytes never touch the
 * disk on this side: the page fetches them once, through the bridge and behind its secret, and the
 * browser saves them where the user says. Unclaimed downloads are dropped after a few minutes.
 */
export interface PendingDownload {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

export interface Downloads {
  /** Holds the bytes and returns the single-use id the page downloads them by. */
  put(download: PendingDownload): string;
  /** Hands the bytes over once; a second call with the same id gets nothing. */
  take(id: string): PendingDownload | null;
}

const LIFETIME_MS = 5 * 60 * 1000;

export function createDownloads(now: () => number = Date.now): Downloads {
  return createSingleUseTokens<PendingDownload>(LIFETIME_MS, now);
}
