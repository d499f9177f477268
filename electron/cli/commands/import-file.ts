import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { CasewrightError } from '../../shared/errors';

/**
 * Checks a file named for an import before anything reads it: it must exist and be an ordinary
 * file (a device such as /dev/zero never ends). Returns the name to use in messages and its size.
 */
export function statImportFile(path: string): { readonly name: string; readonly size: number } {
  const name = basename(path);
  let stats;
  try {
    stats = statSync(path);
  } catch {
    throw new CasewrightError('not-found', `${name}: there is no such file`);
  }
  if (!stats.isFile())
    throw new CasewrightError(
      'validation',
      `${name}: this is not an ordinary file, so it cannot be imported. Nothing was imported.`,
    );
  return { name, size: stats.size };
}
