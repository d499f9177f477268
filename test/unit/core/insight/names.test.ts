/**
 * Initials ("KA", "DC") are found as whole words with their capitals, by searching for each initial
 * rather than with an expression tried at every character: the same people in the same order as
 * the expression `(?<![\p{L}\p{N}])(?:KA|DC)(?![\p{L}\p{N}])` would find.
 */
import { describe, expect, it } from 'vitest';
import { namedIn } from '@core/insight/reading/mentions';
import type { InsightPerson } from '@core/insight/input';

const PEOPLE: readonly InsightPerson[] = [
  { id: 'ka', label: 'KA', kind: 'adult', dateOfBirth: null, roles: ['mother'], relationships: [] },
  { id: 'dc', label: 'DC', kind: 'adult', dateOfBirth: null, roles: [], relationships: [] },
  { id: 'r', label: 'Ruby', kind: 'child', dateOfBirth: null, roles: [], relationships: [], names: ['Ruby', 'R'] },
];

function byExpression(text: string): string[] {
  const ids: string[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:KA|DC)(?![\p{L}\p{N}])/gu)) {
    const id = match[0] === 'KA' ? 'ka' : 'dc';
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

describe('initials in free text', () => {
  it.each([
    ['DC pushed KA.', ['dc', 'ka']],
    ["KA's partner DC", ['ka', 'dc']],
    ['KAT and ADC and DC1 and 2KA', []],
    ['kA and dc in lower case', []],
    ['éKA and KAé and KA-DC', ['ka', 'dc']],
    ['\u{1D400}KA (a letter outside the first plane) and KA\u{1D400}, then (DC)', ['dc']],
    ['KA\nDC', ['ka', 'dc']],
    ['', []],
  ])('in "%s"', (text, expected) => {
    const ids = [...namedIn(text, PEOPLE)].filter((id) => id !== 'r');
    expect(ids).toEqual(expected);
    expect(ids).toEqual(byExpression(text));
  });
});
