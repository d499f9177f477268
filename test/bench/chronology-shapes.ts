/**
 * Synthetic (fictional) 20,000-row agency chronologies in three shapes, shared by the benchmarks:
 *
 * - `varied`: narratives mixing everyday words with a wide made-up vocabulary (the original
 *   benchmark file: every row reads differently).
 * - `template`: what health visiting, school and police returns look like — about 30 words per
 *   row built from each agency's template sentences and a small everyday vocabulary, so most rows
 *   share most of their words with thousands of others.
 * - `long`: narratives of 300+ words (assessments, strategy discussions), drawn with a skewed
 *   word frequency like real prose.
 *
 * None of the shapes holds a true duplicate: the rows are independent draws, so every pair the
 * duplicate sweep proposes on them is a false alarm.
 */
export type ChronologyShape = 'varied' | 'template' | 'long';
export const CHRONOLOGY_SHAPES: readonly ChronologyShape[] = ['varied', 'template', 'long'];

export const HEADER = [
  'Date',
  'Time',
  'Agency',
  'Event type',
  'Summary',
  'Action taken',
  'Outcome',
  'Practitioner',
] as const;

export const AGENCIES = [
  'Westmoor Police',
  "Children's Social Care",
  'Health Visiting',
  'GP Practice',
  'Westmoor Primary School',
];
const TYPES = [
  'Police call-out',
  'Home visit',
  'Telephone call',
  'Referral',
  'Did not attend',
  'Assessment',
  'Meeting',
  'Case closure',
];
export const COMMON = (
  'mother father child sibling partner school nursery visit phone call referral assessment concern injury bruise argument shouting ' +
  'neighbour police officer health visitor doctor appointment missed letter housing tenancy alcohol drugs money debt anxiety ' +
  'sleep feeding weight speech attendance late absent teacher disclosure worried safety plan closure strategy conference'
).split(' ');
/**
 * Case notes use a wide vocabulary; 60 words repeated 20,000 times would make every row look
 * like every other. Mix the common words with 3,000 made-up ones.
 */
export const RARE = Array.from({ length: 3000 }, (_, i) => `w${(i * 7919).toString(36)}`);
export const WORDS = [...COMMON, ...RARE];

/** Deterministic pseudo-random numbers, so every run builds the same file. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

type Next = () => number;
const pickWith =
  (next: Next) =>
  <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)]!;

function dateCell(next: Next): string {
  const pick = pickWith(next);
  const year = 2015 + Math.floor(next() * 8);
  const month = 1 + Math.floor(next() * 12);
  const day = 1 + Math.floor(next() * 28);
  const vague = next();
  // Mostly exact days, with the vague forms agencies send mixed in.
  return vague < 0.8
    ? `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
    : vague < 0.9
      ? `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1]} ${year}`
      : vague < 0.95
        ? `${pick(['Spring', 'Summer', 'Autumn', 'Winter'])} ${year}`
        : `c. ${year}`;
}

function timeCell(next: Next): string {
  return next() < 0.3
    ? `${String(Math.floor(next() * 24)).padStart(2, '0')}:${String(Math.floor(next() * 60)).padStart(2, '0')}`
    : '';
}

export interface Narrative {
  readonly summary: string;
  readonly action: string;
  readonly outcome: string;
}

function variedNarrative(next: Next): Narrative {
  const pick = pickWith(next);
  const sentence = (n: number) => Array.from({ length: n }, () => (next() < 0.4 ? pick(COMMON) : pick(RARE))).join(' ');
  return { summary: `${sentence(14)}, "${sentence(3)}"`, action: sentence(8), outcome: sentence(5) };
}

/** Each agency's template sentences; `{slot}` is filled from SLOTS. */
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  'Westmoor Police': [
    'Officers attended the address after a call from a {who} reporting {noise}. {adult} and the child seen. No offences disclosed.',
    'Welfare check at the address following {reason}. {adult} spoken to. Home conditions {state}. No further action.',
  ],
  "Children's Social Care": [
    'Statutory home visit. Child seen {where}. {adult} present. Home conditions {state}. {feeling}. Plan reviewed.',
    'Telephone call to {adult} about {topic}. {adult} said things were {feeling2}. Next visit booked.',
  ],
  'Health Visiting': [
    'Home visit by health visitor. Child seen and {check}. {adult} reports {topic} is {feeling2}. Home conditions {state}. Next contact in {weeks} weeks.',
    'Clinic attendance. Child {check}. {adult} asked about {topic}. Advice given. {feeling}.',
  ],
  'GP Practice': [
    'Appointment with GP. {adult} attended with the child for {ailment}. Child examined. Advice given. {feeling}.',
    'Repeat prescription issued for {adult}. Medication review due. {feeling}.',
  ],
  'Westmoor Primary School': [
    'Attendance this week {percent}. Child arrived {arrival}. Class teacher reports the child seemed {mood}. {feeling}.',
    'Child {mood} in class today. Lunch {lunch}. {adult} collected the child {arrival}.',
  ],
};

