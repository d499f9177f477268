import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '@shared/domain/chronology';
import { splitHighlights, stripHighlights } from '@renderer/features/chronology/shared/highlight';

const S = HIGHLIGHT_START;
const E = HIGHLIGHT_END;

describe('search highlights', () => {
  it('splits marked text into plain and matching parts', () => {
    expect(splitHighlights(`Mother reported ${S}bruising${E} on ${S}arm${E}.`)).toEqual([
      { text: 'Mother reported ', match: false },
      { text: 'bruising', match: true },
      { text: ' on ', match: false },
      { text: 'arm', match: true },
      { text: '.', match: false },
    ]);
  });

  it('handles text without marks, a match at the very start, and an unclosed mark', () => {
    expect(splitHighlights('plain')).toEqual([{ text: 'plain', match: false }]);
    expect(splitHighlights(`${S}Visit${E} made`)).toEqual([
      { text: 'Visit', match: true },
      { text: ' made', match: false },
    ]);
    expect(splitHighlights(`a ${S}b`)).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
    ]);
    expect(splitHighlights('')).toEqual([]);
  });

  it('strips the marks back to the stored text', () => {
    expect(stripHighlights(`Mother reported ${S}bruising${E}`)).toBe('Mother reported bruising');
  });
});
