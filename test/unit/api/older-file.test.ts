/**
 * A review saved by an early version (format 1: no people, chronology, findings or report tables)
 * is migrated when it is opened, so every area works on it at once. This is why no service
 * checks whether its tables exist.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { openReview } from '@core/review/lifecycle';
import { LATEST_SCHEMA_VERSION } from '@core/store/migrations';
import { tempDir } from '../../helpers/review-file';
import { olderReviewFile } from '@test/helpers/migration';

describe('a review from an older version', () => {
  it('opens at the latest format, with every area working on it', async () => {
    const dir = tempDir();
    const path = olderReviewFile(dir, 'lcspr');

    const app = createAppContext({ edition: 'cli', home: join(dir, 'home') });
    try {
      const session = openReview(app, path);
      expect(session.migratedFrom?.version).toBe(1);
      expect(app.reviews.get(session.reviewId).db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);

      const dispatch = createDispatcher(app, () => undefined);
      const call = async (method: string, args: unknown = {}) => {
        const response = await dispatch({ method, args, reviewId: session.reviewId } as never);
        if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
        return response.result;
      };
      expect(await call('people.list')).toEqual([]);
      expect(await call('findings.list')).toEqual([]);
      const sections = (await call('report.listSections')) as { body: unknown }[];
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((s) => s.body === null)).toBe(true);
      expect((await call('report.listTemplates')) as { settings: unknown }).toMatchObject({
        settings: { templateId: null, briefingTemplateId: null },
      });
      const check = (await call('report.check')) as { readiness: { section: string }[] };
      // An empty review is not ready to publish, and says what is missing rather than failing.
      expect(check.readiness.length).toBeGreaterThan(0);
    } finally {
      app.reviews.closeAll();
    }
  });
});
