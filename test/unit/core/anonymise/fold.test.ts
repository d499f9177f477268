import { describe, expect, it } from 'vitest';
import { foldWithMap, toOriginalRange } from '@core/anonymise/fold';

describe('foldWithMap', () => {
  it('lower-cases plain ASCII in place (up to U+007F), with no map to carry', () => {
    const text = 'Kerry ASHDOWN visited\t14 Larkspur Close\u007F';
    const folded = foldWithMap(text);
    expect(folded).toMatchObject({ folded: text.toLowerCase(), starts: null, ends: null });
    expect(toOriginalRange(folded, 6, 13)).toEqual({ start: 6, end: 13 });
  });

  it('maps folded text back to the original when any character is beyond ASCII', () => {
    for (const [text, name] of [
      ['Zoë\u0080 met KERRY', 'kerry'],
      ['Zoë met KERRY', 'kerry'],
      ['Æthelred’s visit 😀 with KERRY', 'kerry'],
      ['\u00A0KERRY', 'kerry'],
    ] as const) {
      const folded = foldWithMap(text);
      expect(folded.starts).not.toBeNull();
      const at = folded.folded.indexOf(name);
      const range = toOriginalRange(folded, at, at + name.length);
      expect(text.slice(range.start, range.end)).toBe('KERRY');
    }
    expect(foldWithMap('Æthelred’s').folded).toBe("aethelred's");
  });
});
