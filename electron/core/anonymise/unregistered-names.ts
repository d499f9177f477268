/**
 * Likely unregistered names: a capitalised word standing near a family-role word ("her
 * partner Gary", "Mrs Okafor", "Jayden, her son"). It is a heuristic, so these are warnings,
 * not leaks: the reviewer registers the person (or an alias) or dismisses the word, and a
 * dismissal is kept in the review file (`name_warning_dismissal`) so it is not asked again.
 */
import { foldText } from './fold';
import { isMonthName } from './name-parts';
import type { Matcher } from './matcher';
import type { TextSegment } from './leaks';
import type { NameWarning } from '../../shared/domain/people';

/**
 * Words for one particular relative. Generic words ("child", "parent", "baby") are left out on
 * purpose: reviews use them in every heading ("Child Safeguarding Practice Review").
 */
const roleWords = new Set([
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'stepfather',
  'stepmother',
  'stepdad',
  'stepmum',
  'partner',
  'ex-partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'ex-husband',
  'ex-wife',
  'fiance',
  'fiancee',
  'son',
  'daughter',
  'brother',
  'sister',
  'half-brother',
  'half-sister',
  'stepson',
  'stepdaughter',
  'grandmother',
  'grandfather',
  'grandma',
  'grandad',
  'granddad',
  'nan',
  'nana',
  'gran',
  'uncle',
  'aunt',
  'auntie',
  'cousin',
  'nephew',
  'niece',
  'friend',
  'lodger',
  'neighbour',
]);

/** Titles: the word straight after is very likely a surname. */
const titleWords = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Capitalised words that are not names: sentence openers, pronouns, days, services (and months: `isMonthName`). */
const notNames = new Set([
  'i',
  'a',
  'an',
  'the',
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'him',
  'them',
  'we',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'then',
  'when',
  'while',
  'after',
  'before',
  'on',
  'in',
  'at',
  'by',
  'to',
  'for',
  'from',
  'of',
  'and',
  'but',
  'or',
  'with',
  'as',
  'no',
  'not',
  'yes',
  'also',
  'later',
  'however',
  'although',
  'both',
  'all',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'spring',
  'summer',
  'autumn',
  'winter',
  'christmas',
  'easter',
  'police',
  'council',
  'school',
  'nursery',
  'hospital',
  'health',
  'visitor',
  'social',
  'care',
  'services',
  'service',
  'children',
  "children's",
  'gp',
  'practice',
  'court',
  'family',
  'housing',
  'domestic',
  'abuse',
  'safeguarding',
  'partnership',
  'agency',
  'team',
  'unit',
  'department',
  'nhs',
  'a&e',
  'emergency',
  'maternal',
  'paternal',
  'child',
  'sibling',
  'mother',
  'father',
  'partner',
  'baby',
  'english',
  'british',
  'welsh',
  'scottish',
  'irish',
  'review',
  'local',
  'practice',
  'age',
  'role',
  'relationship',
  'pseudonym',
  'section',
  'table',
  'appendix',
  'panel',
  'board',
  'report',
  'findings',
  'finding',
  'recommendation',
  'recommendations',
  'summary',
  'background',
  'introduction',
  'chronology',
  'name',
  'date',
  'source',
  'event',
  'outcome',
  'analysis',
  'learning',
  'key',
  'episode',
  'page',
  'draft',
  'contents',
  'glossary',
  'terms',
  'reference',
  'methodology',
  'involvement',
  'response',
  'action',
  'plan',
  'case',
  'conference',
  'strategy',
  'meeting',
  'referral',
  'assessment',
  'visit',
  'home',
  'office',
  'officer',
  'manager',
]);

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const tokenPattern = /[\p{L}][\p{L}'’-]*|[.;:!?|]/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function bare(word: string): string {
  return foldText(word)
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '');
}

function isCandidate(token: Token): boolean {
  const word = bare(token.text);
  if (!/^\p{Lu}/u.test(token.text)) return false;
  // Short all-capital words are pseudonyms and abbreviations (RM, GP1, HV), not names.
  if (token.text === token.text.toUpperCase() && token.text.length <= 4) return false;
  return !notNames.has(word) && !isMonthName(word) && !roleWords.has(word) && !titleWords.has(word) && word.length >= 2;
}

const isStop = (t: Token): boolean => /^[.;:!?|]$/u.test(t.text);

/** Headings and column headers are Title Case: capitals there say nothing about names. */
function isTitleCase(list: readonly Token[]): boolean {
  const words = list.filter((t) => !isStop(t));
  if (words.length < 3) return false;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return capitalised / words.length >= 0.6;
}

export function findUnregisteredNames(
  segments: readonly TextSegment[],
  matcher: Matcher,
  dismissed: ReadonlySet<string> = new Set(),
): NameWarning[] {
  const warnings: NameWarning[] = [];
  const seen = new Set<string>();
  for (const segment of segments) {
    const registered = matcher.find(segment.text);
    const inRegistered = (t: Token): boolean => registered.some((m) => t.start < m.end && m.start < t.end);
    const list = tokens(segment.text);
    const titleCase = isTitleCase(list);
    const candidates = new Set<number>();
    list.forEach((token, i) => {
      const word = bare(token.text);
      if (titleWords.has(word.replace(/\.$/, ''))) {
        if (list[i + 1] && isCandidate(list[i + 1]!)) candidates.add(i + 1);
        return;
      }
      if (!roleWords.has(word) || titleCase) return;
      // Look a few words after ("her partner, Gary") and before ("Gary, her partner").
      for (let j = i + 1; j <= i + 3 && j < list.length && !isStop(list[j]!); j++)
        if (isCandidate(list[j]!)) candidates.add(j);
      for (let j = i - 1; j >= i - 3 && j >= 0 && !isStop(list[j]!); j--) if (isCandidate(list[j]!)) candidates.add(j);
    });
    for (const index of [...candidates].sort((a, b) => a - b)) {
      const token = list[index]!;
      // A sentence's first word is capitalised anyway: trust it only as "Gary, her partner".
      const previous = list[index - 1];
      const sentenceStart = previous === undefined || isStop(previous);
      if (sentenceStart && segment.text[token.end] !== ',') continue;
      if (inRegistered(token)) continue;
      const key = bare(token.text);
      if (dismissed.has(key)) continue;
      const name = token.text.replace(/['’]s$/u, '').replace(/['’]$/u, '');
      const dedupe = `${segment.location}\u0000${key}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const context = segment.text
        .slice(Math.max(0, token.start - 40), Math.min(segment.text.length, token.end + 40))
        .trim();
      warnings.push({ location: segment.location, name, key, context });
    }
  }
  return warnings;
}
