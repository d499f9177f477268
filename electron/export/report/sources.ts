/**
 * Everything a report or briefing is built from, as plain data. `gather.ts` fills it from an open
 * review through each domain's service functions; tests fill it directly. A field is `null` when
 * its domain is not available, and the builder then leaves its blocks out and says so.
 */
import type { ChronologyEntry, KeyPracticeEpisode } from '../../shared/domain/chronology';
import type { Finding } from '../../shared/domain/findings';
import type { CharacteristicRecord, CharacteristicTemplate, Person } from '../../shared/domain/people';
import type { PanelMember } from '../../shared/domain/panel';
import type { Recommendation } from '../../shared/domain/recommendations';
import type { BriefingContent } from '../../shared/domain/report';
import type { ReviewMeta } from '../../shared/domain/review';
import type { RichText } from '../../shared/lexical/types';

export interface ReportSources {
  readonly meta: Pick<
    ReviewMeta,
    'title' | 'kind' | 'partnership' | 'author' | 'status' | 'scopeStart' | 'scopeEnd' | 'termsOfReference'
  >;
  readonly sectionTexts: ReadonlyMap<string, RichText | null>;
  readonly people: readonly Person[] | null;
  readonly characteristics: readonly CharacteristicRecord[] | null;
  readonly characteristicTemplates: readonly CharacteristicTemplate[];
  readonly entries: readonly ChronologyEntry[] | null;
  readonly episodes: readonly KeyPracticeEpisode[] | null;
  readonly findings: readonly Finding[] | null;
  readonly recommendations: readonly Recommendation[] | null;
  /** Members of the review panel, in table order (`null` in files made before the panel was recorded). */
  readonly panel: readonly PanelMember[] | null;
  readonly glossary: { readonly builtIn: ReadonlyMap<string, string>; readonly overrides: ReadonlyMap<string, string> };
  readonly briefing: BriefingContent;
}

/**
 * How text reaches the output. Draft: as written, mentions show real names. Publication: every
 * string passes the anonymiser and mentions show pseudonyms. Builders never see the difference.
 */
export interface OutputText {
  readonly mode: 'draft' | 'publication';
  plain(text: string): string;
  rich(richText: RichText): RichText;
  mention(personId: number, fallback: string): string;
}

/** Draft output: text exactly as the reviewer wrote it. */
export function draftText(people: readonly Pick<Person, 'id' | 'realName'>[]): OutputText {
  const names = new Map(people.map((p) => [p.id, p.realName]));
  return {
    mode: 'draft',
    plain: (text) => text,
    rich: (richText) => richText,
    mention: (personId, fallback) => names.get(personId) ?? fallback,
  };
}
