import type { ChronologyEntry, EventPersonRole, TriState } from '@shared/domain/chronology';
import type { ChronologyEntryPatch } from '@shared/api/chronology';

/** The editable form of an entry's structured fields, as text the reviewer types. */
export interface EntryDraft {
  readonly sourceDocument: string;
  readonly sourceRole: string;
  readonly sourceReference: string;
  readonly analysis: string;
  readonly location: string;
  readonly riskTool: string;
  readonly riskLevel: string;
  readonly tags: string;
  readonly key: boolean;
  readonly people: ReadonlyArray<{ readonly personId: number; readonly role: EventPersonRole }>;
  readonly childContact: ReadonlyArray<{
    /** 0 while no child is chosen; null for "the child (not named)". */
    readonly personId: number | null;
    readonly seen: TriState;
    readonly seenAlone: TriState;
    readonly spokenTo: TriState;
    readonly viewsRecorded: TriState;
  }>;
  readonly sharedWith: ReadonlyArray<{ readonly agency: string; readonly when: string; readonly how: string }>;
}

export function draftFromEntry(entry: ChronologyEntry): EntryDraft {
  return {
    sourceDocument: entry.source.document ?? '',
    sourceRole: entry.source.role ?? '',
    sourceReference: entry.source.reference ?? '',
    analysis: entry.analysis,
    location: entry.location ?? '',
    riskTool: entry.risk?.tool ?? '',
    riskLevel: entry.risk?.level ?? '',
    tags: entry.tags.join(', '),
    key: entry.significance === 'key',
    people: entry.people.map((p) => ({ personId: p.personId, role: p.role })),
    childContact: entry.childContact.map((c) => ({ ...c })),
    sharedWith: entry.sharedWith.map((s) => ({ agency: s.agency, when: s.when?.original ?? '', how: s.how ?? '' })),
  };
}

function blankToNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}

/** The patch for `chronology.update`: every structured field, rows with no agency/person dropped. */
export function patchFromDraft(draft: EntryDraft): ChronologyEntryPatch {
  const seenPeople = new Set<number>();
  const seenChildren = new Set<number | null>();
  const riskLevel = blankToNull(draft.riskLevel);
  return {
    source: {
      document: blankToNull(draft.sourceDocument),
      role: blankToNull(draft.sourceRole),
      reference: blankToNull(draft.sourceReference),
    },
    analysis: draft.analysis,
    location: blankToNull(draft.location),
    risk: riskLevel === null ? null : { tool: blankToNull(draft.riskTool), level: riskLevel },
    tags: [
      ...new Set(
        draft.tags
          .split(/[,;]/)
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      ),
    ],
    significance: draft.key ? 'key' : 'routine',
    // One role per person and one contact record per child: the last choice wins.
    people: draft.people
      .filter((p) => p.personId > 0)
      .reverse()
      .filter((p) => !seenPeople.has(p.personId) && seenPeople.add(p.personId))
      .reverse(),
    childContact: draft.childContact
      .filter((c) => c.personId === null || c.personId > 0)
      .reverse()
      .filter((c) => !seenChildren.has(c.personId) && seenChildren.add(c.personId))
      .reverse(),
    sharedWith: draft.sharedWith
      .filter((s) => s.agency.trim() !== '')
      .map((s) => ({ agency: s.agency.trim(), when: blankToNull(s.when), how: blankToNull(s.how) })),
  };
}
