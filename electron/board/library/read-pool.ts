/**
 * Reads many library files on more than one core: the main thread and a few helper threads
 * (`read-worker.ts`) each read whole files, read-only, exactly as one thread would, and the
 * outcomes come back in the files' order. A cold scan of hundreds of reviews is then about as
 * many times faster as there are free cores (and no faster where every core is busy).
 *
 * The scan stays synchronous, like the rest of the board: the main thread reads files itself and,
 * between files, collects the helpers' answers without waiting (`receiveMessageOnPort`). Each
 * helper holds at most two files at a time; when none is left to hand out, the main thread reads
 * the ones still waiting at a helper itself, so it never waits for a helper that is slow to start
 * (or never starts: no helper file, a packaged app that cannot start threads); the cost is at
 * most a duplicate read, thrown away. The outcome of every file is therefore the one `readLibraryFile` gives,
 * whichever thread read it; a helper that fails on a file leaves it to the main thread, where it
 * fails as it would without helpers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CharacteristicTemplate } from '../../shared/domain/people';
import { readLibraryFile, type ReadContext, type ReadOutcome } from './read-review';

export interface HelperSetup {
  readonly port: MessagePort;
  readonly templates: readonly CharacteristicTemplate[];
  /**
   * Two counters the helpers raise: [0] once each is ready to read, [1] after each answer it sends
   * (see `ReadOptions.helpersFirst`, which waits on them).
   */
  readonly started: SharedArrayBuffer;
}
export interface HelperJob {
  readonly id: number;
  readonly file: string;
}
/** `outcome: null`: the helper could not read the file; the main thread reads it instead. */
export interface HelperReply {
  readonly id: number;
  readonly outcome: ReadOutcome | null;
}

/** Below this many files to read, starting a helper costs more than it saves. */
const HELPERS_FROM_FILES = 32;
const MOST_HELPERS = 3;
/** Files handed to a helper ahead of time: one to read, one queued, so it never waits for the main thread. */
const HELD_PER_HELPER = 2;

/**
 * Threads worth using when nobody says: one per core that has been free over the last minute
 * (the load average; 0 on Windows, where every core counts as free), the main thread's included.
 * On a machine whose cores are all busy a helper only competes for them: on 2 cores at load 13–16
 * one added 17% of CPU time and saved no wall time.
 */
function freeThreads(): number {
  return Math.max(1, Math.round(availableParallelism() - loadavg()[0]!));
}

/** Threads asked for in `CASEWRIGHT_BOARD_READ_THREADS` (1: the main thread only), if any. */
function threadsAskedFor(): number | undefined {
  const asked = Number(process.env.CASEWRIGHT_BOARD_READ_THREADS);
  return Number.isInteger(asked) && asked >= 1 ? asked : undefined;
}

/** Where this module runs from: its source file, or the bundle it was built into. */
function thisFile(): string | null {
  // `import.meta.url` in ES modules (source, the command's bundle); empty in Electron's CommonJS bundle.
  const url = (import.meta as { url?: unknown }).url;
  if (typeof url === 'string' && url.startsWith('file:')) return fileURLToPath(url);
  return typeof __filename === 'string' ? __filename : null;
}

/** The helper's entry: from source through tsx, or the bundled helper beside this bundle. */
export function helperEntry(): string | null {
  const here = thisFile();
  if (here === null) return null;
  const entry =
    extname(here) === '.ts'
      ? join(dirname(here), 'read-worker-source.mjs')
      : join(dirname(here), `board-read-worker${extname(here)}`);
  return existsSync(entry) ? entry : null;
}

interface Helper {
  readonly worker: Worker;
  readonly port: MessagePort;
  /** Files handed to this helper and not answered yet, oldest first. */
  readonly held: number[];
}

/** How long `helpersFirst` waits for the helpers to start (from source they compile TypeScript first). */
const START_WAIT_MS = 60_000;

interface Helpers {
  readonly helpers: Helper[];
  /** The helpers' counters: [0] started, [1] answers sent. */
  readonly counters: Int32Array;
}

function startHelpers(count: number, ctx: ReadContext, waitForStart: boolean): Helpers {
  const entry = helperEntry();
  const helpers: Helper[] = [];
  if (entry === null) return { helpers, counters: new Int32Array(0) };
  const started = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  for (let i = 0; i < count; i += 1) {
    try {
      const { port1, port2 } = new MessageChannel();
      const setup: HelperSetup = { port: port2, templates: ctx.templates, started };
      const worker = new Worker(entry, { workerData: setup, transferList: [port2] });
      // A helper that cannot start reports it here, after the scan: its files were read anyway.
      worker.on('error', () => undefined);
      worker.unref();
      helpers.push({ worker, port: port1, held: [] });
    } catch {
      break;
    }
  }
  const counters = new Int32Array(started);
  if (waitForStart) {
    const until = Date.now() + START_WAIT_MS;
    for (
      let now = Atomics.load(counters, 0);
      now < helpers.length && Date.now() < until;
      now = Atomics.load(counters, 0)
    )
      Atomics.wait(counters, 0, now, until - Date.now());
  }
  return { helpers, counters };
}