const SLOTS: Readonly<Record<string, readonly string[]>> = {
  who: ['neighbour', 'relative', 'passer-by', 'family friend'],
  noise: ['shouting', 'a raised voice', 'a loud argument', 'a child crying'],
  adult: ['Mother', 'Father', 'Mother and partner', 'Grandmother'],
  reason: ['a request from social care', 'a missed appointment', 'a call about noise', 'a concern from school'],
  state: ['adequate', 'cluttered', 'clean and tidy', 'poor'],
  where: ['alone in the bedroom', 'with mother present', 'in the living room', 'in the garden'],
  feeling: [
    'No concerns raised',
    'Some concerns noted',
    'No safeguarding concerns',
    'Concerns discussed with the family',
  ],
  feeling2: ['settled', 'improving', 'difficult', 'much the same'],
  topic: ['sleep', 'feeding', 'behaviour', 'school attendance', 'money', 'housing'],
  check: ['weighed', 'measured', 'observed playing', 'seen with mother'],
  weeks: ['two', 'four', 'six', 'eight'],
  ailment: ['a cough', 'an ear infection', 'eczema', 'a rash', 'an asthma review', 'a temperature'],
  percent: ['100%', '90%', '80%', '60%'],
  arrival: ['on time', 'late', 'late twice', 'after the register'],
  mood: ['tired', 'happy', 'quiet', 'unsettled', 'hungry'],
  lunch: ['eaten', 'not eaten', 'half eaten'],
};

function fillTemplate(template: string, pick: <T>(list: readonly T[]) => T): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOTS[slot] ?? [slot]));
}

function templateNarrative(next: Next, agency: string): Narrative {
  const pick = pickWith(next);
  const templates = TEMPLATES[agency] ?? TEMPLATES["Children's Social Care"]!;
  return {
    summary: fillTemplate(pick(templates), pick),
    action: fillTemplate(pick(templates).split('. ')[0]!, pick),
    outcome: '',
  };
}

/**
 * Long prose: words drawn with a skewed frequency (a few very common, most rare) from the common
 * words, the made-up vocabulary and connecting words, in sentences of 8–24 words.
 */
const CONNECTING =
  'the and was with that had about said would when she he they not for from after before this there were have been'.split(
    ' ',
  );
function longNarrative(next: Next): Narrative {
  const pick = pickWith(next);
  const word = (): string => {
    const r = next();
    if (r < 0.35) return pick(CONNECTING);
    if (r < 0.6) return pick(COMMON);
    // Skewed over the made-up words: low numbers far more often than high ones.
    return RARE[Math.floor(RARE.length * next() * next() * next())]!;
  };
  const paragraph = (words: number): string => {
    const sentences: string[] = [];
    let written = 0;
    while (written < words) {
      const length = 8 + Math.floor(next() * 17);
      const text = Array.from({ length }, word).join(' ');
      sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
      written += length;
    }
    return sentences.join(' ');
  };
  return { summary: paragraph(260), action: paragraph(40), outcome: paragraph(12) };
}

/** One row's texts in the given shape, written by `agency` (only the template shape reads it). */
function narrativeOf(shape: ChronologyShape, next: Next, agency: string): Narrative {
  if (shape === 'varied') return variedNarrative(next);
  if (shape === 'template') return templateNarrative(next, agency);
  return longNarrative(next);
}

/** The header row and `rows` rows of the given shape. */
export function chronologyRows(shape: ChronologyShape, rows = 20_000): string[][] {
  const next = random(42);
  const pick = pickWith(next);
  const out: string[][] = [[...HEADER]];
  for (let i = 0; i < rows; i += 1) {
    const date = dateCell(next);
    const time = timeCell(next);
    const agency = pick(AGENCIES);
    const type = pick(TYPES);
    const text = narrativeOf(shape, next, agency);
    out.push([
      date,
      time,
      agency,
      type,
      text.summary,
      text.action,
      text.outcome,
      pick(['PC1', 'SW1', 'HV1', 'GP1', 'DSL']),
    ]);
  }
  return out;
}

export function toCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return new Uint8Array(Buffer.from(rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n', 'utf8'));
}

export interface ShapedNarrative extends Narrative {
  readonly agency: string;
}

/** `count` narratives of the given shape, each with the agency that wrote it (for benchmarks that need text, not a file). */
export function shapedNarratives(shape: ChronologyShape, count: number): ShapedNarrative[] {
  const next = random(7);
  const pick = pickWith(next);
  return Array.from({ length: count }, () => {
    const agency = pick(AGENCIES);
    return { agency, ...narrativeOf(shape, next, agency) };
  });
}
