import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { closedReviewFile } from '../../helpers/review';

describe('casewright finding', () => {
  it('adds findings with tags and evidence, prints the id, and lists them', async () => {
    const { home, file, entryIds } = closedReviewFile();
    const added = await runCli(
      [
        'finding',
        'add',
        file,
        '--title',
        'Each agency saw one incident',
        '--body',
        'First paragraph.\n\nSecond paragraph.',
        '--type',
        'established',
        '--tag',
        'scie-learning-together:incidents-and-crises:hinders',
        '--tag',
        'domestic-abuse-themes:no-coordinated-response',
        '--evidence',
        String(entryIds[0]),
        '--evidence',
        String(entryIds[1]),
      ],
      { home },
    );
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^\d+\n$/);
    const second = await runCli(
      ['finding', 'add', file, '--title', 'Good health visiting', '--type', 'good-practice'],
      { home },
    );
    expect(second.code, second.stderr).toBe(0);

    const text = await runCli(['finding', 'list', file], { home });
    expect(text.stdout).toContain(`1. Each agency saw one incident  [id ${added.stdout.trim()}; Established learning]`);
    expect(text.stdout).toContain('tag: scie-learning-together:incidents-and-crises:hinders');
    expect(text.stdout).toContain('2. Good health visiting');
    expect(text.stdout).toContain('! no evidence');

    const json = JSON.parse((await runCli(['finding', 'list', file, '--json'], { home })).stdout) as {
      id: number;
      evidence: { targetId: number }[];
      body: unknown;
      withoutEvidence: boolean;
    }[];
    expect(json[0]?.evidence.map((e) => e.targetId)).toEqual(entryIds);
    expect(json[1]?.withoutEvidence).toBe(true);
  });

  it('refuses bad tags and evidence with exit codes 2 (usage) and 1 (refused)', async () => {
    const { home, file } = closedReviewFile();
    const malformed = await runCli(['finding', 'add', file, '--title', 'X', '--tag', 'only-one-part'], { home });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('expected <taxonomy-id>:<term-id>');
    const noDirection = await runCli(
      ['finding', 'add', file, '--title', 'X', '--tag', 'scie-learning-together:tools'],
      { home },
    );
    expect(noDirection.code).toBe(1);
    expect(noDirection.stderr).toContain('give a direction');
    const missingEntry = await runCli(['finding', 'add', file, '--title', 'X', '--evidence', '999'], { home });
    expect(missingEntry.code).toBe(1);
    expect(missingEntry.stderr).toContain('child-r.cwr');
    expect(missingEntry.stderr).toContain('no chronology entry with id 999');
    expect(JSON.parse((await runCli(['finding', 'list', file, '--json'], { home })).stdout)).toEqual([]);
  });
});
