import { describe, expect, it } from 'vitest';
import { windowOptions } from '@main/window-options';

describe('windowOptions', () => {
  it('creates hidden windows (shown when ready) with the secure web preferences', () => {
    const options = windowOptions({ preloadPath: '/app/preload.cjs', devTools: false });
    expect(options.show).toBe(false);
    expect(options.title).toBe('Casewright');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
      devTools: false,
    });
  });

  it('keeps a size that fits the review layout', () => {
    const options = windowOptions({ preloadPath: '/p.cjs', devTools: true });
    expect(options.minWidth).toBeGreaterThanOrEqual(800);
    expect(options.width).toBeGreaterThanOrEqual(options.minWidth ?? 0);
    expect(options.webPreferences?.devTools).toBe(true);
  });
});
