/**
 * Benchmark (not a timed test): a board library of 500 reviews, each with ~40 findings, ~20
 * recommendations, ~10 people and ~2,000 chronology entries, generated through the app's own
 * services (people, characteristics, chronology import, findings, recommendations). Measures
 * aggregation cold (empty index), warm from the cached index (a new session) and warm in memory
 * (the same session), the first search (which builds the search index, or brings it up to date)
 * and search p50/p95 over 200 queries, in wall and CPU time.
 *
 * Generating 500 reviews takes a long time on 2 cores, so the files are kept between runs in
 * `$CASEWRIGHT_BENCH_BOARD_DIR` (default: <tmp>/casewright-bench-board-v1) and only missing ones
 * are made. `CASEWRIGHT_BENCH_BOARD_REVIEWS=50` runs a smaller library;
 * `CASEWRIGHT_BENCH_BOARD_DISTINCT=40` generates only 40 distinct reviews and copies them. The
 * search index (about a million passages, minutes to build) is kept beside the library too, in
 * `search-home-<reviews>`; delete it to time building it again.
 * Targets on the 2-core CI machine (500 reviews): cold < 5 s, warm < 1 s, search p95 < 200 ms.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createBoardService } from '../../electron/board/board-service';
import { characteristicRows } from '../../electron/board/views/characteristics';
import { summariseRecommendations, trackedRecommendations } from '../../electron/board/views/recommendations';
import { themeRows } from '../../electron/board/views/themes';
import type { CharacteristicId, CharacteristicState } from '../../electron/shared/domain/people';
import type { RecommendationStatus } from '../../electron/shared/domain/recommendations';
import type { ReviewKind } from '../../electron/shared/domain/review';
import { reviewWriter, type PersonSpec, type ReviewSpec } from '../helpers/board-library';

const TEMPLATES = join(process.cwd(), 'templates');
const TERMS: Readonly<Record<string, readonly string[]>> = {
  'domestic-abuse-themes': [
    'named-not-described',
    'physical-violence-emphasis',
    'coercive-control-unrecognised',
    'conflated-parental-conflict',
    'abuser-victim-not-identified',
    'children-as-victims',
    'child-voice-absent',
    'no-coordinated-response',
  ],
  'national-panel-themes-2020': [
    'child-daily-life',
    'reluctant-engagement',
    'critical-thinking-challenge',
    'changing-risk-and-need',
    'timely-information-sharing',
    'leadership-culture',
  ],
  'scie-learning-together': [
    'incidents-and-crises',
    'longer-term-work',
    'human-reasoning',
    'family-professional-interactions',
    'tools',
    'management-systems',
  ],
};
/** Only the SCIE typology asks for a direction (supports / creates unsafe conditions). */
const DIRECTED = new Set(['scie-learning-together']);
const WORDS = (
  'mother father child sibling partner school nursery visit phone call referral assessment concern injury bruise argument shouting ' +
  'neighbour police officer health visitor doctor appointment missed letter housing tenancy alcohol drugs money debt anxiety ' +
  'sleep feeding weight speech attendance late absent teacher disclosure worried safety plan closure strategy conference'
).split(' ');
const RARE = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919).toString(36)}`);
const STATES: readonly CharacteristicState[] = [
  'recorded',
  'not-recorded-by-agencies',
  'not-asked',
  'declined',
  'unknown',
];
const CHARS: readonly CharacteristicId[] = ['religion-belief', 'sex', 'disability', 'race', 'sexual-orientation'];
const ROLES = [
  'mother',
  'father',
  'subject child',
  'sibling',
  "mother's partner",
  'grandmother',
  'victim',
  'perpetrator',
  'aunt',
  'half-sibling',
];
const KINDS: readonly ReviewKind[] = ['lcspr', 'lcspr', 'dhr', 'cpr', 'susr'];
const STATUSES: readonly RecommendationStatus[] = ['proposed', 'agreed', 'in-progress', 'done', 'not-accepted'];

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function reviewSpec(index: number): ReviewSpec {
  const next = random(1000 + index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => (next() < 0.4 ? pick(WORDS) : pick(RARE))).join(' ');
  const year = 2015 + (index % 10);
  const people: PersonSpec[] = ROLES.map((role, i) => ({
    realName: `Person${index}x${i} Family${index}`,
    pseudonym: `P${i + 1}`,
    role,
    characteristics: CHARS.filter(() => next() < 0.8).map((id) => {
      const state = pick(STATES);
      const optionId =
        id === 'religion-belief'
          ? pick(['christian', 'muslim', 'no-religion'])
          : id === 'sex'
            ? pick(['female', 'male'])
            : undefined;
      return state === 'recorded' && optionId === undefined
        ? { id, state: 'unknown' as const }
        : { id, state, ...(optionId === undefined ? {} : { optionId }) };
    }),
  }));
  const rows = ['Date,Summary,Action taken,Outcome'];
  for (let i = 0; i < 2000; i += 1) {
    rows.push(
      `${String(1 + Math.floor(next() * 28)).padStart(2, '0')}/${String(1 + Math.floor(next() * 12)).padStart(2, '0')}/${year - 2 + Math.floor(next() * 3)},${sentence(14)},${sentence(8)},${sentence(5)}`,
    );
  }
  const taxonomies = Object.keys(TERMS);
  return {
    fileName: `review-${String(index).padStart(4, '0')}.cwr`,
    title: `Child ${index}`,
    kind: KINDS[index % KINDS.length]!,
    scopeEnd: `${year}-12-31`,
    people,
    chronologyCsv: {
      agency: pick(['Westmoor Police', "Children's Social Care", 'Health Visiting']),
      csv: rows.join('\n'),
    },
    findings: Array.from({ length: 40 }, (_, i) => ({
      title: `Finding ${i + 1}: ${sentence(6)}`,
      body: sentence(40),
      tags: Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
        const taxonomyId = pick(taxonomies);
        const termId = pick(TERMS[taxonomyId]!);
        return DIRECTED.has(taxonomyId)
          ? { taxonomyId, termId, direction: next() < 0.5 ? ('hinders' as const) : ('supports' as const) }
          : { taxonomyId, termId };
      }).filter(
        (tag, j, all) => all.findIndex((t) => t.taxonomyId === tag.taxonomyId && t.termId === tag.termId) === j,
      ),
    })),
    recommendations: Array.from({ length: 20 }, () => ({
      text: sentence(12),
      ...(next() < 0.85 ? { owner: pick(['Westmoor Police', 'Health', 'Education', "Children's Social Care"]) } : {}),
      ...(next() < 0.9 ? { due: `${year + 1}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15` } : {}),
      status: pick(STATUSES),
    })),
  };
}

/**
 * Makes the library: `distinct` reviews through the services, and the rest as copies of them
 * under their own names (each copy is still a separate file the board must read, so the timing
 * is the same; only generation time is saved).
 */
export async function ensureLibrary(dir: string, count: number, distinct: number): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const writer = reviewWriter(join(dir, '..', 'casewright-bench-board-writer-home'));
  let made = 0;
  for (let i = 0; i < count; i += 1) {
    const spec = reviewSpec(i);
    if (existsSync(join(dir, spec.fileName))) continue;
    if (i >= distinct) {
      copyFileSync(join(dir, reviewSpec(i % distinct).fileName), join(dir, spec.fileName));
      continue;
    }
    // A half-written file from an interrupted run is remade.
    rmSync(join(dir, `${spec.fileName}-wal`), { force: true });
    await writer.write(dir, spec);
    made += 1;
    if (made % 25 === 0) process.stdout.write(`  generated ${made} reviews…\n`);
  }
  return made;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function aggregate(library: ReturnType<ReturnType<typeof createBoardService>['load']>): void {
  themeRows(library.reviews);
  characteristicRows(library.reviews);
  summariseRecommendations(trackedRecommendations(library.reviews, { today: '2026-11-29' }));
}

export async function run() {
  const count = Number(process.env.CASEWRIGHT_BENCH_BOARD_REVIEWS ?? 500);
  const distinct = Math.min(count, Number(process.env.CASEWRIGHT_BENCH_BOARD_DISTINCT ?? count));
  const dir = process.env.CASEWRIGHT_BENCH_BOARD_DIR ?? join(tmpdir(), 'casewright-bench-board-v1', 'library');
  const generationStarted = performance.now();
  const generated = await ensureLibrary(dir, count, distinct);
  const generationSeconds = (performance.now() - generationStarted) / 1000;
  const roots = readdirSync(dir)
    .filter((name) => name.endsWith('.cwr'))
    .sort()
    .slice(0, count)
    .map((name) => join(dir, name));

  const home = join(dir, '..', `bench-home-${process.pid}`);
  rmSync(home, { recursive: true, force: true });
  const timed = (work: () => void): number => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  /** CPU time of the same work: on a shared, busy machine wall time also counts waiting for a core. */
  const cpuTimed = (work: () => void): { wall: number; cpu: number } => {
    const cpu = process.cpuUsage();
    const wall = timed(work);
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1000 };
  };

  const cold = createBoardService({ home, templatesDir: TEMPLATES });
  let reviews = 0;
  const coldRun = cpuTimed(() => {
    const library = cold.load(roots);
    reviews = library.reviews.length;
    aggregate(library);
  });
  const coldMs = coldRun.wall;
  const warmMemoryMs = timed(() => aggregate(cold.load(roots)));
  cold.close();

  const warm = createBoardService({ home, templatesDir: TEMPLATES });
  const warmRun = cpuTimed(() => aggregate(warm.load(roots)));
  const warmIndexMs = warmRun.wall;
  warm.close();
  rmSync(home, { recursive: true, force: true });

  // CASEWRIGHT_BENCH_BOARD_SKIP_SEARCH=1 measures aggregation only. The search index of a million
  // entries takes minutes to build, so it is kept beside the library between runs (a home of its
  // own, rebuilt only for files that changed) and the first search is timed only when it builds.
  const skipSearch = process.env.CASEWRIGHT_BENCH_BOARD_SKIP_SEARCH === '1';
  const searchHome = join(dir, '..', `search-home-${count}`);
  const searching = createBoardService({ home: searchHome, templatesDir: TEMPLATES });
  const library = searching.load(roots);
  const firstSearch = skipSearch ? null : cpuTimed(() => searching.search(library, 'referral'));
  const next = random(7);
  const queries = Array.from({ length: skipSearch ? 0 : 200 }, (_, i) =>
    i % 3 === 0
      ? WORDS[Math.floor(next() * WORDS.length)]!
      : i % 3 === 1
        ? RARE[Math.floor(next() * RARE.length)]!
        : `${WORDS[Math.floor(next() * WORDS.length)]} ${WORDS[Math.floor(next() * WORDS.length)]}`,
  );
  const searches = queries.map((q) => cpuTimed(() => searching.search(library, q)));
  searching.close();
  const times = searches.map((t) => t.wall).sort((a, b) => a - b);
  const cpuTimes = searches.map((t) => t.cpu).sort((a, b) => a - b);

  return {
    reviews,
    distinctReviews: distinct,
    generatedThisRun: generated,
    generationSeconds: Math.round(generationSeconds),
    coldMs: Math.round(coldMs),
    coldCpuMs: Math.round(coldRun.cpu),
    warmFromIndexMs: Math.round(warmIndexMs),
    warmFromIndexCpuMs: Math.round(warmRun.cpu),
    warmInMemoryMs: Math.round(warmMemoryMs),
    // Includes building (or bringing up to date) the kept search index.
    firstSearchMs: firstSearch === null ? null : Math.round(firstSearch.wall),
    firstSearchCpuMs: firstSearch === null ? null : Math.round(firstSearch.cpu),
    searchP50Ms: Number(percentile(times, 50).toFixed(1)),
    searchP95Ms: Number(percentile(times, 95).toFixed(1)),
    searchP50CpuMs: Number(percentile(cpuTimes, 50).toFixed(1)),
    searchP95CpuMs: Number(percentile(cpuTimes, 95).toFixed(1)),
    targets: { coldMs: 5000, warmMs: 1000, searchP95Ms: 200 },
    ratios: {
      coldVsTarget: Number((coldMs / 5000).toFixed(2)),
      warmVsTarget: Number((warmIndexMs / 1000).toFixed(2)),
      searchP95VsTarget: Number((percentile(times, 95) / 200).toFixed(2)),
      searchP95CpuVsTarget: Number((percentile(cpuTimes, 95) / 200).toFixed(2)),
    },
    cores: availableParallelism(),
    loadAverage: loadavg().map((n) => Number(n.toFixed(1))),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await run(), null, 2));
}
