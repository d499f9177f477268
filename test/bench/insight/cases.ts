/**
 * The insight measurement cases (`test/fixtures/insight/cases/<name>/`): each is a folder of
 * agency spreadsheets as the agencies wrote them (free text, no event-type column) and a
 * `case.json` with the people register and the answer key written before the rules were run.
 *
 * `loadCase` builds a real review file the way a reviewer would: people added through the API,
 * each agency file through the real import, then reads the rules' input from that file.
 * Entries are named in answer keys as `<file>#<n>`, the n-th data row of that file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDispatcher } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { createReview } from '@core/review/lifecycle';
import type { ReviewHandle } from '@core/store/review-handle';

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

export interface CaseFile {
  readonly title: string;
  readonly style: string;
  readonly files: readonly {
    readonly file: string;
    readonly agency: string;
    readonly mapping?: Record<string, string>;
  }[];
  readonly people: readonly {
    readonly key: string;
    readonly realName: string;
    readonly pseudonym: string;
    readonly aliases?: readonly string[];
    readonly category: 'family' | 'household' | 'professional';
    readonly role: string;
    readonly relationshipToChild: string;
    readonly dateOfBirth?: string;
  }[];
  readonly relationships: readonly { readonly from: string; readonly to: string; readonly kind: string }[];
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
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as CaseFile;
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

  const personIds = new Map<string, number>();
  for (const person of spec.people) {
    const added = (await call('people.add', {
      realName: person.realName,
      pseudonym: person.pseudonym,
      aliases: person.aliases ?? [],
      category: person.category,
      role: person.role,
      relationshipToChild: person.relationshipToChild,
      dateOfBirth: person.dateOfBirth ?? null,
    })) as { id: number };
    personIds.set(person.key, added.id);
  }
  for (const relationship of spec.relationships) {
    await call('people.addRelationship', {
      from: personIds.get(relationship.from),
      to: personIds.get(relationship.to),
      kind: relationship.kind,
    });
  }

  const review = app.reviews.get(session.reviewId);
  const refOf = new Map<string, string>();
  for (const { file, agency, mapping } of spec.files) {
    // The reviewer maps columns once per agency when a header is not recognised.
    await call('chronology.importApply', {
      fileName: file,
      bytesBase64: readFileSync(join(dir, file)).toString('base64'),
      agency,
      mapping,
    });
    const rows = review.db
      .prepare(`SELECT id FROM entry WHERE import_id = (SELECT max(id) FROM import_batch) ORDER BY source_row, id`)
      .all() as { id: number }[];
    rows.forEach((row, index) => refOf.set(String(row.id), `${file}#${index + 1}`));
  }
  const idOf = new Map([...refOf].map(([id, ref]) => [ref, id]));
  return { name, spec, review, templatesDir: app.templatesDir, refOf, idOf, call };
}
