/**
 * wink-nlp (English light model) against compromise on the negation questions the rules ask of
 * the measurement cases' sentences, and how fast each reads 5,000 sentences. Run with
 * `npx tsx test/bench/insight/nlp-compare.ts`; the figures are in the README.
 */
import nlp from 'compromise';
import { negatedSpans } from '@core/insight/reading/negation';
import { wordTester } from '@core/insight/reading/phrases';
import { loadDefaultThresholds } from '@core/insight/thresholds';

const QUESTIONS: readonly (readonly [sentence: string, phrase: string, negated: boolean])[] = [
  ['No injuries seen.', 'injuries', true],
  ['No offences disclosed.', 'disclosed', true],
  ['Ruby seen but not spoken to.', 'seen', false],
  ['SP said MV had not been violent since the summer and she felt the police had overreacted.', 'violent', true],
  ['SP said MV had not been violent since the summer and she felt the police had overreacted.', 'overreacted', false],
  ['NQ denies DA when asked in front of LS.', 'DA', true],
  ['Case remains open, not closed.', 'closed', true],
  ['Denies any thoughts of self-harm.', 'self-harm', true],
  ['TM denies current suicidal intent.', 'suicidal', true],
  ['Call from TM about a verbal argument with the man next door about parking.', 'argument', false],
  ['No DA.', 'DA', true],
  ['KA reports DC threatened to kill her and then smashed the TV during an argument.', 'smashed', false],
  ['DC did not push her, but he smashed the TV.', 'smashed', false],
  ['DC did not push her, but he smashed the TV.', 'push', true],
  ['Ruby was in her bedroom and not seen.', 'bedroom', false],
  ['Routine enquiry about DA not asked as partner present throughout.', 'present', false],
];

const thresholds = loadDefaultThresholds(new URL('../../../templates/', import.meta.url).pathname);
const reading = thresholds.reading!;
const words = {
  trigger: wordTester(reading.negationWords, reading.denialWords),
  denials: new Set(reading.denialWords),
  breakers: new Set(reading.scopeBreakers),
};

function winkSays(sentence: string, phrase: string): boolean {
  const start = sentence.toLowerCase().indexOf(phrase.toLowerCase());
  return negatedSpans(sentence, words).some((span) => span.start < start + phrase.length && span.end > start);
}

/** compromise has no negation scope: the nearest reading is a negative word before the phrase in its clause. */
function compromiseSays(sentence: string, phrase: string): boolean {
  const doc = nlp(sentence);
  for (const clause of doc.clauses().out('array') as string[]) {
    const at = clause.toLowerCase().indexOf(phrase.toLowerCase());
    if (at < 0) continue;
    const before = nlp(clause.slice(0, at));
    return before.has('#Negative') || /\b(denies|denied)\b/i.test(clause.slice(0, at));
  }
  return false;
}

export function compare(): Record<string, unknown> {
  let wink = 0;
  let comp = 0;
  for (const [sentence, phrase, negated] of QUESTIONS) {
    if (winkSays(sentence, phrase) === negated) wink += 1;
    if (compromiseSays(sentence, phrase) === negated) comp += 1;
  }
  const sentences = Array.from(
    { length: 5000 },
    (_, i) => `${QUESTIONS[i % QUESTIONS.length]![0]} Visit ${i} noted no change.`,
  );
  let started = performance.now();
  for (const sentence of sentences) negatedSpans(sentence, words);
  const winkMs = performance.now() - started;
  started = performance.now();
  for (const sentence of sentences) nlp(sentence).clauses().out('array');
  const compromiseMs = performance.now() - started;
  return {
    questions: QUESTIONS.length,
    winkCorrect: wink,
    compromiseCorrect: comp,
    winkMsPer5000Sentences: Math.round(winkMs),
    compromiseMsPer5000Sentences: Math.round(compromiseMs),
  };
}

if (process.argv[1]?.endsWith('nlp-compare.ts')) console.log(compare());
