import type { ChronologyEntryInput } from '../../shared/api/chronology';
import type { ChildContact, EntryPerson, EventPersonRole, TriState } from '../../shared/domain/chronology';
import { addEntry } from '../chronology/entries';
import { createEpisode } from '../chronology/episodes';
import { ensureAgency, findEventTypeId } from '../chronology/lookups';
import { linkDuplicate, recordCandidate } from '../chronology/duplicates';
import type { WritableDb } from '../store/db-types';

/**
 * The sample chronology (wholly fictional): the Ashdown household in Westmoor, 2019–2023, as
 * seven agencies recorded it. It carries the pattern the insight rules look for: repeated
 * police call-outs each handled alone, a case closure nobody else was told about, missed
 * health appointments, "family problems" wording, a separation and reconciliations, a new
 * partner, children seen but not spoken to — and vague dates of every kind.
 */
type Pseudonym = 'Child R' | 'Sibling R' | 'RM' | 'RF' | 'Mr C' | 'MGM';

interface SampleEntry {
  readonly date: string;
  readonly time?: string;
  readonly agency: string;
  readonly type: string;
  readonly summary: string;
  readonly action?: string;
  readonly outcome?: string;
  readonly analysis?: string;
  readonly role?: string;
  readonly key?: boolean;
  readonly people?: readonly [Pseudonym, EventPersonRole][];
  /** [child, seen, seen alone, spoken to, views recorded] */
  readonly children?: readonly [Pseudonym, TriState, TriState, TriState, TriState][];
  readonly shared?: readonly [agency: string, when: string | null, how: string | null][];
  readonly tags?: readonly string[];
}

const POLICE = 'Westmoor Police';
const CSC = "Children's Social Care";
const HV = 'Health Visiting';
const GP = 'GP Practice';
const SCHOOL = 'Westmoor Primary School';
const DAS = 'Domestic Abuse Service';
const HOUSING = 'Housing';

const DA = 'domestic abuse';

