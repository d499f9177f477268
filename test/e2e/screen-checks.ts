import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { annotationStatuses } from '../../electron/shared/domain/annotations';
import { EVENT_PERSON_ROLES } from '../../electron/shared/domain/chronology';
import { findingTypes } from '../../electron/shared/domain/findings';
import {
  characteristicIds,
  characteristicStates,
  identifierKinds,
  personCategories,
  relationshipKinds,
} from '../../electron/shared/domain/people';
import { recommendationStatuses } from '../../electron/shared/domain/recommendations';
import { briefingParts, exportKinds, generatedBlocks } from '../../electron/shared/domain/report';
import { REVIEW_KINDS } from '../../electron/shared/domain/review';

/** Where screenshots for people reviewing a change go (git-ignored). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-artifacts/screens/', import.meta.url));

export async function saveScreenshot(page: Page, size: string, name: string): Promise<void> {
  const folder = join(SCREENSHOT_DIR, size);
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

/**
 * Stored values a reader must never see: every enum value of the shared domain that is not
 * already a plain word (kebab- or snake-case, or a short review-kind code).
 */
const INTERNAL_VALUES: ReadonlySet<string> = new Set(
  (
    [
      ...annotationStatuses,
      ...EVENT_PERSON_ROLES,
      ...findingTypes,
      ...characteristicIds,
      ...characteristicStates,
      ...identifierKinds,
      ...personCategories,
      ...relationshipKinds,
      ...recommendationStatuses,
      ...briefingParts,
      ...exportKinds,
      ...generatedBlocks,
    ] as string[]
  )
    .filter((value) => /[-_]/.test(value))
    .concat(
      [...REVIEW_KINDS].map((kind) => `${kind}-england`),
      ['utf-8-bom', 'utf-8'],
    ),
);

/** English words written with hyphens that may appear in sample and fixture text. */
const ENGLISH_HYPHENATED =
  /^(?:[a-z]+-in-law|[a-z]+-by-[a-z]+|face-to-face|one-to-one|day-to-day|follow-up|self-harm|re-referral|non-[a-z]+|co-[a-z]+|pre-[a-z]+|post-[a-z]+|well-[a-z]+|in-[a-z]+|multi-[a-z]+|long-[a-z]+|short-[a-z]+|part-[a-z]+|full-[a-z]+|step-[a-z]+|x-ray)$/;

const RULES: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  { name: 'snake_case token', pattern: /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/g },
  { name: 'kebab-case token', pattern: /(?<![\w-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])/g },
  { name: 'internal id', pattern: /\b(?:[Ee]ntry|[Pp]erson|[Ii]d) #?\d+\b/g },
  { name: 'ISO date', pattern: /\b\d{4}-\d{2}-\d{2}\b/g },
  {
    name: 'US-style date',
    pattern:
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{1,2}, \d{4}\b/g,
  },
  {
    name: 'developer note',
    pattern: /domain\.md|seed article|\bTODO\b|\bFIXME\b|\bundefined\b|\bNaN\b|\[object Object\]/g,
  },
];

/**
 * Words on screen (visible text, and the names assistive technology reads) that look like
 * identifiers, enum values, ISO or US dates or notes for developers. Returns each with its rule.
 */
export async function internalWordsOnScreen(page: Page): Promise<string[]> {
  const rawText = await page.evaluate(() => {
    const names = [...document.querySelectorAll('[aria-label], [placeholder], [title]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element === document.body)
      .flatMap((element) => ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''));
    return `${document.body.innerText}\n${names.join('\n')}`;
  });
  // A file path the reviewer chose (or a temporary folder's random name) is theirs, not our vocabulary.
  const text = rawText.replace(/(?<=^|\s)(?:\/|[A-Za-z]:\\)\S*/g, ' ');
  const found: string[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const token = match[0];
      if (
        rule.name === 'kebab-case token' &&
        !INTERNAL_VALUES.has(token) &&
        (ENGLISH_HYPHENATED.test(token) || !/\d|-.*-/.test(token))
      )
        continue;
      found.push(
        `${rule.name}: “${token}” in “${text.slice(Math.max(0, match.index - 30), match.index + token.length + 30).replace(/\s+/g, ' ')}”`,
      );
    }
  }
  for (const value of INTERNAL_VALUES) {
    if (new RegExp(`(?<![\\w-])${value.replace(/[-.]/g, '\\$&')}(?![\\w-])`).test(text))
      found.push(`stored value: “${value}”`);
  }
  return [...new Set(found)];
}

/** Elements that stick out of the window on the right (something a reader would scroll sideways for). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    const main = document.querySelector('main');
    if (main !== null && main.scrollWidth > main.clientWidth + 1)
      problems.push(`main area scrolls sideways (${main.scrollWidth}px in ${main.clientWidth}px)`);
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const limit =
        main !== null && main.contains(element) ? Math.min(width, main.getBoundingClientRect().right) : width;
      if (box.right > limit + 1) {
        // Inside a container that scrolls or clips on purpose (a wide table), it is not the window's overflow.
        let clipped = false;
        // The main area's own scrolling does not count: sideways scrolling there is the overflow.
        for (
          let parent = element.parentElement;
          parent !== null && parent !== document.body && parent !== main;
          parent = parent.parentElement
        ) {
          const style = getComputedStyle(parent);
          if (style.overflowX !== 'visible' && parent.getBoundingClientRect().right <= limit + 1) {
            clipped = true;
            break;
          }
        }
        if (!clipped)
          problems.push(
            `${element.tagName.toLowerCase()}${element.id === '' ? '' : `#${element.id}`}.${[...element.classList].join('.')} ends at ${Math.round(box.right)}px`,
          );
      }
    }
    return problems.slice(0, 10);
  });
}

/** Grid rows wholly inside the grid's visible area. */
export async function fullyVisibleGridRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]');
    if (grid === null) return 0;
    const head = grid.querySelector('.cw-grid-head')?.getBoundingClientRect();
    const box = grid.getBoundingClientRect();
    const top = head === undefined ? box.top : head.bottom;
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...grid.querySelectorAll('[role="row"][data-entry-id]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= top - 1 && r.bottom <= bottom + 1;
    }).length;
  });
}
