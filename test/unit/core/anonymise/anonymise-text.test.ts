import { describe, expect, it } from 'vitest';
import { anonymiseText } from '@core/anonymise/anonymise-text';
import { buildMatcher } from '@core/anonymise/matcher';
import { pikeFamily } from './pike-family';

const matcher = buildMatcher(pikeFamily);
const run = (text: string, ageReferenceDate?: string): string =>
  anonymiseText(text, matcher, ageReferenceDate ? { ageReferenceDate } : {});

describe('anonymiseText: names', () => {
  it.each([
    ['Chloe Pike attended the appointment.', 'PM attended the appointment.'],
    ["Chloe's partner was not seen.", "PM's partner was not seen."],
    ['Chloe’s partner was not seen.', 'PM’s partner was not seen.'],
    ['CHLOE PIKE told the officer', 'PM told the officer'],
    ['chloe pike', 'PM'],
    ['Clo said she was fine', 'PM said she was fine'],
    ['Chloe Morgan (her maiden name) was known to police', 'PM (her maiden name) was known to police'],
    ['Jay was at the address', 'PF was at the address'],
    ["Jay's van", "PF's van"],
    ['Jayden, a friend, visited', 'Jayden, a friend, visited'],
    ['Jase and Jay are the same man', 'PF and PF are the same man'],
    ['Mr Pike declined', '[family name removed] declined'],
    ['Zoe Pike was seen at nursery', 'Child P was seen at nursery'],
    ['Zoë Pike was seen at nursery', 'Child P was seen at nursery'],
    ['ZOË was quiet', 'Child P was quiet'],
    ['Zoe Amelia Pike', 'Child P'],
    ['Amelia was quiet', 'Child P was quiet'],
    ["May O'Brien collected her", 'MGM collected her'],
    ['May O’Brien collected her', 'MGM collected her'],
    ["Mrs O'Brien collected her", 'MGM collected her'],
    ['May collected her on 14 May 2021', 'MGM collected her on 14 May 2021'],
    ['In May 2021 the family moved', 'In May 2021 the family moved'],
    ['You may call Nanna May.', 'You may call MGM.'],
    ['Dr Samuel Okafor saw Zoë', 'GP1 saw Child P'],
    ['Dr Okafor saw her', 'GP1 saw her'],
    ['Sam Okafor wrote', 'GP1 wrote'],
    ['Liam Doyle, known as Lee, moved in', 'Mr D, known as Mr D, moved in'],
    ['Leeds hospital', 'Leeds hospital'],
    ['Bernadette Quill (social worker) visited', '[name removed] (social worker) visited'],
    ['The Pikes moved house', 'The [family name removed] moved house'],
    ['Chloe  Pike', 'PM'],
    ['Chloe\nPike', 'PM'],
  ])('%j → %j', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('replaces longest match first and leaves the rest of the text untouched', () => {
    expect(run('Chloe Pike and Jason Pike; Chloe and Jason; the Pike family.')).toBe(
      'PM and PF; PM and PF; the [family name removed] family.',
    );
  });
});

describe('anonymiseText: dates of birth', () => {
  it.each([
    ['born 09/07/2018', 'born [date of birth removed]'],
    ['born 9/7/2018', 'born [date of birth removed]'],
    ['born 09.07.18', 'born [date of birth removed]'],
    ['born 9 July 2018', 'born [date of birth removed]'],
    ['born 9th July 2018', 'born [date of birth removed]'],
    ['born 9th of Jul 2018', 'born [date of birth removed]'],
    ['born July 9, 2018', 'born [date of birth removed]'],
    ['born 2018-07-09', 'born [date of birth removed]'],
    ['seen on 19/07/2018', 'seen on 19/07/2018'],
    ['ref 109/07/2018', 'ref 109/07/2018'],
  ])('%j → %j', (input, expected) => {
    expect(run(input)).toBe(expected);
  });

  it('turns "DOB …" into an age at the reference date', () => {
    expect(run('Zoë (DOB 09/07/2018)', '2021-07-08')).toBe('Child P (aged 2 years)');
    expect(run('Zoë, date of birth: 9 July 2018,', '2021-07-09')).toBe('Child P, aged 3 years,');
    expect(run('Chloe D.O.B. 05/03/1996', '2023-03-31')).toBe('PM aged 27 years');
    expect(run('Zoë DOB 09/07/2018', '2018-12-01')).toBe('Child P aged 4 months');
  });

  it('removes the DOB phrase when no reference date is given', () => {
    expect(run('Zoë (DOB 09/07/2018)')).toBe('Child P ([date of birth removed])');
  });
});

describe('anonymiseText: identifiers', () => {
  it.each([
    ['Police attended 7 Heron Way, Eastbrook.', 'Police attended [address removed].'],
    ['Police attended 7 Heron Way Eastbrook.', 'Police attended [address removed].'],
    ['a flat on Heron Way', 'a flat on [address removed]'],
    ['7 HERON WAY', '[address removed]'],
    ['Eastbrook Safeguarding Partnership', 'Eastbrook Safeguarding Partnership'],
    ['postcode EB2 9LP', 'postcode [postcode removed]'],
    ['postcode eb29lp', 'postcode [postcode removed]'],
    ['NHS no. 4857773456', 'NHS no. [NHS number removed]'],
    ['NHS no. 485-777-3456', 'NHS no. [NHS number removed]'],
    ['NHS no. 48577734567', 'NHS no. 48577734567'],
    ['started at Eastbrook Infant School', 'started at [school removed]'],
    ['started at Eastbrook Infant', 'started at [school removed]'],
  ])('%j → %j', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});

describe('anonymiseText: pseudonyms are never themselves replaced', () => {
  const childFamily = buildMatcher({
    people: [
      { id: 1, realName: 'Ruby Ashdown', aliases: [], pseudonym: 'Child R', dateOfBirth: null },
      { id: 2, realName: 'Sandra Child', aliases: [], pseudonym: 'MGM', dateOfBirth: null },
      { id: 3, realName: 'Kerry Ashdown', aliases: ['RM Kerry'], pseudonym: 'RM', dateOfBirth: null },
    ],
    identifiers: [],
  });
  it.each([
    ['Child R lived with MGM.', 'Child R lived with MGM.'],
    ['Sandra Child looked after Ruby.', 'MGM looked after Child R.'],
    ['Mrs Child looked after the child.', 'MGM looked after the child.'],
    ['RM Kerry was her nickname', 'RM was her nickname'],
    ['RM said so', 'RM said so'],
  ])('%j → %j', (input, expected) => {
    expect(anonymiseText(input, childFamily)).toBe(expected);
  });
});
