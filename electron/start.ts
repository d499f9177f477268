import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { projectRoot } from './core/app/paths';
import { appWindowArgs, findChromiumBrowser, hasDisplay } from './launch/find-browser';
import { ensureElectronSqliteBinding } from './launch/electron-sqlite';
import { findElectronBinary, tryInstallElectron } from './launch/find-electron';
import { startBrowserEdition } from './server/browser-edition';

/**
 * `npm start`: the desktop app where Electron's binary is installed; otherwise the browser edition
 * (the same renderer and services over a local bridge) in a Chromium app window. It says plainly
 * which mode it is in. `--browser` forces the browser edition; `--no-open` only prints the address.
 */
const root = projectRoot();
const args = process.argv.slice(2);
const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function buildRenderer(): Promise<void> {
  say('Building the interface…');
  await build({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}

async function runElectron(binary: string): Promise<void> {
  await buildRenderer();
  const bundle = spawn(process.execPath, [join(root, 'build', 'bundle-electron.mjs')], { cwd: root, stdio: 'inherit' });
  const bundled = await new Promise<number>((resolve) => bundle.on('exit', (code) => resolve(code ?? 1)));
  if (bundled !== 0) throw new Error('Bundling the Electron shell failed');
  const sqliteBinding = ensureElectronSqliteBinding(root, say);
  say('Casewright: starting the DESKTOP APP (Electron).');
  const child = spawn(binary, [root, ...args.filter((arg) => !arg.startsWith('--'))], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CASEWRIGHT_SQLITE_BINDING: sqliteBinding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

async function runBrowserEdition(reason: string): Promise<void> {
  await buildRenderer();
  const port = process.env.CASEWRIGHT_PORT === undefined ? undefined : Number(process.env.CASEWRIGHT_PORT);
  const edition = await startBrowserEdition(port === undefined ? {} : { port });
  say('');
  say(`Casewright: running as the BROWSER EDITION (${reason}).`);
  say(`  Local bridge on ${edition.bridge.origin} (loopback only; the address below works once, for one browser).`);
  say(`  Settings and reviews: ${edition.app.home}`);

  const noOpen = args.includes('--no-open');
  const browser = noOpen ? null : findChromiumBrowser();
  let profile: string | null = null;
  const shutdown = async (): Promise<void> => {
    await edition.close();
    if (profile !== null) rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());

  if (browser === null || !hasDisplay()) {
    say(`  Open this address in Chromium, Chrome or Edge: ${edition.bridge.launchUrl}`);
    if (!noOpen) {
      say(
        browser === null
          ? '  (No Chromium-family browser was found to open it for you.)'
          : '  (No display was found to open a window on.)',
      );
    }
    say('  Press Ctrl+C to stop.');
    return;
  }
  profile = mkdtempSync(join(tmpdir(), 'casewright-window-'));
  say(`  Opening an app window with ${browser}. Close it, or press Ctrl+C here, to stop.`);
  const window = spawn(browser, appWindowArgs(edition.bridge.launchUrl, profile, process.getuid?.() === 0), {
    stdio: 'ignore',
  });
  window.on('exit', () => void shutdown());
}

async function main(): Promise<void> {
  if (args.includes('--browser')) return runBrowserEdition('asked for with --browser');
  let electron = findElectronBinary(root);
  if (electron === null && process.env.CI === undefined) {
    say('Casewright: Electron is not installed yet; trying to fetch its binary…');
    if (tryInstallElectron(root)) electron = findElectronBinary(root);
  }
  if (electron !== null) return runElectron(electron);
  return runBrowserEdition("Electron's binary is not installed on this machine");
}

main().catch((error: unknown) => {
  process.stderr.write(`Casewright could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
