import { mkdirSync } from 'node:fs';
import { createOpenReviews, type OpenReviews } from './open-reviews';
import { defaultHome, defaultTemplatesDir } from './paths';
import { createSettingsStore, type SettingsStore } from './settings-store';

export type Edition = 'electron' | 'browser' | 'cli';

/** What every app-scoped handler receives: settings, open reviews, and where things live. */
export interface AppContext {
  readonly edition: Edition;
  readonly home: string;
  readonly templatesDir: string;
  readonly settings: SettingsStore;
  readonly reviews: OpenReviews;
}

export function createAppContext(
  options: { readonly edition?: Edition; readonly home?: string; readonly templatesDir?: string } = {},
): AppContext {
  const home = options.home ?? defaultHome();
  mkdirSync(home, { recursive: true });
  const settings = createSettingsStore(home);
  return {
    edition: options.edition ?? 'cli',
    home,
    templatesDir: options.templatesDir ?? defaultTemplatesDir(),
    settings,
    reviews: createOpenReviews(() => settings.actor()),
  };
}
