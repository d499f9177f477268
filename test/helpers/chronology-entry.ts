/**
 * Chronology entries as the API hands them to the renderer, for tests of code that only reads
 * them (grid cells, the reading pane, the entry editor): a routine Westmoor Police entry with
 * nothing else recorded, and the fields a test is about set on top.
 */
import { parseVagueDate } from '@shared/dates';
import type { ChronologyEntry, VagueDate } from '@shared/domain/chronology';

/** A date as a reviewer writes it ("Spring 2021", "03/02/2021"); text that is no date is a mistake in the test. */
export function vagueDate(text: string): VagueDate {
  const parsed = parseVagueDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

export function chronologyEntry(
  fields: Partial<ChronologyEntry> & Pick<ChronologyEntry, 'id' | 'date'>,
): ChronologyEntry {
  return {
    time: null,
    endDate: null,
    agencyId: 1,
    agency: 'Westmoor Police',
    source: { document: null, role: null, reference: null },
    eventTypeId: null,
    eventType: null,
    summary: '',
    actionTaken: '',
    outcome: '',
    analysis: '',
    location: null,
    risk: null,
    extraFields: [],
    people: [],
    childContact: [],
    sharedWith: [],
    tags: [],
    significance: 'routine',
    episodeIds: [],
    provenance: null,
    linkedEntryIds: [],
    ...fields,
  };
}
