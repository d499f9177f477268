/**
 * Splitting a registered real name into the parts the anonymiser matches on their own.
 *
 * Policy (why each part is matched):
 * - the full name (titles dropped) and every registered alias/nickname: always, any case;
 * - first name + surname when there are middle names ("Ruby May Ashdown" → "Ruby Ashdown");
 * - first name, each middle name, surname, and each half of a hyphenated surname: on their
 *   own too, because reports say "Kerry said" or "Mrs Ashdown". A part shared by two people
 *   cannot take one pseudonym, so it becomes "[name removed]" / "[family name removed]";
 * - parts that are also everyday English words (May, Will, Rose…) only when written with a
 *   capital, and month names not when they read as a date ("14 June 2019", "June 2019");
 * - single letters (initials) never on their own.
 * Aliases are matched exactly as registered (not split): register "Jay" and "Jay Pike"
 * separately if both are used. Whole words only: "Jay" never matches inside "Jayden".
 */

import { MONTH_NAMES } from '@shared/dates/calendar';

const titles = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'rev',
  'sir',
  'dame',
  'pc',
  'dc',
  'ds',
  'di',
  'dci',
  'sgt',
  'insp',
  'cllr',
]);

/** A title word ("Mrs ", "PC. ") ending just before a name; run on folded text. */
export const titleBefore = new RegExp(`(?:^|[^\\p{L}\\p{N}_])((?:${[...titles].join('|')})\\.?\\s+)$`, 'u');

export function isTitle(word: string): boolean {
  return titles.has(word.toLowerCase().replace(/\.$/, ''));
}

export interface NameParts {
  readonly full: string;
  readonly firstLast: string | null;
  readonly first: string | null;
  readonly middles: readonly string[];
  readonly surnames: readonly string[];
}

export function splitName(realName: string): NameParts {
  const words = realName
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  const full = words.join(' ');
  if (words.length === 1) return { full, firstLast: null, first: words[0]!, middles: [], surnames: [] };
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const middles = words.slice(1, -1);
  const surnames = [last, ...(last.includes('-') ? last.split('-').filter((p) => p.length > 1) : [])];
  return { full, firstLast: middles.length > 0 ? `${first} ${last}` : null, first, middles, surnames };
}

/** Name parts that are also ordinary words: matched only when capitalised. */
const everydayWords = new Set([
  'april',
  'august',
  'june',
  'may',
  'march',
  'summer',
  'autumn',
  'dawn',
  'eve',
  'sunny',
  'sky',
  'river',
  'rose',
  'lily',
  'ivy',
  'holly',
  'iris',
  'daisy',
  'heather',
  'violet',
  'amber',
  'pearl',
  'crystal',
  'ruby',
  'jade',
  'hope',
  'faith',
  'grace',
  'joy',
  'patience',
  'honor',
  'honour',
  'charity',
  'will',
  'mark',
  'bill',
  'jack',
  'frank',
  'rob',
  'nick',
  'pat',
  'sue',
  'don',
  'guy',
  'ray',
  'drew',
  'chase',
  'miles',
  'max',
  'art',
  'gene',
  'carol',
  'lance',
  'rich',
  'young',
  'white',
  'black',
  'brown',
  'green',
  'gray',
  'grey',
  'king',
  'long',
  'little',
  'small',
  'cook',
  'baker',
  'hill',
  'wood',
  'field',
  'north',
  'west',
  'park',
  'bank',
  'hall',
  'page',
  'price',
  'shaw',
  'lane',
  'brook',
  'dean',
  'hunter',
  'mason',
  'carter',
  'wells',
  'rich',
  'happy',
  'hardy',
  'parent',
  'child',
  'baby',
  'bell',
  'sharp',
  'mills',
  'rivers',
  'stone',
  'marsh',
  'moss',
  'fox',
  'lamb',
  'bird',
  'swan',
]);

export function isEverydayWord(part: string): boolean {
  return everydayWords.has(part.toLowerCase());
}

const monthNames: ReadonlySet<string> = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));

export function isMonthName(part: string): boolean {
  return monthNames.has(part.toLowerCase());
}
