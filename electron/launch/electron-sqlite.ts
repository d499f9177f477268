import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The SQLite driver the store loads: better-sqlite3's API with SQLCipher-compatible encryption. */
const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';

/**
 * Builds the SQLite driver (better-sqlite3-multiple-ciphers) for Electron's ABI in a cache folder beside node_modules, once per
 * Electron version, and returns the path of the built `.node` file. The copy in node_modules stays
 * built for Node, so the CLI, the tests and the browser edition keep working in the same checkout.
 * Uses the node-gyp that npm ships (npm sets `npm_config_node_gyp` for scripts such as npm start).
 */
export function ensureElectronSqliteBinding(root: string, say: (line: string) => void): string {
  const electronVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const target = join(root, 'node_modules', '.cache', 'casewright', `${SQLITE_PACKAGE}-electron-${electronVersion}`);
  const binding = join(target, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;

  say(`Building the database module for Electron ${electronVersion} (once; about a minute)…`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(root, 'node_modules', SQLITE_PACKAGE), target, {
    recursive: true,
    filter: (source) => !source.includes(`${join(SQLITE_PACKAGE, 'build')}`),
  });
  const nodeGyp = process.env.npm_config_node_gyp;
  const command =
    nodeGyp === undefined ? (['npx', ['--yes', 'node-gyp']] as const) : ([process.execPath, [nodeGyp]] as const);
  const result = spawnSync(
    command[0],
    [
      ...command[1],
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: target, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(binding)) {
    throw new Error(
      'Could not build the SQLite driver for Electron (see the output above); `npm start -- --browser` still works',
    );
  }
  return binding;
}
