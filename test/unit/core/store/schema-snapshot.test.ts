import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freshSchema } from '@core/store/schema-dump';

describe('schema snapshot', () => {
  it('matches the committed snapshot (run npm run schema:snapshot after a deliberate change)', () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../../../electron/core/store/schema.snapshot.sql', import.meta.url)),
      'utf8',
    );
    expect(freshSchema()).toBe(committed);
  });

  it('only ever adds: every table of the first file format is still there', () => {
    const schema = freshSchema();
    for (const table of ['app_meta', 'change_group', 'audit_log', 'current_change', 'review']) {
      expect(schema).toContain(`CREATE TABLE ${table} (`);
    }
  });
});
