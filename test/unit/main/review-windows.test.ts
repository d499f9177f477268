import { describe, expect, it } from 'vitest';
import { ReviewWindowRegistry, reviewIdOf, windowEffectAfterCall } from '@main/review-windows';
import { changesRecentList, recentItemsFrom } from '@main/recent-items';

describe('ReviewWindowRegistry', () => {
  it('tracks which window shows which review', () => {
    const registry = new ReviewWindowRegistry();
    registry.set(1, null);
    registry.set(2, 'r1');
    registry.set(3, 'r2');
    expect(registry.reviewOf(1)).toBeNull();
    expect(registry.reviewOf(2)).toBe('r1');
    expect(registry.reviewOf(99)).toBeNull();
    expect(registry.windowsShowing('r1')).toEqual([2]);
    expect(registry.size).toBe(3);
  });

  it('reports a review as orphaned only when its last window goes', () => {
    const registry = new ReviewWindowRegistry();
    registry.set(1, 'r1');
    registry.set(2, 'r1');
    registry.set(3, null);
    expect(registry.remove(1)).toBeNull();
    expect(registry.remove(2)).toBe('r1');
    expect(registry.remove(3)).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('follows a window moving from one review to another', () => {
    const registry = new ReviewWindowRegistry();
    registry.set(1, 'r1');
    registry.set(1, 'r2');
    expect(registry.windowsShowing('r1')).toEqual([]);
    expect(registry.remove(1)).toBe('r2');
  });
});

describe('windowEffectAfterCall', () => {
  const session = { reviewId: 'r7', path: '/c/x.cwr' };

  it('shows the review after create, open and openSample; a home window that asked is closed', () => {
    for (const method of ['review.create', 'review.open', 'review.openSample']) {
      expect(windowEffectAfterCall({ method, args: {} }, session, null)).toEqual({
        kind: 'show-review',
        reviewId: 'r7',
        closeSender: true,
      });
    }
    expect(windowEffectAfterCall({ method: 'review.open', args: {} }, session, 'r1')).toEqual({
      kind: 'show-review',
      reviewId: 'r7',
      closeSender: false,
    });
  });

  it('closes the windows of a closed review', () => {
    expect(windowEffectAfterCall({ method: 'review.close', args: { reviewId: 'r7' } }, { closed: true }, 'r7')).toEqual(
      {
        kind: 'review-closed',
        reviewId: 'r7',
      },
    );
  });

  it('changes nothing for other calls or odd results', () => {
    expect(windowEffectAfterCall({ method: 'review.updateMeta', reviewId: 'r7', args: {} }, session, 'r7')).toBeNull();
    expect(windowEffectAfterCall({ method: 'review.open', args: {} }, null, null)).toBeNull();
    expect(windowEffectAfterCall({ method: 'review.open', args: {} }, { reviewId: 5 }, null)).toBeNull();
    expect(windowEffectAfterCall({ method: 'review.close', args: null }, {}, null)).toBeNull();
    expect(reviewIdOf({ reviewId: '' })).toBeNull();
  });
});

describe('recent items for the menu', () => {
  it('reads the review.listRecent result and drops what it cannot read', () => {
    expect(
      recentItemsFrom([
        { path: '/c/a.cwr', title: 'Child R', openedAt: '2026-11-01T10:00:00Z', exists: true },
        { path: '/c/b.cwr', title: '', openedAt: '2026-11-01T10:00:00Z', exists: false },
      ]),
    ).toEqual([
      { path: '/c/a.cwr', title: 'Child R', exists: true },
      { path: '/c/b.cwr', title: 'Untitled review', exists: false },
    ]);
    expect(recentItemsFrom({ not: 'a list' })).toEqual([]);
    expect(recentItemsFrom([{ path: 3 }])).toEqual([]);
  });

  it('knows which calls change the recent list', () => {
    expect(changesRecentList('review.open')).toBe(true);
    expect(changesRecentList('review.saveAs')).toBe(true);
    expect(changesRecentList('review.listRecent')).toBe(false);
    expect(changesRecentList('review.undo')).toBe(false);
  });
});
