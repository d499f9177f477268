/**
 * The leak check: reads the text of a finished publication (as located segments) and lists
 * everything identifying that is still there. A publication export is refused while this
 * returns anything. It runs the same matcher the anonymiser used, on the output, so a name
 * that slipped in by any route (a heading, a table cell, a comment, the document title) is
 * caught where it stands.
 */
import { buildMatcher, type Matcher } from './matcher';
import type { Leak } from '../../shared/domain/people';
import type { AnonymisationRegister, TermKind } from './register';

export interface TextSegment {
  /** Where the text stands, for a person to find it: "Section 'Analysis', paragraph 4". */
  readonly location: string;
  readonly text: string;
}

const kindWords: Readonly<Record<TermKind, string>> = {
  'real-name': 'real name',
  alias: 'alias',
  'first-name': 'first name',
  'middle-name': 'middle name',
  surname: 'surname',
  'date-of-birth': 'date of birth',
  address: 'registered address',
  postcode: 'registered postcode',
  'nhs-number': 'registered NHS number',
  school: 'registered school',
  professional: "registered professional's name",
  other: 'registered identifier',
};

export function findLeaks(
  segments: readonly TextSegment[],
  register: AnonymisationRegister,
  matcher: Matcher = buildMatcher(register),
): Leak[] {
  const pseudonyms = new Map(register.people.map((p) => [p.id, p.pseudonym]));
  const leaks: Leak[] = [];
  for (const segment of segments) {
    for (const match of matcher.find(segment.text)) {
      const { term } = match;
      const owner = term.personId === undefined ? undefined : pseudonyms.get(term.personId);
      const description = owner
        ? `${kindWords[term.kind]} of ${owner}`
        : term.identifierId !== undefined
          ? `${kindWords[term.kind]} "${term.source}"`
          : `${kindWords[term.kind]} shared by more than one person`;
      leaks.push({
        location: segment.location,
        matched: match.text,
        kind: term.kind,
        description,
        ...(term.personId === undefined ? {} : { personId: term.personId }),
        ...(term.identifierId === undefined ? {} : { identifierId: term.identifierId }),
      });
    }
  }
  return leaks;
}
