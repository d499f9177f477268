/**
 * The `remove…` methods that take one id: each deletes its record as one undoable change, says one
 * record went, and refuses an id that is not there without changing anything.
 */
import { describe, expect, it } from 'vitest';
import { reviewWithFindings } from '../../helpers/review';

describe('remove methods', () => {
  it('remove a finding, a recommendation, a panel member, evidence and a tag; Undo brings each back', async () => {
    const review = await reviewWithFindings();
    const findings = (): Promise<{ id: number; evidence: { id: number }[]; tags: { id: number }[] }[]> =>
      review.call('findings.list');
    await review.call('findings.addTag', {
      findingId: review.findingIds[0],
      taxonomyId: 'domestic-abuse-themes',
      termId: 'child-voice-absent',
    });
    const first = (await findings()).find((f) => f.id === review.findingIds[0]);
    if (first?.evidence[0] === undefined || first.tags[0] === undefined)
      throw new Error('the first finding has evidence and now a tag');
    const panel = (): Promise<{ id: number }[]> => review.call('panel.list');
    const [member] = await panel();
    const recommendations = (): Promise<{ id: number }[]> => review.call('recommendations.list');
    const counts = async () => ({
      findings: (await findings()).length,
      evidence: (await findings()).find((f) => f.id === first.id)?.evidence.length,
      tags: (await findings()).find((f) => f.id === first.id)?.tags.length,
      panel: (await panel()).length,
      recommendations: (await recommendations()).length,
    });
    const before = await counts();

    const removals = [
      ['findings.removeEvidence', first.evidence[0].id, 'evidence'],
      ['findings.removeTag', first.tags[0].id, 'tags'],
      ['panel.remove', member!.id, 'panel'],
      ['recommendations.remove', review.recommendationIds[0]!, 'recommendations'],
      ['findings.remove', review.findingIds[1]!, 'findings'],
    ] as const;
    for (const [method, id, what] of removals) {
      expect(await review.call(method, { id })).toEqual({ deleted: 1 });
      expect((await counts())[what]).toBe((before[what] ?? 0) - 1);
      await review.call('review.undo');
      expect(await counts()).toEqual(before);
    }
  });

  it('refuse an id that is not there, changing nothing', async () => {
    const review = await reviewWithFindings();
    const history = await review.call('review.listHistory');
    for (const method of ['findings.remove', 'recommendations.remove', 'panel.remove', 'annotations.remove'] as const) {
      const failure = await review.failure(method, { id: 999_999 });
      expect(failure.code).toBe('not-found');
    }
    expect(await review.call('review.listHistory')).toEqual(history);
  });
});
