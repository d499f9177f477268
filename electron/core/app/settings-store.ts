import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import type { Settings, SettingsPatch } from '../../shared/domain/settings';

const RECENT_LIMIT = 12;

const storedSettingsSchema = z.object({
  displayName: z.string().default(''),
  recent: z.array(z.object({ path: z.string(), title: z.string(), openedAt: z.string() })).default([]),
  sampleOffered: z.boolean().default(false),
});

export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  rememberRecent(path: string, title: string): void;
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
  try {
    settings = storedSettingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
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
    mkdirSync(home, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(settings, null, 2), { mode: 0o600 });
    renameSync(temp, file);
  };

  return {
    firstStart,
    get: () => settings,
    update(patch) {
      settings = { ...settings, ...patch };
      save();
      return settings;
    },
    rememberRecent(path, title) {
      const openedAt = new Date().toISOString();
      settings = {
        ...settings,
        recent: [{ path, title, openedAt }, ...settings.recent.filter((item) => item.path !== path)].slice(0, RECENT_LIMIT),
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
