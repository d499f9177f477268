import { describe, expect, it } from 'vitest';
import { highlightText, searchTerms, snippetOf } from '@core/chronology/highlight';

const mark = (s: string) => s.split('\u0001').join('[').split('\u0002').join(']');

describe('search highlighting', () => {
  it('marks prefixes and phrase words as FTS5 matched them, ignoring case and accents', () => {
    const terms = searchTerms('refer "Zoe Smith"');
    expect(mark(highlightText('Referral made; Zoë smith seen. Preferred not to say.', terms))).toBe(
      '[Referral] made; [Zoë] [smith] seen. Preferred not to say.',
    );
  });

  it('cuts a snippet around the first match in the first field that has one', () => {
    const terms = searchTerms('marac');
    const long =
      'One two three four five six seven eight nine ten eleven twelve MARAC thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    expect(mark(snippetOf(['no match here', long], terms))).toBe(
      '…eight nine ten eleven twelve [MARAC] thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
    );
    expect(snippetOf(['nothing'], terms)).toBe('');
  });
});
