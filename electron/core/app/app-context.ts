import { ensureOwnerDir } from '../files/owner-only';
import { createJobRegistry, type JobHold, type JobRegistry } from '../jobs/registry';
import { createDownloads, type Downloads } from './downloads';
import { createOpenReviews, type OpenReviews } from './open-reviews';
import { defaultHome, defaultTemplatesDir } from './paths';
import { createSaveGrants, type SaveGrants } from './save-grants';
import { createSettingsStore, type SettingsStore } from './settings-store';

export type Edition = 'electron' | 'browser' | 'cli';

/** What every app-scoped handler receives: settings, open reviews, and where things live. */
export interface AppContext {
  readonly edition: Edition;
  readonly home: string;
  readonly templatesDir: string;
  readonly settings: SettingsStore;
  readonly reviews: OpenReviews;
  /** Save locations the user chose, redeemable once by the services. */
  readonly grants: SaveGrants;
  /** Finished exports waiting for the browser edition to download them. */
  readonly downloads: Downloads;
  /** Long work (imports, exports) the page can follow and cancel. */
  readonly jobs: JobRegistry;
}

export interface AppContextOptions {
  readonly edition?: Edition;
  readonly home?: string;
  readonly templatesDir?: string;
  /** Only tests hold long work at a chosen point (see `JobHold`). */
  readonly jobHold?: JobHold;
}

export function createAppContext(options: AppContextOptions = {}): AppContext {
  const home = options.home ?? defaultHome();
  ensureOwnerDir(home);
  const settings = createSettingsStore(home);
  return {
    edition: options.edition ?? 'cli',
    home,
    templatesDir: options.templatesDir ?? defaultTemplatesDir(),
    settings,
    reviews: createOpenReviews(() => settings.actor()),
    grants: createSaveGrants(),
    downloads: createDownloads(),
    jobs: createJobRegistry(options.jobHold === undefined ? {} : { hold: options.jobHold }),
  };
}
