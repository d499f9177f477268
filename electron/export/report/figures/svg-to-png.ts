/**
 * SVG → PNG for Word (Word and LibreOffice need a bitmap; docx cannot embed SVG without one).
 * resvg renders offline with the system fonts.
 */
import { renderAsync, Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { figureFontFiles } from './figure-fonts';

export interface Png {
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
}

function renderOptions(svg: string, widthPx: number): ResvgRenderOptions {
  // Only the files of the fonts the figure names, when they are installed (figure-fonts.ts says why).
  const fontFiles = figureFontFiles(svg, svgVisibleText(svg));
  return {
    fitTo: { mode: 'width', value: widthPx },
    background: '#ffffff',
    font:
      fontFiles === null
        ? { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' }
        : { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Liberation Sans' },
  };
}

export function svgToPng(svg: string, widthPx: number): Png {
  const rendered = new Resvg(svg, renderOptions(svg, widthPx)).render();
  return { png: rendered.asPng(), widthPx: rendered.width, heightPx: rendered.height };
}

/**
 * The same PNG, parsed and rendered on libuv's thread pool: no JavaScript heap, so it runs beside
 * the main thread's work (a report's timeline is a fifth of a second of CPU) rather than before it.
 * The returned promise is marked handled, so an export that fails before awaiting it reports its
 * own error rather than an unhandled rejection; awaiting it still rejects if rendering failed.
 */
export function svgToPngInBackground(svg: string, widthPx: number): Promise<Png> {
  const png = renderAsync(svg, renderOptions(svg, widthPx)).then((rendered) => ({
    png: rendered.asPng(),
    widthPx: rendered.width,
    heightPx: rendered.height,
  }));
  png.catch(() => undefined);
  return png;
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
