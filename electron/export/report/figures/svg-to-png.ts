/**
 * SVG → PNG for Word (Word and LibreOffice need a bitmap; docx cannot embed SVG without one).
 * resvg renders offline with the system fonts.
 */
import { Resvg } from '@resvg/resvg-js';
import { figureFontFiles } from './figure-fonts';

export interface Png {
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

export function svgToPng(svg: string, widthPx: number): Png {
  // Only the files of the fonts the figure names, when they are installed (figure-fonts.ts says why).
  const fontFiles = figureFontFiles(svg, svgVisibleText(svg));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font:
      fontFiles === null
        ? { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
        : { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Liberation Sans' },
  });
  const rendered = resvg.render();
  return { png: rendered.asPng(), widthPx: rendered.width, heightPx: rendered.height };
}

/** The visible text of an SVG (text and tspan contents), so the leak check can read the image's words too. */
export function svgVisibleText(svg: string): string[] {
  const out: string[] = [];
  for (const match of svg.matchAll(/<(text|tspan|title|desc)\b[^>]*>([^<]*)</g)) {
    const value = (match[2] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
    if (value !== '') out.push(value);
  }
  return out;
}