const entries: readonly SampleEntry[] = [
  {
    date: '25/06/2019',
    agency: HV,
    type: 'Home visit',
    role: 'HV1',
    summary:
      'New birth visit to RM and Child R at 14 Larkspur Close. Baby feeding well. RM said there had been "a few family problems" with RF lately but did not want to talk about it.',
    action: 'Routine universal plan.',
    people: [
      ['RM', 'present'],
      ['Child R', 'subject'],
    ],
    children: [['Child R', 'yes', 'no', 'no', 'no']],
    tags: ['family problems'],
  },
  {
    date: 'Summer 2019',
    agency: GP,
    type: 'Appointment',
    role: 'GP1',
    summary: 'RM seen for low mood after the birth; described stress at home and poor sleep.',
    action: 'Advised on talking therapies; review in four weeks.',
    people: [['RM', 'subject']],
  },
  {
    date: '12/09/2019',
    time: '23:40',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    key: true,
    summary:
      'Domestic incident at 14 Larkspur Close: neighbour reported shouting. RM had a red mark on her cheek; RF had left before officers arrived. Sibling R asleep upstairs.',
    action: 'DASH risk assessment completed: standard risk. Words of advice.',
    outcome: 'No further police action.',
    people: [
      ['RM', 'victim'],
      ['RF', 'alleged-perpetrator'],
      ['Sibling R', 'present'],
      ['Child R', 'present'],
    ],
    children: [
      ['Sibling R', 'no', 'no', 'no', 'no'],
      ['Child R', 'no', 'no', 'no', 'no'],
    ],
    shared: [[CSC, '14/09/2019', 'MASH notification']],
    tags: [DA],
  },
  {
    date: '16/09/2019',
    agency: CSC,
    type: 'Notification',
    role: 'MASH officer',
    summary: 'Police notification of domestic incident at Larkspur Close received; standard risk.',
    action: 'Information passed to the health visitor for awareness.',
    outcome: 'No further action by social care.',
    shared: [[HV, '16/09/2019', 'email']],
    tags: [DA],
  },
  {
    date: 'Oct 2019',
    agency: HV,
    type: 'Home visit',
    role: 'HV1',
    summary: 'Four-month contact. RF present throughout. RM described the police visit as "a one-off argument".',
    action: 'Routine contact; no further enquiry made.',
    people: [
      ['RM', 'present'],
      ['RF', 'present'],
    ],
    children: [['Child R', 'yes', 'no', 'no', 'no']],
    tags: ['family problems'],
  },
  {
    date: '03/12/2019',
    agency: HV,
    type: 'Did not attend',
    role: 'HV1',
    summary: 'Child R was not brought to the clinic review.',
    action: 'Letter sent offering another appointment.',
    children: [['Child R', 'no', 'no', 'no', 'no']],
  },
  {
    date: 'Early 2020',
    agency: GP,
    type: 'Appointment',
    role: 'GP1',
    summary: 'RM attended with anxiety; said things were "difficult with my partner".',
    action: 'Medication started; no enquiry about domestic abuse recorded.',
    people: [['RM', 'subject']],
  },
  {
    date: '22/02/2020',
    time: '01:15',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    key: true,
    summary:
      'Second domestic incident at Larkspur Close. RF had damaged the front door. RM declined to make a statement. Child R in her cot, crying.',
    action: 'RF removed from the address for the night.',
    outcome: 'No further action: no complainant.',
    people: [
      ['RM', 'victim'],
      ['RF', 'alleged-perpetrator'],
      ['Child R', 'present'],
    ],
    children: [['Child R', 'yes', 'no', 'no', 'no']],
    shared: [[CSC, '24/02/2020', 'MASH notification']],
    tags: [DA],
  },
  {
    date: '24/02/2020',
    agency: CSC,
    type: 'Referral',
    role: 'SW1',
    summary:
      'Notification of the second domestic incident received. Single assessment opened; no strategy discussion held.',
    action: 'Allocated to SW1.',
    tags: [DA],
  },
  {
    date: 'March 2020',
    agency: CSC,
    type: 'Assessment',
    role: 'SW1',
    summary:
      'Single assessment: RM said she has separated from RF and he has moved out. Visits by phone because of lockdown.',
    action: 'Advice given about safety planning.',
    people: [
      ['RM', 'present'],
      ['RF', 'subject'],
    ],
    children: [
      ['Child R', 'no', 'no', 'no', 'no'],
      ['Sibling R', 'no', 'no', 'no', 'no'],
    ],
    tags: ['separation'],
  },
  {
    date: 'c. April 2020',
    agency: CSC,
    type: 'Case closure',
    role: 'SW1',
    key: true,
    summary: 'Case closed: RM reports the relationship is over and the family problems are resolved.',
    outcome: 'Closed with no further action. No closure letter to the health visitor, GP or school.',
    analysis: 'Closure was not communicated to the agencies still seeing the children.',
    tags: ['case closure', 'family problems'],
  },
  {
    date: 'Spring 2020',
    agency: HV,
    type: 'Telephone call',
    role: 'HV1',
    summary: 'Telephone contact because of restrictions. RM said the family problems had settled.',
    children: [['Child R', 'no', 'no', 'no', 'no']],
    tags: ['family problems'],
  },
  {
    date: '05/07/2020',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    summary:
      'Report of an argument on the doorstep at Larkspur Close between RM and RF. RM said they were "sorting things out" and RF had moved back in.',
    action: 'Words of advice.',
    people: [
      ['RM', 'present'],
      ['RF', 'present'],
    ],
    shared: [[CSC, null, null]],
    tags: [DA, 'reconciliation'],
  },
  {
    date: 'Sept 2020',
    agency: SCHOOL,
    type: 'Contact',
    role: 'Class teacher',
    summary: 'Sibling R returned to school after lockdown; attendance since September 82%.',
    children: [['Sibling R', 'yes', 'no', 'yes', 'no']],
  },
  {
    date: '18/11/2020',
    agency: SCHOOL,
    type: 'Disclosure',
    role: 'Teaching assistant',
    key: true,
    summary: 'Sibling R told a teaching assistant that "daddy shouted and broke the telly".',
    action: 'Logged by the designated safeguarding lead; parent spoken to at pick-up.',
    outcome: 'No referral made.',
    children: [['Sibling R', 'yes', 'yes', 'yes', 'yes']],
    tags: [DA],
  },
  {
    date: 'Late 2020',
    agency: GP,
    type: 'Appointment',
    role: 'GP1',
    summary: 'RM said she and RF are back together and things are better.',
    people: [['RM', 'subject']],
    tags: ['reconciliation'],
  },
  {
    date: '14/01/2021',
    time: '22:05',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    key: true,
    summary:
      'Third domestic incident: RM had bruising to her arm. RF arrested for assault; released with no further action after RM withdrew her statement. Both children in the house.',
    action: 'DASH: medium risk. Notification to social care.',
    people: [
      ['RM', 'victim'],
      ['RF', 'alleged-perpetrator'],
      ['Child R', 'present'],
      ['Sibling R', 'present'],
    ],
    children: [
      ['Child R', 'no', 'no', 'no', 'no'],
      ['Sibling R', 'yes', 'no', 'no', 'no'],
    ],
    shared: [
      [CSC, '15/01/2021', 'MASH notification'],
      [DAS, '15/01/2021', 'referral'],
    ],
    tags: [DA],
  },
  {
    date: '18/01/2021',
    agency: CSC,
    type: 'Decision',
    role: 'MASH manager',
    summary:
      'Notification of the third incident screened: threshold for assessment not met; family referred to Early Help.',
    outcome: 'No further action by social care.',
    tags: [DA],
  },
  {
    date: 'Feb 2021',
    agency: DAS,
    type: 'Contact',
    role: 'Outreach worker',
    summary: 'Referral from police. Three telephone calls to RM unanswered.',
    outcome: 'Case closed: unable to engage. Referrer not told.',
    tags: [DA, 'case closure'],
  },
  {
    date: '10/03/2021',
    agency: HOUSING,
    type: 'Contact',
    role: 'Housing officer',
    summary: 'RM asked for a transfer, citing "neighbour disputes" and a broken door.',
    action: 'Transfer application registered; no enquiry about the damage.',
  },
  {
    date: 'c. May 2021',
    agency: HV,
    type: 'Contact',
    role: 'HV1',
    summary: 'RM mentioned a new partner, "Dean", staying most nights.',
    people: [
      ['RM', 'present'],
      ['Mr C', 'subject'],
    ],
    tags: ['new partner'],
  },
  {
    date: '02/06/2021',
    agency: HV,
    type: 'Home visit',
    role: 'HV1',
    summary: 'Two-year review: Child R has limited words. Mr C stayed in the room throughout; RM not seen alone.',
    action: 'Referral to speech and language therapy.',
    people: [
      ['RM', 'present'],
      ['Mr C', 'present'],
    ],
    children: [['Child R', 'yes', 'no', 'no', 'no']],
  },
  {
    date: '21/06/2021',
    agency: HV,
    type: 'Did not attend',
    role: 'HV1',
    summary: 'Child R not brought to the follow-up appointment.',
    children: [['Child R', 'no', 'no', 'no', 'no']],
  },
  {
    date: '15/07/2021',
    agency: HV,
    type: 'Did not attend',
    role: 'HV1',
    summary: 'Child R not brought to the rearranged appointment; no reply to the letter.',
    outcome: 'No further follow-up recorded.',
    children: [['Child R', 'no', 'no', 'no', 'no']],
  },
  {
    date: '09/08/2021',
    time: '20:30',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    key: true,
    summary:
      'Domestic incident: Mr C and RM arguing; Mr C had been drinking. A child heard crying in the background; not seen by officers.',
    action: 'Mr C left voluntarily.',
    people: [
      ['RM', 'victim'],
      ['Mr C', 'alleged-perpetrator'],
      ['Child R', 'present'],
    ],
    children: [['Child R', 'no', 'no', 'no', 'no']],
    shared: [[CSC, '11/08/2021', 'MASH notification']],
    tags: [DA],
  },
  {
    date: '11/08/2021',
    agency: CSC,
    type: 'Notification',
    role: 'MASH officer',
    summary: 'Police notification of domestic incident involving Mr C and RM received; family known.',
    outcome: 'Logged; no further action.',
    tags: [DA],
  },
  {
    date: 'Autumn 2021',
    agency: SCHOOL,
    type: 'Contact',
    role: 'Attendance officer',
    summary: 'Sibling R attendance down to 74%. RM said there were family problems at home.',
    children: [['Sibling R', 'yes', 'no', 'no', 'no']],
    tags: ['family problems'],
  },
  {
    date: '12/10/2021',
    agency: SCHOOL,
    type: 'Contact',
    role: 'Class teacher',
    key: true,
    summary: 'Sibling R arrived with a bruise on his cheek and said he fell off his bike.',
    action: 'Recorded on the school system; no referral.',
    children: [['Sibling R', 'yes', 'no', 'yes', 'no']],
  },
  {
    date: '3rd November 2021',
    agency: GP,
    type: 'Appointment',
    role: 'GP1',
    summary: 'Child R brought by Mr C with a chest infection.',
    people: [['Mr C', 'present']],
    children: [['Child R', 'yes', 'no', 'no', 'no']],
  },
  {
    date: 'Winter 2021/22',
    agency: HOUSING,
    type: 'Letter',
    role: 'Housing officer',
    summary: 'Neighbour complained of noise and shouting at 14 Larkspur Close; tenancy warning letter sent.',
  },
  {
    date: '28/01/2022',
    time: '02:10',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    key: true,
    summary:
      'Mr C arrested after RM reported he had put his hands round her neck. Both children in the house. RM later withdrew her statement.',
    action: 'DASH: high risk. MARAC referral.',
    people: [
      ['RM', 'victim'],
      ['Mr C', 'alleged-perpetrator'],
      ['Child R', 'present'],
      ['Sibling R', 'present'],
    ],
    children: [
      ['Child R', 'yes', 'no', 'no', 'no'],
      ['Sibling R', 'yes', 'no', 'no', 'no'],
    ],
    shared: [
      [CSC, '28/01/2022', 'telephone'],
      [DAS, '29/01/2022', 'MARAC referral'],
    ],
    tags: [DA],
  },
  {
    date: '31/01/2022',
    agency: CSC,
    type: 'Strategy discussion',
    role: 'Team manager',
    key: true,
    summary: 'Strategy discussion between police and social care; health and school not invited.',
    outcome: 'Child and family assessment to start.',
    shared: [[POLICE, '31/01/2022', 'meeting']],
    tags: [DA],
  },
  {
    date: '07/02/2022',
    agency: CSC,
    type: 'Home visit',
    role: 'SW1',
    summary: 'Assessment visit. Both children seen with RM present; Sibling R not spoken to on his own.',
    people: [['RM', 'present']],
    children: [
      ['Child R', 'yes', 'no', 'no', 'no'],
      ['Sibling R', 'yes', 'no', 'no', 'no'],
    ],
  },
  {
    date: '10/03/2022',
    agency: DAS,
    type: 'Meeting',
    role: 'IDVA',
    key: true,
    summary: 'MARAC discussion of RM. Actions: IDVA to contact RM; police to flag the address.',
    shared: [
      [POLICE, '10/03/2022', 'MARAC'],
      [CSC, '10/03/2022', 'MARAC'],
      [HV, '10/03/2022', 'MARAC minutes'],
    ],
    tags: [DA],
  },
  {
    date: 'Mid 2022',
    agency: DAS,
    type: 'Telephone call',
    role: 'IDVA',
    summary: 'Several attempts to reach RM; when reached she said she did not need support.',
    outcome: 'Case closed.',
    tags: [DA, 'case closure'],
  },
  {
    date: '14/04/2022',
    agency: CSC,
    type: 'Case closure',
    role: 'SW1',
    key: true,
    summary: 'Assessment completed: Mr C has moved out and the family problems appear resolved. Case closed.',
    outcome: 'Closure letter to the school only.',
    shared: [[SCHOOL, '19/04/2022', 'letter']],
    tags: ['case closure', 'family problems', 'separation'],
  },
  {
    date: 'c. June 2022',
    agency: HV,
    type: 'Home visit',
    role: 'HV1',
    summary: 'Routine contact; health visitor not aware of the recent social care involvement. Child R seen playing.',
    children: [['Child R', 'yes', 'no', 'no', 'no']],
  },
  {
    date: '19/08/2022',
    time: '21:45',
    agency: POLICE,
    type: 'Police call-out',
    role: 'PC1',
    key: true,
    summary: 'Domestic incident: Mr C back at the address. Both children present and upset.',
    action: 'Mr C arrested; bail conditions not to attend the address.',
    people: [
      ['RM', 'victim'],
      ['Mr C', 'alleged-perpetrator'],
      ['Child R', 'present'],
      ['Sibling R', 'present'],
    ],
    children: [
      ['Child R', 'yes', 'no', 'no', 'no'],
      ['Sibling R', 'yes', 'no', 'yes', 'no'],
    ],
    shared: [[CSC, '20/08/2022', 'MASH notification']],
    tags: [DA, 'reconciliation'],
  },
  {
    date: '22/08/2022',
    agency: CSC,
    type: 'Referral',
    role: 'MASH officer',
    summary: 'Notification received; case closed in April. Referred to Early Help again.',
    tags: [DA],
  },
  {
    date: '?October 2022',
    agency: SCHOOL,
    type: 'Disclosure',
    role: 'Designated safeguarding lead',
    key: true,
    summary: 'Sibling R told his teacher that Mr C "hurts mum" and that he hides with his sister.',
    action: 'Referral to social care the same day.',
    children: [['Sibling R', 'yes', 'yes', 'yes', 'yes']],
    shared: [[CSC, '?October 2022', 'referral form']],
    tags: [DA],
  },
  {
    date: '07/11/2022',
    agency: CSC,
    type: 'Strategy discussion',
    role: 'Team manager',
    key: true,
    summary: 'Strategy discussion with police, school and health: section 47 enquiries to begin.',
    shared: [
      [POLICE, '07/11/2022', 'meeting'],
      [SCHOOL, '07/11/2022', 'meeting'],
      [HV, '07/11/2022', 'meeting'],
    ],
    tags: [DA],
  },
  {
    date: '2023-01-16',
    agency: CSC,
    type: 'Conference',
    role: 'Conference chair',
    key: true,
    summary:
      'Initial child protection conference: both children made subject to plans under the category of emotional abuse.',
    people: [['RM', 'present']],
    shared: [
      [POLICE, '2023-01-16', 'conference'],
      [SCHOOL, '2023-01-16', 'conference'],
      [HV, '2023-01-16', 'conference'],
      [GP, '2023-01-20', 'minutes'],
    ],
    tags: [DA],
  },
  {
    date: 'Jan-Mar 2023',
    agency: HV,
    type: 'Other',
    role: 'Named nurse',
    summary:
      "Records review: three missed appointments in 2021 were not followed up and the MARAC minutes were not added to Child R's record.",
    analysis: 'Learning for the health visiting service.',
  },
];

