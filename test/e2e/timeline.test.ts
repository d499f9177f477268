import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './harness';
import { startWithNewReview } from './pages/review';
import { saveScreenshot } from './screen-checks';

interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Where things are drawn on the timeline, as the browser lays them out (real text widths). */
async function drawn(page: Page): Promise<{ plot: Box; marks: Box[]; labels: Box[]; shapes: Box[] }> {
  return page.evaluate(() => {
    const box = (element: Element): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const svg = document.querySelector('.cw-timeline-svg')!;
    const plot = box(svg.querySelector('#cw-timeline-plot rect')!);
    return {
      plot,
      marks: [...svg.querySelectorAll('[data-mark-key] .cw-timeline-hit')].map(box),
      labels: [...svg.querySelectorAll('.cw-timeline-label')].map(box),
      // Marker shapes and cluster pills (not their invisible hit areas).
      shapes: [...svg.querySelectorAll('[data-mark-key] > path, [data-mark-key] > rect:not(.cw-timeline-hit)')].map(
        box,
      ),
    };
  });
}

function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

async function collisions(page: Page): Promise<number> {
  const { labels, shapes } = await drawn(page);
  let count = 0;
  labels.forEach((a, i) => {
    for (const b of labels.slice(i + 1)) if (overlap(a, b)) count++;
    for (const s of shapes) if (overlap(a, s)) count++;
  });
  return count;
}

/** How much of the plot's width the events take, from the first mark to the last (0 to 1). */
async function widthUsed(page: Page): Promise<number> {
  const { plot, marks } = await drawn(page);
  if (marks.length === 0) return 0;
  const left = Math.min(...marks.map((m) => m.left));
  const right = Math.max(...marks.map((m) => m.right));
  return (right - left) / (plot.right - plot.left);
}

const entry = (date: string, agency: string, summary: string) => ({ date, agency, summary });

describe('the timeline', () => {
  it('fits the data to the window, labels events where there is room, and groups a crowded fortnight', async () => {
    const { page, call } = await startWithNewReview('Child T timeline', { viewport: { width: 1024, height: 700 } });
    // Eight police call-outs in one fortnight, and quieter contact from two other agencies.
    for (let day = 1; day <= 8; day++) {
      await call(
        'chronology.add',
        entry(`${day + 2}/02/2021`, 'Westmoor Police', `Call-out number ${day} to Larkspur Close`),
      );
    }
    await call('chronology.add', entry('14/06/2021', 'Westmoor Police', 'Welfare check after a neighbour called'));
    await call('chronology.add', entry('12/04/2021', 'Health Visiting', 'Home visit by HV1, child seen'));
    await call('chronology.add', entry('Summer 2021', 'Health Visiting', 'Missed appointments over the summer'));
    await call('chronology.add', entry('03/11/2021', 'Larkspur Primary School', 'Child arrived without a coat'));
    await call('chronology.add', entry('20/01/2022', 'Larkspur Primary School', 'Disclosure to class teacher'));

    await page
      .getByRole('navigation', { name: 'Review areas' })
      .getByRole('link', { name: 'Chronology', exact: true })
      .click();
    await page
      .getByRole('navigation', { name: 'Chronology views' })
      .getByRole('link', { name: 'Timeline', exact: true })
      .click();
    const timeline = page.getByRole('group', { name: /^Timeline, 3 agencies/ });
    await timeline.waitFor();

    // "Show all" fits the data to the window: the events run from one side of the plot to the other.
    await expect.poll(() => widthUsed(page)).toBeGreaterThan(0.9);
    // The crowded fortnight is one mark that says what it holds.
    const cluster = timeline.getByRole('button', { name: /^8 events, Westmoor Police, 3 Feb 2021 to 10 Feb 2021/ });
    await expect.poll(() => cluster.count()).toBe(1);
    await expect.poll(() => timeline.getByRole('button').count()).toBe(6);
    // Events with room carry a short label; no label touches another label or a marker.
    // The last event sits at the right edge, so its label goes on its left.
    await expect
      .poll(() =>
        timeline
          .locator('.cw-timeline-label')
          .filter({ hasText: /^Disclos/ })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        timeline
          .locator('.cw-timeline-label')
          .filter({ hasText: /^Welfare check/ })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => collisions(page)).toBe(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, '1024x700', 'timeline-fitted');

    // Choosing the cluster zooms in to its fortnight: every call-out is its own event, in place.
    await cluster.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => timeline.getByRole('button', { name: /Call-out number \d to Larkspur Close/ }).count())
      .toBe(8);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^3 Feb 2021, Westmoor Police, other: Call-out number 1/);
    // The focused event's full name shows beside it; labels still do not collide.
    await expect
      .poll(() => timeline.locator('.cw-timeline-callout').textContent())
      .toMatch(/^3 Feb 2021 · other · Call-out number 1 to Larkspur Close/);
    await expect.poll(() => collisions(page)).toBe(0);
    await expectNoAxeViolations(page);
    await saveScreenshot(page, '1024x700', 'timeline-cluster-opened');

    // "Show all" brings back the whole chronology, fitted again.
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => cluster.count()).toBe(1);
    await expect.poll(() => widthUsed(page)).toBeGreaterThan(0.9);
  }, 120_000);
});
