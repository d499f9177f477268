/** Key practice episodes from a script: a review built on the command line can record the episodes a publication needs. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { tempDir } from '../../helpers/review-file';
import { cliReview } from '../../helpers/cli-review';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/chronology/${name}`, import.meta.url));

describe('casewright episode add / list', () => {
  it('adds an episode with a vague period and chronology entries, lists it in words, and check no longer asks for one', async () => {
    const { home, file, run } = await cliReview({ prefix: 'casewright-cli-episodes-' });
    await run(['import', file, fixture('police-return.csv'), '--agency', 'Westmoor Police']);
    const entries = JSON.parse((await run(['chronology', 'list', file, '--json'])).stdout) as { id: number }[];
    expect(entries.length).toBeGreaterThan(1);

    const empty = await run(['episode', 'list', file]);
    expect(empty.stdout).toContain('No key practice episodes yet');
    const readinessProblems = async () =>
      (
        JSON.parse((await runCli(['check', file, '--json'], { home })).stdout) as { readiness: { problem: string }[] }
      ).readiness.map((r) => r.problem);
    expect(await readinessProblems()).toContainEqual(expect.stringMatching(/^No key practice episodes are defined/));

    const added = await run([
      'episode',
      'add',
      file,
      '--title',
      'Pre-birth assessment',
      '--from',
      'Spring 2021',
      '--to',
      '3/9/2021',
      '--analysis',
      'The assessment did not include the father.',
      '--entry',
      String(entries[0]!.id),
      '--entry',
      String(entries[1]!.id),
    ]);
    expect(added.stdout).toBe(
      'Added the key practice episode "Pre-birth assessment" (Spring 2021 to 3 September 2021; 2 entries).\n',
    );

    const listed = await run(['episode', 'list', file]);
    expect(listed.stdout).toBe('1. Pre-birth assessment (Spring 2021 to 3 September 2021; 2 entries)\n');
    const json = JSON.parse((await run(['episode', 'list', file, '--json'])).stdout) as {
      title: string;
      analysis: string;
      entryIds: number[];
    }[];
    expect(json).toEqual([
      expect.objectContaining({
        title: 'Pre-birth assessment',
        analysis: 'The assessment did not include the father.',
        entryIds: [entries[0]!.id, entries[1]!.id],
      }),
    ]);

    expect(await readinessProblems()).not.toContainEqual(expect.stringMatching(/key practice episodes/));
  });

  it('refuses an entry number that is not a number, naming it, and adds nothing', async () => {
    const dir = tempDir('casewright-cli-episodes-');
    const home = join(dir, 'home');
    const file = join(dir, 'child-r.cwr');
    expect((await runCli(['new', file, '--title', 'Child R'], { home })).code).toBe(0);
    const refused = await runCli(['episode', 'add', file, '--title', 'Discharge', '--entry', 'twelve'], { home });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('"twelve" is not an entry number');
    expect((await runCli(['episode', 'list', file], { home })).stdout).toContain('No key practice episodes yet');
  });
});
