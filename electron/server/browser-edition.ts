import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDispatcher } from '../api/dispatcher';
import { createAppContext, type AppContext, type AppContextOptions } from '../core/app/app-context';
import { projectRoot } from '../core/app/paths';
import { startBridge, type Bridge } from './bridge';

export interface BrowserEdition {
  readonly app: AppContext;
  readonly bridge: Bridge;
  close(): Promise<void>;
}

export function rendererDistDir(): string {
  return join(projectRoot(), 'renderer', 'dist');
}

/**
 * The services, the dispatcher and the bridge, ready for a browser to open `bridge.launchUrl`.
 * Used by `npm start` (no Electron binary) and by the end-to-end tests.
 */
export async function startBrowserEdition(
  options: {
    readonly home?: string;
    readonly port?: number;
    readonly staticDir?: string;
    readonly jobHold?: AppContextOptions['jobHold'];
  } = {},
): Promise<BrowserEdition> {
  const staticDir = options.staticDir ?? rendererDistDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`The renderer has not been built (${staticDir}); run npm run build:renderer`);
  }
  const app = createAppContext({
    edition: 'browser',
    ...(options.home === undefined ? {} : { home: options.home }),
    ...(options.jobHold === undefined ? {} : { jobHold: options.jobHold }),
  });
  const bridge = await startBridge({
    dispatch: createDispatcher(app),
    staticDir,
    downloads: app.downloads,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return {
    app,
    bridge,
    async close() {
      await bridge.close();
      app.reviews.closeAll();
    },
  };
}
