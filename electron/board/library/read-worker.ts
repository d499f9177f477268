/**
 * The board's reading helper: a worker thread that reads library files (read-only, exactly as the
 * main thread would) and sends each outcome back. Started by `read-pool.ts`; bundled on its own
 * (`board-read-worker.js` beside the command, `board-read-worker.cjs` beside Electron's main) and
 * started from source through `read-worker-source.mjs`.
 */
import { workerData } from 'node:worker_threads';
import { readLibraryFile } from './read-review';
import type { HelperJob, HelperReply, HelperSetup } from './read-pool';

const { port, templates, started } = workerData as HelperSetup;
const counters = new Int32Array(started);

port.on('message', (job: HelperJob) => {
  let reply: HelperReply;
  try {
    reply = { id: job.id, outcome: readLibraryFile(job.file, { templates }) };
  } catch {
    // The main thread reads this file again itself, so it fails there as it would without helpers.
    reply = { id: job.id, outcome: null };
  }
  port.postMessage(reply);
  Atomics.add(counters, 1, 1);
  Atomics.notify(counters, 1);
});
Atomics.add(counters, 0, 1);
Atomics.notify(counters, 0);
