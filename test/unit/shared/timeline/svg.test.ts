import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { defaultTimelineTitle, escapeXml, fitLabel, layoutTimeline, renderTimelineSvg } from '@shared/timeline';
import { item, sampleItems } from './fixtures';

describe('SVG timeline', () => {
  const layout = layoutTimeline(sampleItems, { pxPerDay: 0.2 });
  const svg = renderTimelineSvg(layout, { title: 'Multi-agency timeline', description: 'Five events.' });

  it('is well-formed XML with a title and description for assistive technology', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
    expect(doc.svg['@_role']).toBe('img');
    expect(String((doc.svg.title as Record<string, unknown>)['#text'])).toBe('Multi-agency timeline');
  });

  it('names every lane, draws a marker per item, a span per vague date and a ring per key entry', () => {
    for (const lane of layout.lanes) expect(svg).toContain(escapeXml(lane.name));
    // Markers: one per item plus one per legend entry; the key legend sample adds one ring.
    const paths = svg.match(/<path /g) ?? [];
    expect(paths.length).toBe(layout.items.length + layout.legend.length + 1);
    const dashedSpans = svg.match(/stroke-dasharray="3 2"/g) ?? [];
    // Two vague dates in the data, plus the legend's sample span.
    expect(dashedSpans.length).toBe(3);
    const rings = svg.match(/stroke="#a4161a"/g) ?? [];
    expect(rings.length).toBe(2);
    expect(svg).toContain('date known as a period');
  });

  it('escapes text and strips control characters that would corrupt the file', () => {
    const hostile = layoutTimeline([item({ id: 1, earliest: '2021-01-01', lane: 'A & B <Agency>\u0001' })], {
      pxPerDay: 1,
    });
    const out = renderTimelineSvg(hostile, { title: '"Quotes" & more' });
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).toContain('A &amp; B &lt;Agency&gt;');
    expect(out).not.toContain('\u0001');
  });

  it('can leave the legend out and shortens long labels', () => {
    const noLegend = renderTimelineSvg(layout, { title: 't', showLegend: false });
    expect(noLegend).not.toContain('date known as a period');
    expect(fitLabel('Westmoor Safeguarding Children Partnership', 100, 12)).toMatch(/…$/);
    expect(fitLabel('Housing', 100, 12)).toBe('Housing');
  });

  it('builds a default title from the dates as given', () => {
    expect(defaultTimelineTitle(layout)).toBe('Timeline of 5 events across 4 agencies, Spring 2013 to 2022');
    expect(defaultTimelineTitle(layoutTimeline([], { pxPerDay: 1 }))).toBe('Timeline with no events');
  });
});

describe('SVG timeline rendered to PNG', () => {
  it('renders with resvg, as the Word export does', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const layout = layoutTimeline(sampleItems, { pxPerDay: 0.2 });
    const png = new Resvg(renderTimelineSvg(layout, { title: 'Timeline' })).render().asPng();
    // PNG signature, and a picture as wide as the SVG.
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(Math.round(170 + layout.width + 10));
  });
});
