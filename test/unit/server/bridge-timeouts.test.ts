/**
 * The bridge gives a client a limited time to send a request, and no limit to the answer: an
 * import followed as a job runs on well past the request time limit (shortened here from two
 * minutes, so the test need not wait them) and its answer arrives, with its progress polled
 * meanwhile; a request whose body stalls on the way is refused with 408 and never reaches the
 * services. The import is held part-way for twice the limit (`heldWork`), so it outlasts the limit
 * however fast the machine is, and the polls are answered at once however slow it is.
 */
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '@api/dispatcher';
import { createAppContext } from '@core/app/app-context';
import { SECRET_HEADER, startBridge, type Bridge } from '@server/bridge';
import type { ApiRequest, ApiResponse } from '@shared/api/transport';
import type { JobProgress } from '@shared/progress';
import type { JobHold } from '@core/jobs/registry';
import { healthVisitsCsv } from '../../helpers/agency-return';
import { heldWork } from '../../helpers/held-work';
import { tempDir } from '../../helpers/review-file';

const REQUEST_TIMEOUT_MS = 1_000;
/** Several batches of rows, so that the import can be held while it writes them. */
const ROWS = 2_000;

let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start(jobHold?: JobHold) {
  const home = tempDir('cw-bridge-timeouts-');
  const app = createAppContext({
    home,
    templatesDir: join(process.cwd(), 'templates'),
    ...(jobHold === undefined ? {} : { jobHold }),
  });
  const dispatch = createDispatcher(app);
  const calls: string[] = [];
  const counted: Dispatch = (request) => {
    calls.push(request.method);
    return dispatch(request);
  };
  bridge = await startBridge({
    dispatch: counted,
    staticDir: tempDir(),
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    timeoutCheckEveryMs: 50,
  });
  const { origin, secret } = bridge;
  const call = async (request: ApiRequest): Promise<ApiResponse> => {
    const response = await fetch(`${origin}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
      body: JSON.stringify(request),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as ApiResponse;
  };
  return { app, bridge, calls, call };
}

describe('the bridge and long work', () => {
  it('answers an import followed as a job long after the request time limit, polled meanwhile', async () => {
    const work = heldWork();
    const { app, call } = await start(work);
    const path = join(tempDir('cw-bridge-timeouts-review-'), 'Child T.cwr');
    const created = await call({
      method: 'review.create',
      args: { title: 'Child T', kind: 'lcspr', grant: app.grants.issue({ path, replaceConfirmed: false }) },
    });
    expect(created.ok).toBe(true);
    const reviewId = (created as { result: { reviewId: string } }).result.reviewId;

    const jobId = 'bridge-long-job-1';
    work.hold((report) => report.step === 'Importing rows' && report.done > 0);
    const importing = call({
      method: 'chronology.importApply',
      reviewId,
      args: {
        fileName: 'Westmoor Health visits.csv',
        bytesBase64: Buffer.from(healthVisitsCsv(ROWS), 'utf8').toString('base64'),
        agency: 'Westmoor Health',
        jobId,
      },
    });
    let finished = false;
    void importing.finally(() => (finished = true));
    const seen: JobProgress[] = [];
    const poll = async () => {
      const progress = await call({ method: 'jobs.getProgress', args: { jobId } });
      if (progress.ok && progress.result !== null) seen.push(progress.result as JobProgress);
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    // Polled until it is held part-way, then for twice the request time limit, then to its end.
    while (!seen.some((report) => report.step === 'Importing rows' && report.done > 0) && !finished) await poll();
    const heldFrom = performance.now();
    while (performance.now() - heldFrom < REQUEST_TIMEOUT_MS * 2) await poll();
    expect(finished).toBe(false);
    work.release();
    while (!finished) await poll();
    expect(await importing).toMatchObject({ ok: true, result: { imported: ROWS } });
    // Its progress stood still while it was held, at the first batch of rows.
    expect(seen.find((report) => report.step === 'Importing rows' && report.done > 0)).toMatchObject({
      done: 500,
      total: ROWS,
      state: 'running',
    });
  }, 120_000);

  it('refuses a request whose body stalls on the way, before it reaches the services', async () => {
    const { bridge: running, calls } = await start();
    const body = JSON.stringify({ method: 'review.listRecent', args: {} });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(running.port, '127.0.0.1', () => {
        socket.write(
          [
            'POST /api HTTP/1.1',
            `Host: 127.0.0.1:${running.port}`,
            'Content-Type: application/json',
            `${SECRET_HEADER}: ${running.secret}`,
            `Content-Length: ${body.length}`,
            '',
            body.slice(0, 10),
          ].join('\r\n'),
        );
        // The rest of the body never comes.
      });
      let received = '';
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(calls).toEqual([]);
  }, 30_000);
});
