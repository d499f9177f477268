import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import afterPack from '../../../build/after-pack.cjs';

const { FUSES, fuseConfig, electronBinaryPath } = afterPack;

/** The marker @electron/fuses looks for in an Electron binary (its `SENTINEL` constant). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Fuse states as bytes in the wire (@electron/fuses' FuseState, not exported from its index). */
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) } as const;
const ARCH_X64 = 1;
const ARCH_ARM64 = 3;

const scratch = mkdtempSync(path.join(tmpdir(), 'casewright-fuses-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A stand-in binary: some bytes, the sentinel, fuse wire version 1, and `length` fuses all on. */
function fakeElectronBinary(filePath: string, length: number): void {
  const wire = Buffer.alloc(length, FuseState.ENABLE);
  writeFileSync(
    filePath,
    Buffer.concat([
      Buffer.from('\x7fELF…padding…'),
      Buffer.from(SENTINEL),
      Buffer.from([1, length]),
      wire,
      Buffer.from('…tail'),
    ]),
  );
}

describe('the fuse list', () => {
  it('turns every escape hatch off and integrity checks on', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
    expect(Object.isFrozen(FUSES)).toBe(true);
  });

  it('names every fuse this @electron/fuses knows, so none is left to its default', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(FUSES).sort()).toEqual(known.sort());
  });

  it('maps the names to fuse wire positions', () => {
    const config = fuseConfig('linux', ARCH_X64);
    expect(config.version).toBe(FuseVersion.V1);
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config.resetAdHocDarwinSignature).toBe(false);
  });

  it('re-signs ad hoc only for Apple silicon macOS builds', () => {
    expect(fuseConfig('darwin', ARCH_ARM64).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', ARCH_X64).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32', ARCH_ARM64).resetAdHocDarwinSignature).toBe(false);
  });
});

/** How electron-builder names the app to the hook. */
const packager = { executableName: 'casewright', appInfo: { productFilename: 'Casewright' } };

/** The hook's call for a Linux x64 build unpacked into `appOutDir`. */
const linuxBuild = (appOutDir: string) => ({ appOutDir, electronPlatformName: 'linux', arch: ARCH_X64, packager });

describe('electronBinaryPath', () => {
  it('finds the binary the way electron-builder names it on each platform', () => {
    const base = { appOutDir: '/out', arch: ARCH_X64, packager };
    expect(electronBinaryPath({ ...base, electronPlatformName: 'linux' })).toBe(path.join('/out', 'casewright'));
    expect(electronBinaryPath({ ...base, electronPlatformName: 'win32' })).toBe(path.join('/out', 'Casewright.exe'));
    expect(electronBinaryPath({ ...base, electronPlatformName: 'darwin' })).toBe(path.join('/out', 'Casewright.app'));
    expect(() => electronBinaryPath({ ...base, electronPlatformName: 'beos' })).toThrow(/unknown platform/);
  });
});

describe('afterPack', () => {
  it('flips the fuses in the packaged binary', async () => {
    const appOutDir = mkdtempSync(path.join(scratch, 'linux-unpacked-'));
    const binary = path.join(appOutDir, 'casewright');
    fakeElectronBinary(binary, 8);
    await afterPack(linuxBuild(appOutDir));
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  });

  it('leaves fuses it cannot name (a newer Electron) alone instead of failing the build', async () => {
    const appOutDir = mkdtempSync(path.join(scratch, 'linux-newer-'));
    const binary = path.join(appOutDir, 'casewright');
    fakeElectronBinary(binary, 10);
    await afterPack(linuxBuild(appOutDir));
    // Indexes past the known fuses are outside FuseConfig's type, so read the wire as plain numbers.
    const wire = (await getCurrentFuseWire(binary)) as unknown as Readonly<Record<number, number>>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[8]).toBe(FuseState.ENABLE);
    expect(wire[9]).toBe(FuseState.ENABLE);
  });

  it('fails loudly when the binary has no fuse wire', async () => {
    const appOutDir = mkdtempSync(path.join(scratch, 'linux-broken-'));
    writeFileSync(path.join(appOutDir, 'casewright'), 'not electron');
    await expect(afterPack(linuxBuild(appOutDir))).rejects.toThrow(/sentinel/);
  });
});
