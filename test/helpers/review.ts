/**
 * The one way tests make a review file: real SQLite in a temp folder, created by the app's own
 * lifecycle service (so it is at the latest format, exactly as a reviewer's new review is), and
 * filled through the domain services rather than raw SQL, so fixtures cannot drift from what the
 * services write.
 *
 * Scenarios, smallest first:
 * - `emptyReview()`: details only ("Child R", LCSPR, scope June 2019 – March 2023).
 * - `reviewWithPeople()`: plus the Ashdown household (Child R, Sibling R, RM, Mr C).
 * - `reviewWithChronology()`: plus three entries from two agencies and one key practice episode
 *   (or the entries you pass).
 * - `reviewWithInsightChronology()`: a fresh review with the small chronology the insight rules look at.
 * - `reviewWithFindings()`: a review with everything a publishable report needs (findings,
 *   recommendations, panel, sections…), built through the dispatcher.
 * - `closedReviewFile()`: a small review saved and closed, for the CLI to open.
 * - `sampleReview()`: the built-in sample, opened as the app opens it.
 *
 * Cleanup: a review made inside a test is closed and its folder removed when the test finishes.
 * One made outside a test (in `beforeAll` or a `describe` body) is yours to `dispose()`, or call
 * `closeTestReviews()` in `afterAll`.
 *
 * Setup writes are `create` change groups: in the audit log, but not on the undo stack, so a test's
 * first Undo undoes the test's own edit.
 */
import type Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatcher';
import { createAppContext, type AppContext } from '../../electron/core/app/app-context';
import { addEntry } from '../../electron/core/chronology/entries';
import { assignEntries, createEpisode } from '../../electron/core/chronology/episodes';
import { addEventType, findEventTypeId } from '../../electron/core/chronology/lookups';
import { addPerson } from '../../electron/core/people/person-service';
import { addRelationship } from '../../electron/core/people/relationships';
import { createReview } from '../../electron/core/review/lifecycle';
import { openSample } from '../../electron/core/review/open-sample';
import { updateReviewMeta } from '../../electron/core/review/review-meta';
import type { WritableDb } from '../../electron/core/store/db-types';
import type { ReviewHandle } from '../../electron/core/store/review-handle';
import { entryInputSchema, type ChronologyEntryInput } from '../../electron/shared/api/chronology';
import type { Api, MethodName } from '../../electron/shared/api/contract';
import type { ArgsOf, ResultOf } from '../../electron/shared/api/define';
import { personInputSchema, relationshipInputSchema } from '../../electron/shared/api/people';
import { loadAvailableTaxonomies, type LoadedTaxonomy } from '../../electron/core/taxonomy/load';
import type { ReviewKind } from '../../electron/shared/domain/review';
import { fillCompleteReview, type Call, type FilledReview } from './complete-review';
import { tempDir } from './review-file';

export interface ReviewOptions {
  readonly title?: string;
  readonly kind?: ReviewKind;
  /** The name the audit log records for every change (the app's display name). */
  readonly actor?: string;
  readonly fileName?: string;
  /** The review's scope as ISO days; `null` leaves it unset. Default: 1 June 2019 – 31 March 2023. */
  readonly scope?: { readonly start: string; readonly end: string } | null;
}

export interface TestReview {
  readonly app: AppContext;
  /** The test's own temp folder: the review file and the app's home folder are inside it. */
  readonly dir: string;
  readonly home: string;
  readonly path: string;
  readonly reviewId: string;
  /** The open review, as every service and handler sees it. */
  readonly review: ReviewHandle;
  /** The same connection, untyped: for assertions on stored rows and for tests that break the file on purpose. */
  readonly raw: Database.Database;
  /**
   * Calls a review method through the dispatcher, as the UI and CLI do. A refusal rejects with the
   * service's message and its `code` and `details`.
   */
  call<K extends MethodName>(method: K, args: ArgsOf<Api[K]>): Promise<ResultOf<Api[K]>>;
  /** The error a call fails with (fails the test when the call succeeds). */
  failure<K extends MethodName>(method: K, args: ArgsOf<Api[K]>): Promise<{ code: string; message: string }>;
  /** Setup writes: one `create` change group, not on the undo stack. */
  seed<T>(label: string, work: (db: WritableDb) => T): T;
  /** Closes the review; the file stays, for tests that reopen it or hand it to the CLI. */
  close(): void;
  /** Closes the review and removes the temp folder (done for you when the test ends). Safe to call twice. */
  dispose(): void;
}

export interface ReviewWithPeople extends TestReview {
  /** The person id for a pseudonym of the household ('Child R', 'Sibling R', 'RM', 'Mr C'). */
  person(pseudonym: string): number;
}

