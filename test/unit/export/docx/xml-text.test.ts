import { describe, expect, it } from 'vitest';
import { escapeXml, stripIllegalXmlChars } from '@export/docx/xml-text';

/** What escapeXml must give: every text stripped and escaped, with no shortcut for text that needs nothing. */
const reference = (text: string): string =>
  stripIllegalXmlChars(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

describe('escapeXml', () => {
  const plain = 'Home visit: Child R seen with mother, no concerns raised.';
  const awkward = [
    '&',
    '<',
    '>',
    '"',
    "'",
    '\u0000',
    '\u0008',
    '\u000B',
    '\u000C',
    '\u001F',
    '\t',
    '\n',
    '\r',
    '\uD83D\uDE00',
    '\uD83D',
    '\uDE00',
    '\uFFFE',
    '\uFFFF',
    '\u2019',
    'é',
  ];

  it('leaves text that needs nothing as it is, Latin-1 or not', () => {
    expect(escapeXml(plain)).toBe(plain);
    expect(escapeXml(`${plain} Zoë’s \t tab`)).toBe(`${plain} Zoë’s \t tab`);
    expect(escapeXml('')).toBe('');
  });

  it('escapes and strips every awkward character wherever it stands, in Latin-1 and in other text', () => {
    for (const ch of awkward) {
      for (const text of [ch, `${plain}${ch}`, `${ch}${plain}`, `${plain}${ch}${plain}`, `Zoë’s ${ch} visit`]) {
        expect(escapeXml(text)).toBe(reference(text));
      }
    }
    expect(escapeXml('a & b < c > d "e" \u0001 \uD800 f')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;   f');
  });
});
