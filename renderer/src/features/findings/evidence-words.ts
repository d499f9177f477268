import type { EvidenceLink } from '@shared/domain/findings';
import { formatVagueDate, parseVagueDate } from '@shared/dates';

/** A date as the source wrote it, shown in UK form ("12 Sep 2019", "Spring 2020"); as given if it does not read. */
export function ukDate(original: string | null): string {
  if (original === null || original.trim() === '') return '';
  const parsed = parseVagueDate(original);
  return parsed.ok ? formatVagueDate(parsed.value) : original;
}

/** The first words of a text, cut at a word boundary. */
export function openingWords(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

export interface EvidenceLine {
  readonly evidence: EvidenceLink;
  /** "12 Sep 2019" for an entry; empty for an episode. */
  readonly date: string;
  readonly agency: string;
  /** The entry's opening words, or the episode's title. */
  readonly words: string;
  /** Earliest day the date can mean, for ordering; episodes sort after entries. */
  readonly sortKey: string;
}

/**
 * Evidence as a reviewer reads it: date, agency and opening words, in date order — never the
 * entry's number in the database.
 */
export function evidenceLines(evidence: readonly EvidenceLink[]): EvidenceLine[] {
  return evidence
    .map((e): EvidenceLine => {
      if (e.kind === 'episode') return { evidence: e, date: '', agency: '', words: e.label, sortKey: `~${e.label}` };
      const parsed = e.date === null ? null : parseVagueDate(e.date);
      // The label is "date · agency · summary"; the summary is what follows the first two parts.
      const summary = e.label
        .split(' · ')
        .slice(e.agency === null ? 1 : 2)
        .join(' · ');
      return {
        evidence: e,
        date: ukDate(e.date),
        agency: e.agency ?? '',
        words: openingWords(summary),
        sortKey: parsed?.ok === true ? parsed.value.earliest : '9999',
      };
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey));
}
