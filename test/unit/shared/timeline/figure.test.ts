import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { timelineFigure } from '@shared/timeline';
import { sampleItems } from './fixtures';

describe('timeline figure for documents', () => {
  it('fits the whole chronology to the requested width', () => {
    const figure = timelineFigure(sampleItems, { width: 1200 });
    expect(XMLValidator.validate(figure.svg)).toBe(true);
    expect(figure.width).toBeCloseTo(1200, 0);
    expect(figure.height).toBeGreaterThan(100);
  });

  it('comes with a title, alt text and a long description', () => {
    const figure = timelineFigure(sampleItems, { title: 'Figure 1: agency contacts' });
    expect(figure.title).toBe('Figure 1: agency contacts');
    expect(figure.svg).toContain('<title id="cw-tl-title">Figure 1: agency contacts</title>');
    expect(figure.altText).toMatch(/^Timeline of 5 events recorded by 4 agencies, from Spring 2013 to 2022\./);
    expect(figure.longDescription).toContain('- Spring 2013 — home visit — Visit by HV1');
    expect(timelineFigure([]).altText).toBe('The timeline has no events to show.');
  });
});
