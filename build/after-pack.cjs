/**
 * electron-builder `afterPack` hook: flips Electron's fuses in the packaged binary, before it is
 * signed. Fuses are compiled-in switches that turn whole attack surfaces off for good, whatever
 * the environment or command line says:
 *   - RunAsNode off: `ELECTRON_RUN_AS_NODE=1 Casewright` cannot turn the app into a plain Node
 *     that runs any script with the app's signature and permissions.
 *   - NODE_OPTIONS and --inspect off: no code injected through the environment or a debugger port.
 *   - asar integrity on + only load app from asar: the app's code cannot be swapped on disk.
 *   - cookie encryption on; the V8 snapshot and file:// extra privileges fuses stay off (unused).
 * CommonJS because electron-builder `require`s hooks, and the package is "type": "module".
 */
'use strict';

const path = require('node:path');

/** Wanted state of every fuse @electron/fuses knows, by name (checked by a unit test). */
const FUSES = Object.freeze({
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
});

/** electron-builder's `Arch.arm64` (builder-util), needed on Apple silicon for the ad-hoc signature. */
const ARCH_ARM64 = 3;

/**
 * The @electron/fuses config for a platform. Not `strictlyRequireAllFuses`: a newer Electron may
 * carry fuses this version of @electron/fuses cannot name, and the build must not fail on that —
 * every fuse it can name is set explicitly above.
 */
function fuseConfig(electronPlatformName, arch) {
  const { FuseVersion, FuseV1Options } = require('@electron/fuses');
  const config = { version: FuseVersion.V1 };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses does not know the fuse ${name}`);
    config[index] = enabled;
  }
  // Flipping fuses breaks the ad-hoc signature of arm64 macOS binaries; re-sign ad hoc (a real
  // signature, when configured, is applied after this hook).
  config.resetAdHocDarwinSignature =
    (electronPlatformName === 'darwin' || electronPlatformName === 'mas') && arch === ARCH_ARM64;
  return config;
}

/** Where the Electron binary (or the .app bundle) is, the same way electron-builder finds it. */
function electronBinaryPath(context) {
  const platform = context.electronPlatformName;
  if (platform === 'darwin' || platform === 'mas') {
    return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.app`);
  }
  if (platform === 'win32') return path.join(context.appOutDir, `${context.packager.appInfo.productFilename}.exe`);
  if (platform === 'linux') return path.join(context.appOutDir, context.packager.executableName);
  throw new Error(`after-pack: unknown platform ${platform}`);
}

async function afterPack(context) {
  const { flipFuses } = require('@electron/fuses');
  const binary = electronBinaryPath(context);
  await flipFuses(binary, fuseConfig(context.electronPlatformName, context.arch));
  process.stdout.write(`  • fuses flipped in ${binary}\n`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
module.exports.fuseConfig = fuseConfig;
module.exports.electronBinaryPath = electronBinaryPath;
