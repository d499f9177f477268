/**
 * A fictional family for anonymisation tests, chosen to exercise the hard cases: aliases that
 * are prefixes of other names (Jay / Jayden), accents (Zoë), apostrophes (O'Brien), a first
 * name that is an everyday word and a month (May), a shared surname (Pike), professionals
 * with titles, and identifiers written in several ways.
 */
import type { AnonymisationRegister } from '@core/anonymise/register';

export const pikeFamily: AnonymisationRegister = {
  people: [
    { id: 1, realName: 'Chloe Pike', aliases: ['Clo', 'Chloe Morgan'], pseudonym: 'PM', dateOfBirth: '1996-03-05' },
    { id: 2, realName: 'Jason Pike', aliases: ['Jay', 'Jase'], pseudonym: 'PF', dateOfBirth: '1990-12-01' },
    { id: 3, realName: 'Zoë Amelia Pike', aliases: [], pseudonym: 'Child P', dateOfBirth: '2018-07-09' },
    { id: 4, realName: "May O'Brien", aliases: ['Nanna May'], pseudonym: 'MGM', dateOfBirth: null },
    { id: 5, realName: 'Dr Samuel Okafor', aliases: ['Sam Okafor'], pseudonym: 'GP1', dateOfBirth: null },
    { id: 6, realName: 'Liam Doyle', aliases: ['Lee'], pseudonym: 'Mr D', dateOfBirth: '1988-01-20' },
  ],
  identifiers: [
    { id: 1, text: '7 Heron Way, Eastbrook', kind: 'address' },
    { id: 2, text: 'EB2 9LP', kind: 'postcode' },
    { id: 3, text: '485 777 3456', kind: 'nhs-number' },
    { id: 4, text: 'Eastbrook Infant School', kind: 'school' },
    { id: 5, text: 'Bernadette Quill', kind: 'professional' },
  ],
};
