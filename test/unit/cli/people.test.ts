import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import type { Person } from '@shared/domain/people';
import { createAppContext } from '@core/app/app-context';
import { createDispatcher } from '@api/dispatcher';
import { richTextFromParagraphs } from '@shared/lexical/types';
import { cliReview } from '../../helpers/cli-review';

const newReview = (title = 'Child R') => cliReview({ title });

describe('casewright person / identifier / check', () => {
  it('adds people with aliases and a date of birth, and lists them as JSON', async () => {
    const { file, home } = await newReview();
    const added = await runCli(
      [
        'person',
        'add',
        file,
        '--name',
        'Kerry Ashdown',
        '--pseudonym',
        'RM',
        '--role',
        'mother',
        '--alias',
        'Kez',
        '--alias',
        'Kezza',
        '--dob',
        '1994-09-21',
      ],
      { home },
    );
    expect(added).toMatchObject({ code: 0, stdout: 'Added RM (person 1)\n' });
    const pro = await runCli(
      [
        'person',
        'add',
        file,
        '--name',
        'Priya Natt',
        '--pseudonym',
        'HV1',
        '--role',
        'health visitor',
        '--category',
        'professional',
      ],
      { home },
    );
    expect(pro.code).toBe(0);

    const listed = await runCli(['person', 'list', file, '--json'], { home });
    expect(listed.code).toBe(0);
    const people = JSON.parse(listed.stdout) as Person[];
    expect(people.map((p) => [p.pseudonym, p.realName, p.aliases, p.dateOfBirth, p.category])).toEqual([
      ['RM', 'Kerry Ashdown', ['Kez', 'Kezza'], '1994-09-21', 'family'],
      ['HV1', 'Priya Natt', [], null, 'professional'],
    ]);
    const text = await runCli(['person', 'list', file], { home });
    expect(text.stdout).toContain('RM         Kerry Ashdown (mother; born 1994-09-21; also known as Kez, Kezza)');
  });

  it('refuses a bad date of birth and a duplicate pseudonym, naming the file', async () => {
    const { file, home } = await newReview();
    const bad = await runCli(
      [
        'person',
        'add',
        file,
        '--name',
        'Leo Ashdown',
        '--pseudonym',
        'Sibling R',
        '--role',
        'brother',
        '--dob',
        '2015-02-30',
      ],
      { home },
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/not a real calendar date/);
    await runCli(['person', 'add', file, '--name', 'Kerry Ashdown', '--pseudonym', 'RM', '--role', 'mother'], { home });
    const clash = await runCli(
      ['person', 'add', file, '--name', 'Connor Walsh', '--pseudonym', 'RM', '--role', 'father'],
      { home },
    );
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/child-r\.cwr.*pseudonym "RM" is already used/);
  });

  it('requires the name, pseudonym and role (usage error)', async () => {
    const { file, home } = await newReview();
    const missing = await runCli(['person', 'add', file, '--name', 'Kerry Ashdown'], { home });
    expect(missing.code).toBe(2);
  });

  it('records identifiers of a given kind and refuses an unknown kind', async () => {
    const { file, home } = await newReview();
    const added = await runCli(['identifier', 'add', file, '14 Larkspur Close, Westmoor', '--kind', 'address'], {
      home,
    });
    expect(added).toMatchObject({ code: 0, stdout: 'Recorded address identifier 1\n' });
    const again = await runCli(['identifier', 'add', file, '14 larkspur close, westmoor', '--kind', 'address'], {
      home,
    });
    expect(again.code).toBe(1);
    const wrong = await runCli(['identifier', 'add', file, 'x', '--kind', 'shoe-size'], { home });
    expect(wrong.code).toBe(2);
  });

  it('check finds no leaks when the publication version holds nothing identifying (an unfinished review still exits 1 for readiness)', async () => {
    const { file, home } = await newReview();
    await runCli(
      ['person', 'add', file, '--name', 'Kerry Ashdown', '--pseudonym', 'RM', '--role', 'mother', '--alias', 'Kez'],
      { home },
    );
    const checked = await runCli(['check', file, '--json'], { home });
    const result = JSON.parse(checked.stdout) as {
      ok: boolean;
      leaks: unknown[];
      readiness: { section: string; problem: string }[];
    };
    expect(result.ok).toBe(true);
    expect(result.leaks).toEqual([]);
    expect(result.readiness).toEqual(
      expect.arrayContaining([
        {
          section: 'Title page',
          problem: expect.stringContaining('partnership is not set'),
          fix: expect.any(String),
          place: { area: 'overview' },
        },
      ]),
    );
    expect(checked.code).toBe(1);
  });
});

