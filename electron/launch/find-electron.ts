import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The Electron binary's path, or null where the npm package is there but its binary is not (as on
 * machines without access to Electron's download host). Requiring `electron` from Node returns the
 * binary path, or throws when the binary is missing.
 */
export function findElectronBinary(root: string): string | null {
  try {
    const path = createRequire(join(root, 'package.json'))('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Tries Electron's own installer once (it downloads the binary); quiet, bounded in time. */
export function tryInstallElectron(root: string): boolean {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  const result = spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 120_000 });
  return result.status === 0;
}
