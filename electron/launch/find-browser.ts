import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'brave-browser',
];

/** A Chromium-family browser for the `--app` window, looked up on PATH (or CASEWRIGHT_BROWSER). */
export function findChromiumBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.CASEWRIGHT_BROWSER;
  if (override !== undefined && override !== '') return existsSync(override) ? override : null;
  for (const directory of (env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const candidate = join(directory, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** Whether a window can be shown at all (Linux needs an X or Wayland display). */
export function hasDisplay(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform !== 'linux') return true;
  return Boolean(env.DISPLAY) || Boolean(env.WAYLAND_DISPLAY);
}

/** Arguments for a chrome-less app window on the bridge, with its own throwaway profile. */
export function appWindowArgs(url: string, profileDir: string, runningAsRoot: boolean): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(runningAsRoot ? ['--no-sandbox', '--test-type'] : []),
  ];
}
