/** Debian's Chromium, which the end-to-end tests and the browser benchmarks drive (never a downloaded browser). */
export const CHROMIUM_PATH = process.env.CASEWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags that keep Debian's Chromium quiet and offline in a sandboxed CI machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
