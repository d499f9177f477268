import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSettingsStore } from '@core/app/settings-store';
import { tempDir } from '@test/helpers/review-file';

describe('settings', () => {
  it('starts fresh, remembers the display name and recent files across restarts', () => {
    const home = tempDir();
    const first = createSettingsStore(home);
    expect(first.firstStart).toBe(true);
    first.update({ displayName: 'Jo Reviewer' });
    first.rememberRecent('/r/a.cwr');
    first.rememberRecent('/r/b.cwr');
    first.rememberRecent('/r/a.cwr');
    const second = createSettingsStore(home);
    expect(second.firstStart).toBe(false);
    expect(second.actor()).toBe('Jo Reviewer');
    expect(second.get().recent.map((item) => item.path)).toEqual(['/r/a.cwr', '/r/b.cwr']);
  });

  it('keeps recent reviews as paths only, and drops the titles an earlier version saved', () => {
    const home = tempDir();
    writeFileSync(
      join(home, 'settings.json'),
      JSON.stringify({
        displayName: 'Jo',
        recent: [{ path: '/r/q.cwr', title: 'Child Q review', openedAt: '2026-01-01T00:00:00Z' }],
        sampleOffered: true,
      }),
    );
    const store = createSettingsStore(home);
    expect(readFileSync(join(home, 'settings.json'), 'utf8')).not.toContain('Child Q');
    store.rememberRecent('/r/child-z.cwr');
    const text = readFileSync(join(home, 'settings.json'), 'utf8');
    expect(text).not.toContain('title');
    expect(store.get().recent.map((item) => item.path)).toEqual(['/r/child-z.cwr', '/r/q.cwr']);
    expect(statSync(join(home, 'settings.json')).mode & 0o777).toBe(0o600);
  });

  it('sets a damaged settings file aside instead of failing', () => {
    const home = tempDir();
    writeFileSync(join(home, 'settings.json'), '{ not json');
    const store = createSettingsStore(home);
    expect(store.get().recent).toEqual([]);
    expect(readdirSync(home).some((name) => name.startsWith('settings.json.damaged-'))).toBe(true);
    store.update({ displayName: 'A' });
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')).displayName).toBe('A');
    expect(existsSync(join(home, `settings.json.${process.pid}.tmp`))).toBe(false);
  });
});
