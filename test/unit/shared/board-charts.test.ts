import { describe, expect, it } from 'vitest';
import { completenessMatrix, statusOverTimeChart, themeBarChart } from '@shared/charts/board-charts';
import { boardCharacteristicLabels, suppressedCount } from '@shared/domain/board';

const exported = { format: suppressedCount, suppress: true } as const;
const onScreen = { format: String, suppress: false } as const;

describe('board charts', () => {
  it('draw no bar for a suppressed count in exports, so its length cannot reveal it', () => {
    const rows = [
      { label: 'Voice of the child', findings: 5 },
      { label: 'Hidden adults', findings: 4 },
    ];
    const chart = themeBarChart(rows, exported);
    const bars = [...chart.svg.matchAll(/<rect x='300' y='\d+' width='([\d.]+)'/g)].map((m) => Number(m[1]));
    expect(bars[0]).toBeGreaterThan(0);
    expect(bars[1]).toBe(0);
    expect(chart.svg).toContain('fewer than 5');
    expect(chart.altText).toBe(
      'Bar chart of the 2 most frequent themes. Voice of the child: 5 findings; Hidden adults: fewer than 5 findings.',
    );
    expect(chart.svg).toContain('<title>Themes across the reviews: findings tagged with each term</title>');
    expect(themeBarChart(rows, onScreen).altText).toContain('Hidden adults: 4 findings');
  });

  it('escape text, and describe the completeness matrix and status chart in words', () => {
    const matrix = completenessMatrix(
      [
        {
          characteristic: 'religion-belief',
          role: 'parent',
          people: 8,
          recorded: 6,
          notRecorded: 1,
          notAsked: 1,
          declined: 0,
          notApplicable: 0,
          unknown: 0,
          missing: 0,
          values: [],
        },
      ],
      boardCharacteristicLabels,
      exported,
    );
    expect(matrix.altText).toBe('Completeness matrix. Religion or belief, Parent or carer: 6 of 8 recorded.');
    const status = statusOverTimeChart(
      [{ year: 2024, byStatus: { proposed: 0, agreed: 3, 'in-progress': 0, done: 7, 'not-accepted': 0 } }],
      exported,
    );
    expect(status.altText).toContain(
      'Due 2024: proposed 0, agreed fewer than 5, in progress 0, done 7, not accepted 0',
    );
    expect(themeBarChart([{ label: 'A & B <C>', findings: 9 }], onScreen).svg).toContain('A &amp; B &lt;C&gt;');
  });
});
