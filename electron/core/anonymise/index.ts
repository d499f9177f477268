/**
 * Anonymisation: one register of pseudonyms used by every output. Exporters build one
 * `Anonymiser` per export and pass every piece of text through it; the leak check then reads
 * the finished file back (`readDocxSegments`) and `findLeaks` lists anything left.
 */
import { anonymiseText, type AnonymiseOptions } from './anonymise-text';
import { buildMatcher, type Matcher } from './matcher';
import type { AnonymisationRegister } from './register';
import { renderRichText, type OutputMode } from './rich-text';
import type { RichText } from '../../shared/lexical/types';

export interface Anonymiser {
  readonly matcher: Matcher;
  /** Publication text: names → pseudonyms, dates of birth → ages, identifiers redacted. */
  text(text: string): string;
  /** Rich text for output: mentions resolved for the mode, publication text anonymised. */
  richText(richText: RichText, mode: OutputMode): RichText;
}

export function createAnonymiser(register: AnonymisationRegister, options: AnonymiseOptions = {}): Anonymiser {
  const matcher = buildMatcher(register);
  return {
    matcher,
    text: (text) => anonymiseText(text, matcher, options),
    richText: (richText, mode) => renderRichText(richText, mode, { register, matcher, options }),
  };
}

export type { AnonymisationRegister, RegisterPerson, TermKind } from './register';
export type { AnonymiseOptions } from './anonymise-text';
export type { OutputMode } from './rich-text';
export type { TextSegment } from './leaks';
export type { Leak, NameWarning } from '../../shared/domain/people';
export type { DocxSegment } from './docx-segments';
export { buildMatcher, type Matcher } from './matcher';
export { findLeaks } from './leaks';
export { findUnregisteredNames } from './unregistered-names';
export { readDocxSegments } from './docx-segments';
export { anonymiseText } from './anonymise-text';
export { mentionText, isMentionNode, MENTION_NODE_TYPE } from './rich-text';
