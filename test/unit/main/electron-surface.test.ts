/**
 * Source-level guarantees about the Electron shell that no unit test of a single module can give:
 * which files may touch Electron at run time, and that IPC has exactly the two handlers we check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.split(path.sep).includes('dist') && !file.split(path.sep).includes('node_modules'));
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

/** Files that import `electron` for real (type-only imports vanish at build time). */
function runtimeElectronImporters(dir: string): string[] {
  return sourceFiles(dir).filter((file) => {
    const code = withoutComments(readFileSync(path.join(projectRoot, file), 'utf8'));
    return (
      /^\s*import\s+(?!type\b)[^;]*from\s+['"]electron['"]/m.test(code) ||
      /require\(\s*['"]electron['"]\s*\)/.test(code)
    );
  });
}

const THIN_MAIN_FILES = [
  'app-menu.ts',
  'app-protocol.ts',
  'dialogs.ts',
  'ipc.ts',
  'main.ts',
  'shell.ts',
  'windows.ts',
].map((name) => path.join('electron', 'main', name));

describe('where Electron is used', () => {
  it('only the thin shell files import electron at run time; everything tests load is pure', () => {
    expect(runtimeElectronImporters('electron').sort()).toEqual(
      [...THIN_MAIN_FILES, path.join('electron', 'preload', 'preload.ts')].sort(),
    );
  });

  it('the renderer never imports electron', () => {
    expect(runtimeElectronImporters('renderer')).toEqual([]);
  });
});

describe('the IPC surface', () => {
  const mainCode = sourceFiles(path.join('electron')).map(
    (file) => [file, withoutComments(readFileSync(path.join(projectRoot, file), 'utf8'))] as const,
  );

  it('registers exactly two ipcMain handlers, both in ipc.ts, and no listeners', () => {
    const handles = mainCode.flatMap(([file, code]) =>
      [...code.matchAll(/ipcMain\.(handle|handleOnce|on|once|addListener)\(\s*([A-Za-z_'":-]+)/g)].map(
        (match) => `${file}:${match[1]}:${match[2]}`,
      ),
    );
    expect(handles).toEqual([
      `${path.join('electron', 'main', 'ipc.ts')}:handle:IPC_INVOKE`,
      `${path.join('electron', 'main', 'ipc.ts')}:handle:IPC_DIALOG`,
    ]);
  });

  it('checks the sender in each handler before doing anything', () => {
    const ipc = mainCode.find(([file]) => file === path.join('electron', 'main', 'ipc.ts'))?.[1] ?? '';
    // The invoke handler delegates to createInvokeHandler, which checks the sender frame first.
    expect(ipc).toMatch(/return handle\(event\.senderFrame, payload\)/);
    expect(ipc).toMatch(/if \(!isTrustedSenderFrame\(event\.senderFrame\)\) throw/);
  });

  it('exposes one object to the page, and only from the preload', () => {
    const exposures = mainCode.filter(([, code]) => code.includes('exposeInMainWorld'));
    expect(exposures.map(([file]) => file)).toEqual([path.join('electron', 'preload', 'preload.ts')]);
    expect(exposures[0]?.[1].match(/exposeInMainWorld\(/g)).toHaveLength(1);
  });
});
