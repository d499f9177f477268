import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the checkout (or the packaged app) keeps its files. Under the Electron bundle,
 * `import.meta.url` is not available, so main passes its own paths to `createAppContext`.
 */
export function projectRoot(): string {
  const here = typeof import.meta.url === 'string' ? dirname(fileURLToPath(import.meta.url)) : process.cwd();
  return resolve(here, '..', '..', '..');
}

export function defaultTemplatesDir(): string {
  return join(projectRoot(), 'templates');
}

/** Per-user settings folder for the CLI and browser edition (Electron uses its userData folder). */
export function defaultHome(): string {
  const override = process.env.CASEWRIGHT_HOME;
  if (override !== undefined && override !== '') return resolve(override);
  const config = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(config, 'casewright');
}

/** Where new reviews are saved when the reviewer does not pick a path. */
export function defaultReviewDirectory(home: string): string {
  return process.env.CASEWRIGHT_REVIEWS_DIR ?? join(home, 'Reviews');
}
