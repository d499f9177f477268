import { afterEach, describe, expect, it } from 'vitest';
import type { InsightPatternView } from '@shared/domain/insight';
import { reviewWithInsightChronology, type ReviewWithInsightChronology } from '@test/helpers/review';

let review: ReviewWithInsightChronology | null = null;
afterEach(() => {
  review?.app.reviews.closeAll();
  review = null;
});

/** The pattern carrying `ruleId`, on its own or merged into another resting on the same entries. */
function byRule(patterns: readonly InsightPatternView[], ruleId: string): InsightPatternView {
  const found = patterns.find(
    (pattern) => pattern.ruleId === ruleId || pattern.also.some((also) => also.ruleId === ruleId),
  );
  if (found === undefined) throw new Error(`no ${ruleId} pattern in ${patterns.map((p) => p.ruleId).join(', ')}`);
  return found;
}

describe('insight service over a real review file', () => {
  it('finds the expected patterns with evidence shown as the chronology gives it', async () => {
    review = reviewWithInsightChronology();
    const report = await review.call('insight.run', {});
    expect(report.entryCount).toBe(6);
    expect(report.thresholdsSource).toBe('defaults');
    expect(
      new Set(report.patterns.flatMap((pattern) => [pattern.ruleId, ...pattern.also.map((also) => also.ruleId)])),
    ).toEqual(
      new Set([
        'repeated-incidents',
        'closure-communication',
        'victim-seen-alone',
        'unshared-information',
        'minimising-language',
      ]),
    );
    const repeated = byRule(report.patterns, 'repeated-incidents');
    const ids = [0, 2, 4].map((index) => String(review!.entryIds.get(index)));
    expect(repeated.evidenceEntryIds).toEqual(ids);
    expect(repeated.evidence.map((entry) => entry.dateText)).toEqual(['2021-03-01', '2021-04-10', 'May 2021']);
    expect(repeated.evidence[0]).toMatchObject({
      agency: 'Westmoor Police',
      summary: expect.stringContaining('RM injured'),
    });
    expect(repeated.explanation).toContain('Westmoor Police recorded or was recorded as told of all of them.');
    expect(repeated.matches.map((match) => match.entryId)).toEqual(ids);
    expect(repeated.evidence.every((entry) => entry.matched)).toBe(true);
    expect(byRule(report.patterns, 'victim-seen-alone').title).toContain('RM');
    const closure = byRule(report.patterns, 'unshared-information');
    expect(closure.also.find((also) => also.ruleId === 'unshared-information')!.explanation).toContain(
      "no record of Children's Social Care mentions or shows as shared with it",
    );
    // Context entries (what others recorded) are shown but are not matches.
    expect(closure.evidence.filter((entry) => entry.matched).map((entry) => entry.dateText)).toEqual(['2021-06-01']);
  });

  it('dismisses with a reason (kept in the audit log), lists it after active ones, and restores it', async () => {
    review = reviewWithInsightChronology();
    const before = await review.call('insight.run', {});
    const target = byRule(before.patterns, 'minimising-language');
    expect((await review.failure('insight.dismiss', { patternId: target.id, reason: '   ' })).code).toBe(
      'invalid-arguments',
    );

    await review.call('insight.dismiss', {
      patternId: target.id,
      reason: 'Low mood discussed at the panel; not minimising',
    });
    const after = await review.call('insight.run', {});
    const dismissed = after.patterns.find((pattern) => pattern.id === target.id)!;
    expect(dismissed.dismissal?.reason).toBe('Low mood discussed at the panel; not minimising');
    expect(after.patterns.at(-1)!.id).toBe(target.id);

    const audit = await review.call('review.listAudit', { limit: 50 });
    const row = audit.find((entry) => entry.table === 'insight_dismissal' && entry.action === 'insert');
    expect(row?.label).toBe('Dismiss insight pattern');
    expect(JSON.stringify(row?.after)).toContain('not minimising');

    await review.call('insight.restore', { patternId: target.id });
    const restored = await review.call('insight.run', {});
    expect(restored.patterns.find((pattern) => pattern.id === target.id)!.dismissal).toBeNull();
    expect((await review.failure('insight.restore', { patternId: target.id })).code).toBe('not-found');
  });

  it('undo brings back a dismissed pattern', async () => {
    review = reviewWithInsightChronology();
    const target = byRule((await review.call('insight.run', {})).patterns, 'closure-communication');
    await review.call('insight.dismiss', { patternId: target.id, reason: 'Closure letter held on file; see KPE 3' });
    await review.call('review.undo', {});
    const report = await review.call('insight.run', {});
    expect(report.patterns.find((pattern) => pattern.id === target.id)!.dismissal).toBeNull();
  });

  it('refuses to dismiss a pattern that is not found', async () => {
    review = reviewWithInsightChronology();
    expect((await review.failure('insight.dismiss', { patternId: 'repeated-incidents:0000', reason: 'x' })).code).toBe(
      'not-found',
    );
  });

  it("keeps the review's own thresholds, uses them, and resets to the defaults", async () => {
    review = reviewWithInsightChronology();
    const state = await review.call('insight.getThresholds', {});
    expect(state.source).toBe('defaults');
    const tuned = structuredClone(state.defaults);
    tuned.rules['repeated-incidents'].minIncidents = 4;
    tuned.rules['minimising-language'].enabled = false;
    const saved = await review.call('insight.updateThresholds', { thresholds: tuned });
    expect(saved.source).toBe('review');
    expect(saved.effective.rules['repeated-incidents'].minIncidents).toBe(4);

    const report = await review.call('insight.run', {});
    expect(report.thresholdsSource).toBe('review');
    expect(report.patterns.some((pattern) => pattern.ruleId === 'repeated-incidents')).toBe(false);
    expect(report.rules.find((rule) => rule.ruleId === 'minimising-language')!.enabled).toBe(false);

    const bad = structuredClone(state.defaults) as unknown as { rules: Record<string, Record<string, unknown>> };
    bad.rules['child-seen']!['minContacts'] = 0;
    expect((await review.failure('insight.updateThresholds', { thresholds: bad as never })).code).toBe(
      'invalid-arguments',
    );

    expect((await review.call('insight.resetThresholds', {})).source).toBe('defaults');
    expect(
      (await review.call('insight.run', {})).patterns.some((pattern) => pattern.ruleId === 'repeated-incidents'),
    ).toBe(true);
  });

  it('reads reported speech and acts with the shipped words when the review saved its reading before they existed', async () => {
    review = reviewWithInsightChronology();
    const state = await review.call('insight.getThresholds', {});
    const older = structuredClone(state.defaults);
    delete older.reading!.speech;
    delete older.reading!.acts;
    older.rules['repeated-incidents'].minIncidents = 4;
    const saved = await review.call('insight.updateThresholds', { thresholds: older });
    expect(saved.source).toBe('review');
    expect(saved.effective.rules['repeated-incidents'].minIncidents).toBe(4);
    expect(saved.effective.reading!.speech).toEqual(state.defaults.reading!.speech);
    expect(saved.effective.reading!.acts).toEqual(state.defaults.reading!.acts);
  });

  it('creates a finding draft from a pattern with its title, explanation and evidence linked', async () => {
    review = reviewWithInsightChronology();
    const target = byRule((await review.call('insight.run', {})).patterns, 'repeated-incidents');
    const draft = await review.call('insight.addFinding', { patternId: target.id });
    expect(draft.title).toBe(target.title);
    expect(draft.evidenceEntryIds).toEqual(target.evidenceEntryIds);

    const findings = await review.call('findings.list', {});
    const finding = findings.find((candidate) => candidate.id === draft.findingId)!;
    expect(finding.title).toBe(target.title);
    expect(finding.evidence.map((link) => String(link.targetId))).toEqual(target.evidenceEntryIds);
    expect(JSON.stringify(finding.body)).toContain('Intervals between consecutive entries');
  });

  it('marks a matched entry as a false match (audited, undoable): the rule leaves it out from then on', async () => {
    review = reviewWithInsightChronology();
    const before = byRule((await review.call('insight.run', {})).patterns, 'repeated-incidents');
    const [first, ...rest] = before.matches.map((match) => match.entryId);
    const refused = await review.failure('insight.addFalseMatch', {
      patternId: before.id,
      entryId: first!,
      reason: '  ',
    });
    expect(refused.code).toBe('invalid-arguments');
    const closure = byRule((await review.call('insight.run', {})).patterns, 'closure-communication');
    const context = closure.evidence.find((entry) => !entry.matched)!;
    expect(
      (
        await review.failure('insight.addFalseMatch', {
          patternId: closure.id,
          entryId: context.id,
          reason: 'not a closure',
        })
      ).code,
    ).toBe('validation');

    const marks = await review.call('insight.addFalseMatch', {
      patternId: before.id,
      entryId: first!,
      reason: 'A welfare check, not an incident',
    });
    expect(marks.map((mark) => mark.ruleId)).toEqual(['repeated-incidents']);
    const after = await review.call('insight.run', {});
    expect(after.falseMatches).toMatchObject([
      { ruleId: 'repeated-incidents', entryId: first, reason: 'A welfare check, not an incident' },
    ]);
    // Two incidents remain, below the threshold of three: the pattern is gone.
    expect(after.patterns.some((pattern) => pattern.ruleId === 'repeated-incidents')).toBe(false);
    expect(rest).toHaveLength(2);

    const audit = await review.call('review.listAudit', { limit: 50 });
    expect(audit.find((entry) => entry.table === 'insight_false_match' && entry.action === 'insert')?.label).toBe(
      'Mark insight false match',
    );
    await review.call('review.undo', {});
    expect(
      (await review.call('insight.run', {})).patterns.some((pattern) => pattern.ruleId === 'repeated-incidents'),
    ).toBe(true);

    await review.call('insight.addFalseMatch', { patternId: before.id, entryId: first!, reason: 'again' });
    await review.call('insight.removeFalseMatch', { ruleId: 'repeated-incidents', entryId: first! });
    expect((await review.call('insight.run', {})).falseMatches).toEqual([]);
    expect(
      (await review.failure('insight.removeFalseMatch', { ruleId: 'repeated-incidents', entryId: first! })).code,
    ).toBe('not-found');
  });
});
