import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Settings, SettingsPatch } from '../../shared/domain/settings';
import { ensureOwnerDir, OWNER_FILE_MODE } from '../files/owner-only';

const RECENT_LIMIT = 12;

const storedSettingsSchema = z.object({
  displayName: z.string().default(''),
  // Paths only: a review's title often names the child or victim ("Child Q review"), and this file
  // is not encrypted. Titles saved by earlier versions are dropped (see `hadTitles`).
  recent: z.array(z.object({ path: z.string(), openedAt: z.string() })).default([]),
  sampleOffered: z.boolean().default(false),
});

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  rememberRecent(path: string): void;
  markSampleOffered(): void;
  /** The name written to audit logs: the display name, or the system account name until one is set. */
  actor(): string;
  readonly firstStart: boolean;
}

/**
 * Settings live in one JSON file in the user's home for the app, written atomically (temp file +
 * rename) so a crash never leaves half a file. A damaged file is set aside, never fatal.
 */
export function createSettingsStore(home: string): SettingsStore {
  const file = join(home, 'settings.json');
  let firstStart = false;
  let settings: z.infer<typeof storedSettingsSchema>;
  let hadTitles = false;
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { recent?: unknown };
    hadTitles =
      Array.isArray(raw.recent) &&
      raw.recent.some((item) => typeof item === 'object' && item !== null && 'title' in item);
    settings = storedSettingsSchema.parse(raw);
  } catch (error) {
    firstStart = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (!firstStart) {
      try {
        renameSync(file, `${file}.damaged-${Date.now()}`);
      } catch {
        // Nothing to set aside.
      }
    }
    settings = storedSettingsSchema.parse({});
  }

  const save = (): void => {
    ensureOwnerDir(home);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(settings, null, 2), { mode: OWNER_FILE_MODE });
    renameSync(temp, file);
  };
  if (hadTitles) save();

  return {
    firstStart,
    get: () => settings,
    update(patch) {
      settings = { ...settings, ...patch };
      save();
      return settings;
    },
    rememberRecent(path) {
      const openedAt = new Date().toISOString();
      settings = {
        ...settings,
        recent: [{ path, openedAt }, ...settings.recent.filter((item) => item.path !== path)].slice(0, RECENT_LIMIT),
      };
      save();
    },
    markSampleOffered() {
      if (settings.sampleOffered) return;
      settings = { ...settings, sampleOffered: true };
      save();
    },
    actor() {
      if (settings.displayName.trim() !== '') return settings.displayName.trim();
      try {
        return userInfo().username;
      } catch {
        return 'Unknown user';
      }
    },
  };
}
