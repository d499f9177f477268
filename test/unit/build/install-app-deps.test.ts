import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedElectronBinary } from '../../../build/install-app-deps.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'casewright-electron-pkg-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** An `electron` package folder as npm leaves it, with or without the downloaded binary. */
function electronPackage(name: string, { pathTxt, binary }: { pathTxt?: string; binary?: boolean }): string {
  const dir = path.join(scratch, name);
  mkdirSync(path.join(dir, 'dist'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"name":"electron"}');
  if (pathTxt !== undefined) writeFileSync(path.join(dir, 'path.txt'), pathTxt);
  if (binary === true && pathTxt !== undefined) writeFileSync(path.join(dir, 'dist', pathTxt), 'ELF');
  return dir;
}

describe('installedElectronBinary', () => {
  it('finds the binary the electron package points at', () => {
    const dir = electronPackage('complete', { pathTxt: 'electron', binary: true });
    expect(installedElectronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('reports no binary when the download was skipped, failed halfway, or electron is absent', () => {
    expect(installedElectronBinary(electronPackage('skipped', {}))).toBeNull();
    expect(installedElectronBinary(electronPackage('half', { pathTxt: 'electron', binary: false }))).toBeNull();
    expect(installedElectronBinary(electronPackage('empty', { pathTxt: '   ' }))).toBeNull();
    expect(installedElectronBinary(null)).toBeNull();
  });
});
