#!/usr/bin/env node
/**
 * Safe to run from `postinstall`: rebuilds native dependencies (better-sqlite3) for Electron with
 * `electron-builder install-app-deps` — but only when the Electron binary is actually installed.
 * Without it (CI, the browser edition, `allowScripts` keeping Electron's download off) there is
 * nothing to rebuild for, and the rebuild would fail or, worse, leave better-sqlite3 half-built.
 *
 * Exit code: 0 when skipped or rebuilt, the rebuild's own code when it fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** The folder of an installed package, or null when it is not installed. */
function packageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/**
 * Path of the Electron executable inside the `electron` package folder, found the way the
 * package's own index.js does (dist/ + the name in path.txt), or null when it is not there.
 * @param {string | null} electronDir
 * @returns {string | null}
 */
export function installedElectronBinary(electronDir) {
  if (electronDir === null) return null;
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (executable === '') return null;
  const binary = path.join(electronDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}

export function installAppDeps() {
  const binary = installedElectronBinary(packageDir('electron'));
  if (binary === null) {
    process.stdout.write(
      'casewright: Electron binary not installed; native modules stay built for Node (browser edition and CLI).\n',
    );
    return 0;
  }
  const builderDir = packageDir('electron-builder');
  if (builderDir === null) {
    process.stdout.write('casewright: electron-builder not installed; skipping the native rebuild for Electron.\n');
    return 0;
  }
  process.stdout.write(`casewright: rebuilding native modules for Electron (${binary})\n`);
  const result = spawnSync(process.execPath, [path.join(builderDir, 'cli.js'), 'install-app-deps'], {
    stdio: 'inherit',
  });
  return result.status ?? 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = installAppDeps();
}