describe('casewright check over review text', () => {
  it('passes when every registered name is replaced, and lists likely unregistered names until dismissed', async () => {
    const { file, home } = await newReview();
    await runCli(
      ['person', 'add', file, '--name', 'Kerry Ashdown', '--pseudonym', 'RM', '--role', 'mother', '--alias', 'Kez'],
      { home },
    );
    await runCli(['identifier', 'add', file, 'WM4 7QT', '--kind', 'postcode'], { home });
    const app = createAppContext({ home });
    const opened = app.reviews.open(file);
    const dispatch = createDispatcher(app, () => undefined);
    const call = async (method: string, args: unknown): Promise<void> => {
      const response = await dispatch({ method, args, reviewId: opened.handle.id } as never);
      expect(response.ok).toBe(true);
    };
    await call('review.updateTermsOfReference', {
      termsOfReference: richTextFromParagraphs([
        "Kez (Kerry Ashdown) lived at WM4 7QT. Kerry's partner Gary was not known to agencies.",
      ]),
    });
    app.reviews.closeAll();

    const checked = await runCli(['check', file, '--json'], { home });
    const result = JSON.parse(checked.stdout) as { ok: boolean; leaks: unknown[]; warnings: { name: string }[] };
    expect(result.ok).toBe(true);
    expect(result.leaks).toEqual([]);
    expect(result.warnings.map((w) => w.name)).toContain('Gary');
    const text = await runCli(['check', file], { home });
    expect(text.stdout).toMatch(/^Leak check passed/);
    expect(text.stdout).toMatch(/"Gary"/);

    const again = createAppContext({ home });
    const reopened = again.reviews.open(file);
    const response = await createDispatcher(
      again,
      () => undefined,
    )({ method: 'people.dismissNameWarning', args: { name: 'Gary' }, reviewId: reopened.handle.id } as never);
    expect(response.ok).toBe(true);
    again.reviews.closeAll();
    const after = JSON.parse((await runCli(['check', file, '--json'], { home })).stdout) as {
      warnings: { name: string }[];
    };
    expect(after.warnings.map((w) => w.name)).not.toContain('Gary');
  });

  it('records the detail behind a characteristic with --detail, keeps it when left out, and clears it with ""', async () => {
    const { file, home } = await newReview();
    await runCli(['person', 'add', file, '--name', 'Kerry Ashdown', '--pseudonym', 'RM', '--role', 'mother'], { home });
    const record = (...extra: string[]) =>
      runCli(
        [
          'person',
          'characteristic',
          file,
          'RM',
          '--characteristic',
          'disability',
          '--state',
          'recorded',
          '--value',
          'limited-a-little',
        ].concat(extra),
        { home },
      );
    const detailNow = async (): Promise<string | null | undefined> => {
      const app = createAppContext({ home });
      const opened = app.reviews.open(file);
      const response = await createDispatcher(
        app,
        () => undefined,
      )({
        method: 'people.listCharacteristics',
        args: {},
        reviewId: opened.handle.id,
      } as never);
      app.reviews.closeAll();
      if (!response.ok) throw new Error(response.error.message);
      return (response.result as { characteristicId: string; detail?: string | null }[]).find(
        (c) => c.characteristicId === 'disability',
      )?.detail;
    };

    expect(await record('--detail', 'Hearing loss in one ear, diagnosed 2016')).toMatchObject({ code: 0 });
    expect(await detailNow()).toBe('Hearing loss in one ear, diagnosed 2016');
    expect(await record('--source', 'GP records')).toMatchObject({ code: 0 });
    expect(await detailNow()).toBe('Hearing loss in one ear, diagnosed 2016');
    expect(await record('--detail', '')).toMatchObject({ code: 0 });
    expect((await detailNow()) ?? null).toBeNull();

    const help = await runCli(['person', 'characteristic', '--help'], { home });
    // Commander wraps the help to the terminal's width: compare the words.
    expect(help.stdout.replace(/\s+/g, ' ')).toContain(
      '--detail <text> your own words about it, e.g. the condition behind a disability; never printed in reports.',
    );
  });
});
