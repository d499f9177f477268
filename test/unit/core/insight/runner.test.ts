import { describe, expect, it } from 'vitest';
import { runInsight } from '@core/insight/runner';
import { INSIGHT_RULE_IDS } from '@shared/domain/insight';
import { GP, HV, POLICE, entry, incident, input, thresholds, withSetting } from './build';

describe('runInsight', () => {
  const entries = [
    incident('e1', '2021-03-01', POLICE),
    incident('e2', '2021-04-10', POLICE),
    incident('e3', '2021-04-20', POLICE),
    entry('m1', '2021-04-22', GP, { summary: 'RM says it was a verbal argument with partner', people: ['p-kerry'] }),
    entry('h1', '2021-05-01', HV, { summary: 'Routine visit', people: ['p-kerry'] }),
  ];

  it('summarises every rule in the shipped order and orders patterns strongest first', () => {
    const run = runInsight(input(entries), thresholds());
    expect(run.rules.map((rule) => rule.ruleId)).toEqual([...INSIGHT_RULE_IDS]);
    const strengths = run.patterns.map((pattern) => pattern.salience);
    expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
    expect(run.rules.find((rule) => rule.ruleId === 'repeated-incidents')!.patternCount).toBe(1);
    expect(run.rules.find((rule) => rule.ruleId === 'minimising-language')!.patternCount).toBe(1);
    for (const pattern of run.patterns) {
      for (const id of pattern.evidenceEntryIds) expect(entries.map((e) => e.id)).toContain(id);
    }
  });

  it('skips disabled rules and reports them as disabled', () => {
    const run = runInsight(input(entries), withSetting('minimising-language', 'enabled', false));
    expect(run.patterns.some((pattern) => pattern.ruleId === 'minimising-language')).toBe(false);
    expect(run.rules.find((rule) => rule.ruleId === 'minimising-language')).toMatchObject({
      enabled: false,
      patternCount: 0,
    });
  });

  it('finds nothing in an empty chronology', () => {
    expect(runInsight(input([]), thresholds()).patterns).toEqual([]);
  });

  it('merges patterns of different rules that rest on the same entries, keeping both findings', () => {
    const closureAndDecision = [
      incident('e1', '2021-01-15', POLICE),
      entry('c1', '2021-03-01', "Children's Social Care", {
        summary: 'Single assessment: no further action. Case closed.',
        people: ['p-kerry'],
      }),
    ];
    const run = runInsight(input(closureAndDecision), thresholds());
    expect(run.patterns).toHaveLength(1);
    const [pattern] = run.patterns;
    expect([pattern!.ruleId, ...pattern!.also.map((also) => also.ruleId)].sort()).toEqual([
      'closure-communication',
      'unshared-information',
    ]);
    expect(run.rules.find((rule) => rule.ruleId === 'unshared-information')!.patternCount).toBe(1);
  });
});
