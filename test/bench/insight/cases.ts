/**
 * The insight measurement cases (`test/fixtures/insight/cases/<name>/`): each is a folder of
 * agency spreadsheets as the agencies wrote them (free text, no event-type column) and a
 * `case.json` with the people register and the answer key written before the rules were run.
 *
 * `loadCase` builds a real review file the way a reviewer would (see `addInsightCase`), then reads
 * the rules' input from that file.
 * Entries are named in answer keys as `<file>#<n>`, the n-th data row of that file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { createReview } from '@core/review/lifecycle';
import type { ReviewHandle } from '@core/store/review-handle';
import { addInsightCase, readInsightCase, type InsightCase } from '@test/helpers/insight-case';

export const CASES_DIR = fileURLToPath(new URL('../../fixtures/insight/cases/', import.meta.url));

export interface ExpectedPattern {
  readonly rule: string;
  readonly kind?: string;
  readonly entries: readonly string[];
  readonly note: string;
}

export interface Trap {
  readonly rule: string;
  readonly kind?: string;
  readonly entry: string;
  readonly why: string;
}

export interface CaseFile extends InsightCase {
  readonly style: string;
  readonly answerKey: { readonly patterns: readonly ExpectedPattern[]; readonly traps: readonly Trap[] };
}

export interface LoadedCase {
  readonly name: string;
  readonly spec: CaseFile;
  readonly review: ReviewHandle;
  readonly templatesDir: string;
  /** Entry id → `<file>#<n>`. */
  readonly refOf: ReadonlyMap<string, string>;
  readonly idOf: ReadonlyMap<string, string>;
  call(method: string, args: unknown): Promise<unknown>;
}

export function caseNames(): string[] {
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function loadCase(name: string): Promise<LoadedCase> {
  const dir = join(CASES_DIR, name);
  const spec = readInsightCase<CaseFile>(dir);
  const home = mkdtempSync(join(tmpdir(), 'casewright-insight-case-'));
  const app = createAppContext({ edition: 'cli', home: join(home, 'home') });
  const session = createReview(app, {
    path: join(home, `${name}.cwr`),
    title: spec.title.split(':')[0]!,
    kind: 'lcspr',
  });
  const dispatch = createDispatcher(app, () => undefined);
  const call = async (method: string, args: unknown): Promise<unknown> => {
    const response = await dispatch({ method, args, reviewId: session.reviewId } as never);
    if (!response.ok) throw new Error(`${name}: ${method} failed: ${response.error.message}`);
    return response.result;
  };

  const review = app.reviews.get(session.reviewId);
  const refOf = new Map<string, string>();
  await addInsightCase(call, dir, spec, ({ file }) => {
    const rows = review.db
      .prepare(`SELECT id FROM entry WHERE import_id = (SELECT max(id) FROM import_batch) ORDER BY source_row, id`)
      .all() as { id: number }[];
    rows.forEach((row, index) => refOf.set(String(row.id), `${file}#${index + 1}`));
  });
  const idOf = new Map([...refOf].map(([id, ref]) => [ref, id]));
  return { name, spec, review, templatesDir: app.templatesDir, refOf, idOf, call };
}
