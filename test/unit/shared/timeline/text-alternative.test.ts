import { describe, expect, it } from 'vitest';
import { describeTimeline, timelineTextAlternative } from '@shared/timeline';
import { sampleItems } from './fixtures';

describe('timeline text alternative', () => {
  it('summarises the span, the key entries and the events per agency', () => {
    const { summary, lanes } = describeTimeline(sampleItems);
    expect(summary).toBe(
      'Timeline of 5 events recorded by 4 agencies, from Spring 2013 to 2022. 1 is a key entry. ' +
        "Events per agency: Westmoor Police 2; Children's Social Care 1; Health Visiting 1; Housing 1.",
    );
    expect(lanes.map((l) => l.lane)).toEqual([
      "Children's Social Care",
      'Health Visiting',
      'Housing',
      'Westmoor Police',
    ]);
    expect(lanes.find((l) => l.lane === "Children's Social Care")?.keyCount).toBe(1);
  });

  it('lists every event lane by lane in date order, with the legend in words', () => {
    const text = timelineTextAlternative(sampleItems, ['Westmoor Police']);
    const lines = text.split('\n');
    expect(lines).toContain('Westmoor Police (2 events)');
    const police = lines.indexOf('Westmoor Police (2 events)');
    expect(lines[police + 1]).toBe('- 3 Feb 2021 — incident — Call-out to Larkspur Close');
    expect(lines[police + 2]).toBe('- 3 Feb 2021 — contact — Follow-up call');
    expect(text).toContain('- 4 Feb 2021 — referral — Police notification received (key entry)');
    expect(text).toContain('incident = filled triangle');
  });

  it('says plainly when there is nothing to show', () => {
    expect(describeTimeline([]).summary).toBe('The timeline has no events to show.');
    expect(timelineTextAlternative([], ['Housing'])).toContain('Housing (0 events)');
  });
});