export interface ReviewWithChronology extends ReviewWithPeople {
  readonly entryIds: readonly number[];
  /** The key practice episode holding the first and last default entries (0 when `entries` was passed). */
  readonly episodeId: number;
  /** The taxonomies findings and entries can be tagged with: the shipped ones and the app home's own. */
  readonly available: readonly LoadedTaxonomy[];
}

const open = new Set<TestReview>();

/** Closes every review the tests made that is still there, and removes their folders. */
export function closeTestReviews(): void {
  for (const review of [...open]) review.dispose();
}

function disposeWhenTestEnds(review: TestReview): void {
  try {
    onTestFinished(() => review.dispose());
  } catch {
    // Made outside a test (beforeAll, a describe body): the caller disposes of it.
  }
}

function newApp(actor: string | undefined): { app: AppContext; dir: string; home: string } {
  const dir = tempDir('casewright-review-');
  const home = join(dir, 'home');
  const app = createAppContext({ edition: 'cli', home });
  app.settings.update({ displayName: actor ?? 'Test Reviewer' });
  return { app, dir, home };
}

/** Wraps a review the app has open; registers it for cleanup. */
function testReview(app: AppContext, dir: string, home: string, reviewId: string): TestReview {
  const review = app.reviews.get(reviewId);
  const dispatch = createDispatcher(app, () => undefined);
  const request = (method: string, args: unknown) => dispatch({ method, args, reviewId } as never);
  let disposed = false;
  const close = (): void => {
    // A test may have closed its handle itself already.
    for (const handle of app.reviews.list()) if ((handle.db as Database.Database).open) app.reviews.close(handle.id);
  };
  const made: TestReview = {
    app,
    dir,
    home,
    path: review.path,
    reviewId,
    review,
    raw: review.db,
    async call(method, args) {
      const response = await request(method, args);
      if (!response.ok)
        throw Object.assign(new Error(response.error.message), {
          code: response.error.code,
          details: response.error.details,
        });
      return response.result as never;
    },
    async failure(method, args) {
      const response = await request(method, args);
      if (response.ok) throw new Error(`${method} succeeded but was expected to fail`);
      return response.error;
    },
    seed: (label, work) => review.write(label, work, { kind: 'create' }),
    close,
    dispose() {
      if (disposed) return;
      disposed = true;
      open.delete(made);
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  open.add(made);
  disposeWhenTestEnds(made);
  return made;
}

export function emptyReview(options: ReviewOptions = {}): TestReview {
  const { app, dir, home } = newApp(options.actor);
  const path = join(dir, options.fileName ?? 'review.cwr');
  const { reviewId } = createReview(app, { path, title: options.title ?? 'Child R', kind: options.kind ?? 'lcspr' });
  const made = testReview(app, dir, home, reviewId);
  const scope = options.scope === undefined ? { start: '2019-06-01', end: '2023-03-31' } : options.scope;
  if (scope !== null)
    made.seed('Review details', (db) => updateReviewMeta(db, { scopeStart: scope.start, scopeEnd: scope.end }));
  return made;
}

/** The Ashdown household, as the sample family names them (fictional). */
const HOUSEHOLD = [
  { realName: 'Ruby Ashdown', pseudonym: 'Child R', role: 'subject child', relationshipToChild: 'subject child' },
  { realName: 'Leo Ashdown', pseudonym: 'Sibling R', role: 'half-sibling', relationshipToChild: 'half-sibling' },
  { realName: 'Kerry Ashdown', pseudonym: 'RM', role: 'mother', relationshipToChild: 'mother' },
  {
    realName: 'Dean Croft',
    pseudonym: 'Mr C',
    category: 'household',
    role: "mother's partner",
    relationshipToChild: "mother's partner",
  },
] as const;

function personLookup(ids: ReadonlyMap<string, number>): (pseudonym: string) => number {
  return (pseudonym) => {
    const id = ids.get(pseudonym);
    if (id === undefined) throw new Error(`no person ${pseudonym}`);
    return id;
  };
}

export function reviewWithPeople(options: ReviewOptions = {}): ReviewWithPeople {
  const made = emptyReview(options);
  const ids = made.seed(
    'Add the household',
    (db) => new Map(HOUSEHOLD.map((p) => [p.pseudonym, addPerson(db, personInputSchema.parse(p)).id] as const)),
  );
  return { ...made, person: personLookup(ids) };
}

/** Three entries (one with a vague-looking typed date), from the police and health visiting. */
const DEFAULT_ENTRIES: readonly ChronologyEntryInput[] = [
  {
    date: '12 March 2021',
    agency: 'Westmoor Police',
    summary:
      'Call to 14 Larkspur Close after neighbours reported a domestic incident; RM said it was "family problems".',
  },
  {
    date: '2021-05-04',
    agency: 'Health Visiting',
    summary: 'HV1 home visit; Mr C present throughout, RM not seen alone.',
  },
  {
    date: '2021-09-20',
    agency: 'Westmoor Police',
    summary: 'Second call-out to a domestic incident; Child R not seen or spoken to.',
  },
];

export function reviewWithChronology(
  options: ReviewOptions & { readonly entries?: readonly ChronologyEntryInput[] } = {},
): ReviewWithChronology {
  const made = reviewWithPeople(options);
  const { entryIds, episodeId } = made.seed('Add the chronology', (db) => {
    const ids = (options.entries ?? DEFAULT_ENTRIES).map((input) => addEntry(db, entryInputSchema.parse(input)).id);
    if (options.entries !== undefined) return { entryIds: ids, episodeId: 0 };
    const episode = createEpisode(db, { title: 'Police call-outs in 2021' });
    assignEntries(db, episode.id, [ids[0]!, ids[2]!], false);
    return { entryIds: ids, episodeId: episode.id };
  });
  return { ...made, entryIds, episodeId, available: loadAvailableTaxonomies(made.app.templatesDir, made.home) };
}

type InsightRole = 'victim' | 'alleged-perpetrator' | 'present' | 'subject';
type TriState = 'yes' | 'no' | 'unknown';

interface InsightSeedEntry {
  readonly date: string;
  readonly agency: string;
  readonly eventType: string;
  readonly summary: string;
  readonly significance?: 'key' | 'routine';
  readonly people?: readonly (readonly [person: keyof typeof INSIGHT_PEOPLE, role: InsightRole])[];
  readonly children?: readonly (readonly [
    person: keyof typeof INSIGHT_PEOPLE,
    seen: TriState,
    seenAlone: TriState,
    spokenTo: TriState,
    views: TriState,
  ])[];
  readonly sharedWith?: readonly (readonly [agency: string, date: string])[];
  readonly tags?: readonly string[];
}

export const INSIGHT_PEOPLE = {
  kerry: {
    realName: 'Kerry Ashdown',
    pseudonym: 'RM',
    category: 'family',
    role: 'mother',
    relationshipToChild: 'mother',
  },
  dean: {
    realName: 'Dean Croft',
    pseudonym: 'Mr C',
    category: 'household',
    role: "mother's partner",
    relationshipToChild: "mother's partner",
  },
  ruby: {
    realName: 'Ruby Ashdown',
    pseudonym: 'Child R',
    category: 'family',
    role: 'child',
    relationshipToChild: 'subject child',
  },
} as const;

/** Six entries in spring 2021: repeated incidents handled alone, a closure told to nobody, "family problems". */
export const INSIGHT_ENTRIES: readonly InsightSeedEntry[] = [
  {
    date: '2021-03-01',
    agency: 'Westmoor Police',
    eventType: 'Police call-out',
    summary: 'Called to Larkspur Close; domestic abuse incident, RM injured',
    people: [
      ['kerry', 'victim'],
      ['dean', 'alleged-perpetrator'],
    ],
  },
  {
    date: '2021-03-20',
    agency: 'Health Visiting',
    eventType: 'Home visit',
    summary: 'Home visit; Mr C present throughout',
    people: [
      ['kerry', 'present'],
      ['dean', 'present'],
    ],
    children: [['ruby', 'yes', 'no', 'no', 'no']],
  },
  {
    date: '2021-04-10',
    agency: 'Westmoor Police',
    eventType: 'Incident',
    summary: 'Second domestic abuse incident reported by neighbour',
    people: [
      ['kerry', 'victim'],
      ['dean', 'alleged-perpetrator'],
    ],
    tags: ['domestic abuse'],
  },
  {
    date: '2021-04-15',
    agency: 'GP Practice',
    eventType: 'Appointment',
    summary: 'RM reports low mood and family problems',
    people: [
      ['kerry', 'present'],
      ['dean', 'present'],
    ],
  },
  {
    date: 'May 2021',
    agency: 'Westmoor Police',
    eventType: 'Incident',
    summary: 'Third domestic abuse incident; RM declined to give a statement',
    people: [
      ['kerry', 'victim'],
      ['dean', 'alleged-perpetrator'],
    ],
    significance: 'key',
    sharedWith: [["Children's Social Care", '2021-06-20']],
  },
  {
    date: '2021-06-01',
    agency: "Children's Social Care",
    eventType: 'Case closure',
    summary: 'Single assessment completed; case closed with no further action',
    people: [
      ['kerry', 'subject'],
      ['ruby', 'subject'],
    ],
  },
];

export interface ReviewWithInsightChronology extends TestReview {
  /** Entry ids by their index in `INSIGHT_ENTRIES`. */
  readonly entryIds: Map<number, number>;
}

/** The small chronology the insight tests read: RM and Mr C partners, six entries in 2021. */
export function reviewWithInsightChronology(options: ReviewOptions = {}): ReviewWithInsightChronology {
  const made = emptyReview({ fileName: 'child-r.cwr', scope: null, ...options });
  const entryIds = made.seed('Seed chronology', (db) => {
    const people = new Map(
      Object.entries(INSIGHT_PEOPLE).map(([key, p]) => [key, addPerson(db, personInputSchema.parse(p)).id] as const),
    );
    const personId = (key: string): number => people.get(key)!;
    addRelationship(
      db,
      relationshipInputSchema.parse({ from: personId('kerry'), to: personId('dean'), kind: 'partner-of' }),
    );
    const eventType = (name: string): number => findEventTypeId(db, name) ?? addEventType(db, name).id;
    return new Map(
      INSIGHT_ENTRIES.map((seed, index) => {
        const entry = addEntry(
          db,
          entryInputSchema.parse({
            date: seed.date,
            agency: seed.agency,
            eventTypeId: eventType(seed.eventType),
            summary: seed.summary,
            significance: seed.significance ?? 'routine',
            people: (seed.people ?? []).map(([person, role]) => ({ personId: personId(person), role })),
            childContact: (seed.children ?? []).map(([person, seen, seenAlone, spokenTo, viewsRecorded]) => ({
              personId: personId(person),
              seen,
              seenAlone,
              spokenTo,
              viewsRecorded,
            })),
            sharedWith: (seed.sharedWith ?? []).map(([agency, when]) => ({ agency, when })),
            tags: seed.tags ?? [],
          }),
        );
        return [index, entry.id] as const;
      }),
    );
  });
  return { ...made, entryIds };
}

/** Calls by method name with loosely typed arguments, as `fillCompleteReview` (shared with the browser tests) does. */
export type LooseCall = (method: string, args?: unknown) => Promise<never>;

export interface ReviewWithFindings extends Omit<TestReview, 'call'>, FilledReview {
  readonly call: LooseCall;
  /** A save target for `path`, as the desktop app's save dialog grants it. */
  target(path: string): { readonly to: 'grant'; readonly grant: string };
}

/**
 * A review ready to publish (see `fillCompleteReview`): details, terms of reference, every
 * required section, a chronology, people, findings with evidence, recommendations and a panel,
 * all written through the dispatcher. Tests take one thing away at a time.
 */
export async function reviewWithFindings(options: ReviewOptions = {}): Promise<ReviewWithFindings> {
  const made = emptyReview({ fileName: 'child-t.cwr', title: 'Child T', scope: null, ...options });
  const call: LooseCall = (method, args = {}) => made.call(method as MethodName, args as never) as Promise<never>;
  const filled = await fillCompleteReview(call as Call);
  return {
    ...made,
    ...filled,
    call,
    target: (path) => ({ to: 'grant', grant: made.app.grants.issue({ path, replaceConfirmed: false }) }),
  };
}

export interface ClosedReviewFile {
  readonly dir: string;
  /** The app home the review was made with: pass it to the CLI so settings match. */
  readonly home: string;
  readonly file: string;
  readonly entryIds: readonly number[];
}

/**
 * A saved, closed review for commands that open the file themselves (the CLI): "Child R" with
 * two police entries in 2021 and nothing else. Removed when the test ends.
 */
export function closedReviewFile(): ClosedReviewFile {
  const made = emptyReview({ fileName: 'child-r.cwr', scope: null });
  const entryIds = made.seed('Add the chronology', (db) =>
    [
      { date: '2021-03-12', agency: 'Westmoor Police', summary: 'Call-out to Larkspur Close' },
      { date: '2021-09-20', agency: 'Westmoor Police', summary: 'Second call-out; Child R not seen' },
    ].map((input) => addEntry(db, entryInputSchema.parse(input)).id),
  );
  made.close();
  return { dir: made.dir, home: made.home, file: made.path, entryIds };
}

/** The built-in sample review ("Child R"), created and opened as the app's Open sample does. */
export function sampleReview(options: Pick<ReviewOptions, 'actor'> = {}): TestReview {
  const { app, dir, home } = newApp(options.actor);
  return testReview(app, dir, home, openSample(app).reviewId);
}