export function seedChronology(db: WritableDb): void {
  const personIds = new Map<string, number>(
    (db.prepare('SELECT id, pseudonym FROM person').all() as { id: number; pseudonym: string }[]).map((p) => [
      p.pseudonym,
      p.id,
    ]),
  );
  for (const agency of [POLICE, CSC, HV, GP, SCHOOL, DAS, HOUSING]) ensureAgency(db, agency);
  const ids: number[] = [];
  for (const e of entries) {
    // People appear only when the people register has them (the sample builds it first).
    const people: EntryPerson[] = (e.people ?? []).flatMap(([p, role]) =>
      personIds.has(p) ? [{ personId: personIds.get(p)!, role }] : [],
    );
    const childContact: ChildContact[] = (e.children ?? []).flatMap(([p, seen, seenAlone, spokenTo, viewsRecorded]) =>
      personIds.has(p) ? [{ personId: personIds.get(p)!, seen, seenAlone, spokenTo, viewsRecorded }] : [],
    );
    const input: ChronologyEntryInput = {
      date: e.date,
      time: e.time ?? null,
      agency: e.agency,
      source: { role: e.role ?? null },
      eventTypeId: findEventTypeId(db, e.type) ?? null,
      summary: e.summary,
      actionTaken: e.action ?? '',
      outcome: e.outcome ?? '',
      analysis: e.analysis ?? '',
      significance: e.key ? 'key' : 'routine',
      people,
      childContact,
      sharedWith: (e.shared ?? []).map(([agency, when, how]) => ({ agency, when, how })),
      tags: [...(e.tags ?? [])],
    };
    ids.push(addEntry(db, input).id);
  }
  const at = (index: number): number => ids[index]!;

  createEpisode(db, {
    title: 'Three call-outs and a closure (September 2019 – April 2020)',
    periodFrom: 'September 2019',
    periodTo: 'April 2020',
    analysis:
      'Each police call-out was screened on its own. The assessment relied on RM saying the relationship was over, and its closure was not shared with the health visitor or GP.',
    entryIds: [at(2), at(3), at(7), at(8), at(9), at(10)],
  });
  createEpisode(db, {
    title: 'The January 2022 assault and its aftermath (January – August 2022)',
    periodFrom: 'January 2022',
    periodTo: 'August 2022',
    analysis:
      'A high-risk incident led to a strategy discussion without health or school, a MARAC, and a closure four months later that only the school heard about.',
    entryIds: [at(30), at(31), at(32), at(33), at(34), at(35), at(37)],
  });

  // The police record of an incident and social care's record of the notification: one pair
  // linked by the reviewer, one left open for the tour of duplicate handling.
  recordCandidate(db, at(2), at(3), 0.45, 'dates within a few days; police notification and its receipt');
  recordCandidate(
    db,
    at(24),
    at(25),
    0.5,
    "dates within a few days; 50% of the wording in common with Children's Social Care's record",
  );
  const linked = db
    .prepare('SELECT id FROM duplicate_candidate WHERE entry_a = ? AND entry_b = ?')
    .pluck()
    .get(Math.min(at(24), at(25)), Math.max(at(24), at(25))) as number;
  linkDuplicate(db, linked);
}
