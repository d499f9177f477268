import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppContext } from '@core/app/app-context';
import { createReview, fileNameForTitle, openReview, saveReviewAs } from '@core/review/lifecycle';
import { openSample } from '@core/review/open-sample';
import { updateReviewMeta } from '@core/review/review-meta';
import { APP_VERSION } from '@shared/version';
import { tempDir } from '@test/helpers/review-file';

describe('review lifecycle', () => {
  it('saves a new review in the Reviews folder under its title, without clobbering', () => {
    const home = tempDir();
    process.env.CASEWRIGHT_REVIEWS_DIR = join(home, 'Reviews');
    const app = createAppContext({ home });
    const first = createReview(app, { title: 'Child Q: review', kind: 'lcspr' });
    const second = createReview(app, { title: 'Child Q: review', kind: 'lcspr' });
    expect(first.path).toBe(join(home, 'Reviews', 'Child Q review.cwr'));
    expect(second.path).toBe(join(home, 'Reviews', 'Child Q review (2).cwr'));
    expect(app.settings.get().recent[0]?.path).toBe(second.path);
    delete process.env.CASEWRIGHT_REVIEWS_DIR;
  });

  it('makes safe file names from titles', () => {
    expect(fileNameForTitle('Zoë / "Child" K?')).toBe('Zoe Child K.cwr');
    expect(fileNameForTitle('***')).toBe('Review.cwr');
  });

  it('opening the same file twice gives the same session', () => {
    const home = tempDir();
    const app = createAppContext({ home });
    const created = createReview(app, { title: 'A', kind: 'scr', path: join(home, 'a.cwr') });
    expect(openReview(app, join(home, 'a.cwr')).reviewId).toBe(created.reviewId);
  });

  it('opens the sample review, creating it once, with fictional content', () => {
    const home = tempDir();
    const app = createAppContext({ home });
    const sample = openSample(app);
    expect(sample.meta.title).toContain('Child R');
    expect(sample.meta.partnership).toBe('Westmoor Safeguarding Children Partnership');
    expect(sample.meta.termsOfReference).not.toBeNull();
    app.reviews.close(sample.reviewId);
    expect(openSample(app).path).toBe(sample.path);
    expect(app.settings.get().sampleOffered).toBe(true);
  });

  it('Save As writes a copy and continues on it, leaving the original unchanged', () => {
    const home = tempDir();
    const app = createAppContext({ home });
    const original = createReview(app, { title: 'A', kind: 'lcspr', path: join(home, 'a.cwr') });
    const handle = app.reviews.get(original.reviewId);
    handle.write('Edit', (db) => updateReviewMeta(db, { author: 'Before copy' }));
    mkdirSync(join(home, 'copies'));
    const copy = saveReviewAs(app, handle, join(home, 'copies', 'b.cwr'));
    expect(copy.path).toBe(join(home, 'copies', 'b.cwr'));
    expect(copy.meta.author).toBe('Before copy');
    const copyHandle = app.reviews.get(copy.reviewId);
    copyHandle.write('Edit', (db) => updateReviewMeta(db, { author: 'After copy' }));
    const reopened = openReview(app, join(home, 'a.cwr'));
    expect(reopened.meta.author).toBe('Before copy');
    expect(() => saveReviewAs(app, copyHandle, join(home, 'a.cwr'))).toThrow(/already exists/);
  });
});

describe('version', () => {
  it('the app version matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(APP_VERSION).toBe(pkg.version);
    expect(existsSync(new URL('../../../../package.json', import.meta.url))).toBe(true);
  });
});
