import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const configPath = path.join(projectRoot, 'build', 'electron-builder.yml');

/** electron-builder's own loader and schema check (from the copy electron-builder itself uses). */
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builderConfig = requireFromBuilder('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, options: null): Promise<unknown>;
  validateConfiguration(config: unknown, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const loadedConfigSchema = z
  .object({
    appId: z.string(),
    productName: z.string(),
    asar: z.boolean(),
    asarUnpack: z.array(z.string()),
    npmRebuild: z.boolean(),
    afterPack: z.string(),
    // electron-builder normalises `files` into file sets.
    files: z.array(z.object({ filter: z.array(z.string()) }).loose()),
    fileAssociations: z.array(
      z.object({ ext: z.string(), name: z.string(), role: z.string(), mimeType: z.string() }).loose(),
    ),
    linux: z.object({ target: z.array(z.string()), mimeTypes: z.array(z.string()) }).loose(),
    win: z.object({ target: z.array(z.string()) }).loose(),
    mac: z.object({ target: z.array(z.string()) }).loose(),
  })
  .loose();

async function loadConfig() {
  return loadedConfigSchema.parse(await builderConfig.getConfig(projectRoot, configPath, null));
}

describe('build/electron-builder.yml', () => {
  it('loads and passes electron-builder’s own schema validation', async () => {
    const raw = await builderConfig.getConfig(projectRoot, configPath, null);
    await expect(builderConfig.validateConfiguration(raw, new DebugLogger(false))).resolves.toBeUndefined();
    // The same check does catch mistakes, so passing it means something.
    const broken = { ...(raw as object), fileAssociation: [{ ext: 'cwr' }] };
    await expect(builderConfig.validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app and packs it into an asar with native modules unpacked and rebuilt', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('org.casewright.app');
    expect(config.productName).toBe('Casewright');
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
  });

  it('ships the bundles, the renderer and the templates, and no source maps', async () => {
    const files = (await loadConfig()).files.flatMap((set) => set.filter);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'electron/main/dist/**/*',
        'electron/preload/dist/**/*',
        'renderer/dist/**/*',
        'templates/**/*',
        '!**/*.map',
      ]),
    );
  });

  it('registers the .cwr file association as an editor', async () => {
    const { fileAssociations, linux } = await loadConfig();
    expect(fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'cwr',
        name: 'Casewright review',
        role: 'Editor',
        mimeType: 'application/x-casewright-review',
      }),
    ]);
    expect(linux.mimeTypes).toContain('application/x-casewright-review');
  });

  it('targets Linux, Windows and macOS', async () => {
    const config = await loadConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg', 'zip']);
  });

  it('runs the after-pack hook that flips fuses, and the hook loads as a function', async () => {
    const { afterPack } = await loadConfig();
    expect(afterPack).toBe('./build/after-pack.cjs');
    const hookPath = path.resolve(projectRoot, afterPack);
    expect(existsSync(hookPath)).toBe(true);
    const hook: unknown = createRequire(import.meta.url)(hookPath);
    expect(typeof hook).toBe('function');
  });

  it('points package.json "main" at the main bundle', async () => {
    const packageJson = createRequire(import.meta.url)(path.join(projectRoot, 'package.json')) as { main?: string };
    expect(packageJson.main).toBe('electron/main/dist/main.cjs');
  });
});