/** How long one wait for a helper's answer lasts before looking again (the answer may land just after the counter rises). */
const ANSWER_POLL_MS = 20;

export interface ReadMany {
  readonly outcomes: readonly ReadOutcome[];
  /** How many files the helpers read (the rest the main thread did). */
  readonly readByHelpers: number;
}

export interface ReadOptions {
  /**
   * How many threads may read, the main thread included (else `CASEWRIGHT_BOARD_READ_THREADS`).
   * When neither says: one per free core (at most four), and only for a scan of many files, where
   * starting a helper pays for itself.
   */
  readonly threads?: number;
  /**
   * Wait for the helpers to start before reading, and at the end for the files they hold rather
   * than reading those again (each wait at most a minute), so that they take their share even of
   * a few files on a busy machine: for comparing one thread with several. Otherwise the main
   * thread starts at once, a helper joins in when it is ready, and a slow helper's files are read
   * by the main thread.
   */
  readonly helpersFirst?: boolean;
}

/**
 * Reads the files, pausing after each one the main thread reads with how many files have an
 * outcome so far (read by any thread), and returns every outcome in order. The caller drives it:
 * straight through (`readMany`), or with a yield to the event loop at each pause, where it may
 * report progress or stop; stopping (`return()`, or a throw out of a `for … of`) ends the helpers.
 */
export function* readInSteps(
  files: readonly string[],
  ctx: ReadContext,
  options: ReadOptions = {},
): Generator<number, ReadMany, void> {
  const asked = options.threads ?? threadsAskedFor();
  const want = asked ?? freeThreads();
  const worthIt = files.length >= (asked === undefined ? HELPERS_FROM_FILES : 2);
  const waitForHelpers = options.helpersFirst === true;
  const { helpers, counters } =
    want > 1 && worthIt
      ? startHelpers(Math.min(want - 1, MOST_HELPERS), ctx, waitForHelpers)
      : { helpers: [], counters: new Int32Array(0) };
  if (helpers.length === 0) {
    const outcomes: ReadOutcome[] = [];
    for (const file of files) {
      outcomes.push(readLibraryFile(file, ctx));
      yield outcomes.length;
    }
    return { outcomes, readByHelpers: 0 };
  }

  const outcomes: (ReadOutcome | undefined)[] = new Array<ReadOutcome | undefined>(files.length);
  let readByHelpers = 0;
  let readHere = 0;
  let next = 0;
  const handOut = (): void => {
    for (const helper of helpers) {
      while (helper.held.length < HELD_PER_HELPER && next < files.length) {
        helper.port.postMessage({ id: next, file: files[next]! } satisfies HelperJob);
        helper.held.push(next);
        next += 1;
      }
    }
  };
  const collect = (): void => {
    for (const helper of helpers) {
      let received = receiveMessageOnPort(helper.port);
      while (received !== undefined) {
        const reply = received.message as HelperReply;
        helper.held.splice(helper.held.indexOf(reply.id), 1);
        if (reply.outcome !== null && outcomes[reply.id] === undefined) {
          outcomes[reply.id] = reply.outcome;
          readByHelpers += 1;
        }
        received = receiveMessageOnPort(helper.port);
      }
    }
  };
  /** The file the main thread reads next: one not handed out yet, else the newest still waiting at a helper. */
  const mine = (): number | undefined => {
    if (next < files.length) return next++;
    let newest: number | undefined;
    for (const helper of helpers)
      for (const id of helper.held)
        if (outcomes[id] === undefined && (newest === undefined || id > newest)) newest = id;
    if (newest !== undefined) return newest;
    // Files a helper gave back unread.
    const left = outcomes.findIndex((outcome) => outcome === undefined);
    return left === -1 ? undefined : left;
  };

  /** Whether a file handed to a helper still has no outcome. */
  const awaitingHelpers = (): boolean => helpers.some((helper) => helper.held.some((id) => outcomes[id] === undefined));
  const waitUntil = Date.now() + START_WAIT_MS;

  try {
    handOut();
    for (;;) {
      // Read before collecting, so that an answer sent in between shows as a changed count.
      const answered = Atomics.load(counters, 1);
      collect();
      handOut();
      if (waitForHelpers && next >= files.length && awaitingHelpers() && Date.now() < waitUntil) {
        Atomics.wait(counters, 1, answered, Math.min(ANSWER_POLL_MS, waitUntil - Date.now()));
        continue;
      }
      const id = mine();
      if (id === undefined) break;
      outcomes[id] = readLibraryFile(files[id]!, ctx);
      readHere += 1;
      yield readHere + readByHelpers;
    }
  } finally {
    for (const helper of helpers) {
      helper.port.close();
      void helper.worker.terminate();
    }
  }
  return { outcomes: outcomes as ReadOutcome[], readByHelpers };
}

/** Each file's outcome, in order. */
export function readMany(files: readonly string[], ctx: ReadContext, options: ReadOptions = {}): ReadMany {
  return finish(readInSteps(files, ctx, options));
}

/** Runs steps straight through to their result. */
export function finish<R>(steps: Generator<unknown, R, void>): R {
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}
