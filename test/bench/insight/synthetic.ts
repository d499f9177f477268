/**
 * A synthetic 20,000-entry chronology for the insight speed benchmark: one family over ten years,
 * five agencies, 60% short template-like entries (as case-management systems export them, mostly
 * routine, about 2% a closure) and 40% long free-text narratives of 5–12 sentences drawn from a
 * pool, with the wording the rules look for scattered through both, negations and reflexive
 * threats included. Numbers vary inside sentences so not every sentence repeats.
 */
import type { InsightEntry, InsightInput, InsightPerson } from '@core/insight/input';
import { AGENCIES, shapedNarratives, type ChronologyShape } from '../chronology-shapes';

/** Routine entries outnumber the rest, as in real returns; about 2% record a closure or a decision. */
const TEMPLATES = [
  'Home visit. Mum and baby seen. Growing well.',
  'Home visit. Mum and baby seen. Growing well.',
  'Appointment attended. Routine review, no change to plan.',
  'Telephone call to KA to rebook the appointment.',
  'Letter sent re next appointment.',
  'School attendance 96% this term.',
  'Immunisations given. Next due at 12 months.',
  'Child seen and spoken to alone; said she is happy at home.',
  'Attended clinic with baby; weight on the 50th centile.',
  'Reading record signed; homework completed.',
  'Parents evening attended by KA.',
  'Medication review by telephone.',
  'DNA.',
  'WNB to clinic.',
  'Police attended following a verbal argument between KA and DC. No injuries seen.',
  'KA attended with DC, who answered on her behalf.',
  'Referral received and allocated to the duty worker.',
  'Core group meeting held; plan reviewed.',
  'Nursery report: settled and making friends.',
  'Dental check, no treatment needed.',
  'Housing repair reported for the kitchen window.',
  'Support call with KA about budgeting.',
  'Letter from the hospital with clinic results.',
  'Growth chart updated.',
  'Case closed.',
];

const SENTENCES = [
  'Officers attended the address at %n hours after a neighbour reported shouting.',
  'KA stated that DC had pushed her against the kitchen door and she had a red mark to her arm.',
  'DC was not present on arrival and no injuries were seen.',
  'The children were asleep upstairs and were not spoken to.',
  'DC threatened to kill himself during the call and was taken to hospital.',
  'KA said the argument was a one-off and that she had overreacted.',
  'Ruby was seen in her bedroom but not spoken to alone.',
  'The worker discussed the safety plan and KA agreed to a referral to the IDVA service.',
  'KA reports DC threatened to kill her if she left him.',
  'There were %n empty cans of lager in the living room.',
  'The family were reminded of the importance of attending the %n week check.',
  'KA and DC have separated and DC is staying with his mother.',
  'KA said they are back together and things are much better.',
  'No concerns were raised by the school about attendance this term.',
  'KA did not disclose any concerns when asked about home.',
  'The home was clean and tidy and there was food in the fridge.',
  'Ruby showed the worker her drawings and talked about her friends at school.',
  'The worker explained the purpose of the visit and the plan for the next %n weeks.',
  'KA said money was tight and she had been to the food bank twice this month.',
  'The baby was feeding well and gaining weight, %n grams since the last visit.',
  'KA has started a college course two mornings a week.',
  'The school nurse will see Ruby again in %n weeks.',
  'DC was at work during the visit.',
  'KA asked for help with a housing application and forms were completed together.',
];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function day(offset: number): string {
  return new Date(Date.UTC(2014, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}

export function syntheticInput(count = 20_000): InsightInput {
  const random = seeded(20_000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const people: InsightPerson[] = [
    {
      id: '1',
      label: 'KA',
      kind: 'adult',
      dateOfBirth: null,
      roles: ['mother'],
      relationships: [{ otherPersonId: '2', kind: 'partner-of' }],
    },
    { id: '2', label: 'DC', kind: 'adult', dateOfBirth: null, roles: ["mother's partner"], relationships: [] },
    { id: '3', label: 'Ruby', kind: 'child', dateOfBirth: '2012-03-01', roles: ['subject child'], relationships: [] },
  ];
  const entries: InsightEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    let summary: string;
    if (random() < 0.6) summary = pick(TEMPLATES);
    else {
      const sentences: string[] = [];
      const length = 5 + Math.floor(random() * 8);
      for (let s = 0; s < length; s += 1)
        sentences.push(pick(SENTENCES).replace('%n', String(1 + Math.floor(random() * 90))));
      summary = sentences.join(' ');
    }
    // The agency is drawn after the words, as it always was: the chronology must not change.
    entries.push(wordsOnlyEntry(i, count, pick(AGENCIES), summary, ''));
  }
  return { entries, people };
}

/**
 * `count` entries in one of the shared benchmark text shapes (`../chronology-shapes.ts`: varied
 * narratives, template-like returns, long prose), read by insight as an agency would send them:
 * summary, action and outcome as the entry's text, dates spread over ten years, the same family.
 */
export function shapedInput(shape: ChronologyShape, count = 20_000): InsightInput {
  const people = syntheticInput(0).people;
  const entries = shapedNarratives(shape, count).map((narrative, i) =>
    wordsOnlyEntry(
      i,
      count,
      narrative.agency,
      narrative.summary,
      [narrative.action, narrative.outcome].filter((part) => part !== '').join('\n'),
    ),
  );
  return { entries, people };
}

/** Entry `i` of `count`, dated evenly over ten years: words only, as most agency returns are. */
function wordsOnlyEntry(i: number, count: number, agency: string, summary: string, text: string): InsightEntry {
  const date = day(Math.floor((i / count) * 3650));
  return {
    id: String(i + 1),
    date: { text: date.split('-').reverse().join('/'), earliest: date, latest: date },
    agency,
    eventType: null,
    summary,
    text,
    tags: [],
    significance: 'routine',
    people: [],
    children: [],
    sharedWith: [],
    victimSeenAlone: null,
  };
}
