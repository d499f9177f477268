import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CasewrightError } from '@shared/errors';
import { loadDefaultThresholds, parseThresholds } from '@core/insight/thresholds';
import { tempDir } from '@test/helpers/review-file';
import { thresholds } from './build';

describe('insight thresholds', () => {
  it('the shipped rules file is valid and versioned', () => {
    const shipped = thresholds();
    expect(shipped.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(shipped.rules['trigger-events'].triggers.map((trigger) => trigger.id)).toEqual(
      expect.arrayContaining(['pregnancy', 'contact-dispute', 'threat-to-kill', 'threat-of-suicide', 'new-partner']),
    );
  });

  it('refuses a file with a wrong threshold, naming the field', () => {
    const bad = thresholds() as unknown as { rules: Record<string, Record<string, unknown>> };
    bad.rules['child-seen']!['minViewsRecordedShare'] = 2;
    try {
      parseThresholds(bad, 'test');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CasewrightError);
      expect((error as CasewrightError).details?.problems?.[0]?.field).toBe('rules.child-seen.minViewsRecordedShare');
    }
  });

  it('refuses unknown keys, so a misspelt threshold is not silently ignored', () => {
    const bad = { ...thresholds(), extra: true };
    expect(() => parseThresholds(bad, 'test')).toThrow(/not valid/);
  });

  it('loads from a templates directory and reports a broken file as corrupt', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'insight'));
    writeFileSync(join(dir, 'insight', 'rules.json'), '{ not json');
    expect(() => loadDefaultThresholds(dir)).toThrow(expect.objectContaining({ code: 'corrupt' }));
    const good = tempDir();
    mkdirSync(join(good, 'insight'));
    writeFileSync(join(good, 'insight', 'rules.json'), JSON.stringify(thresholds()));
    expect(loadDefaultThresholds(good).version).toBe(thresholds().version);
  });
});
