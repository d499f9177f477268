/**
 * Tiny fictional fixtures for the insight rules: the sample family (Ashdown/Croft/Walsh) and a
 * builder for entries with exact or vague dates. Helpers only; no tests here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InsightRuleId, InsightThresholds } from '@shared/domain/insight';
import { parseThresholds } from '@core/insight/thresholds';
import type {
  InsightChildContact,
  InsightDate,
  InsightEntry,
  InsightEntryPerson,
  InsightInput,
  InsightPerson,
  InsightShare,
} from '@core/insight/input';

export const POLICE = 'Westmoor Police';
export const CSC = "Children's Social Care";
export const HV = 'Health Visiting';
export const GP = 'GP Practice';
export const SCHOOL = 'Westmoor Primary School';
export const DAS = 'Domestic Abuse Service';

export const FAMILY: readonly InsightPerson[] = [
  {
    id: 'p-kerry',
    label: 'RM',
    kind: 'adult',
    dateOfBirth: '1994-09-21',
    roles: ['mother'],
    relationships: [{ otherPersonId: 'p-dean', kind: 'partner' }],
  },
  {
    id: 'p-dean',
    label: 'Mr C',
    kind: 'adult',
    dateOfBirth: '1989-04-30',
    roles: ["mother's partner"],
    relationships: [],
  },
  {
    id: 'p-connor',
    label: 'RF',
    kind: 'adult',
    dateOfBirth: '1992-11-02',
    roles: ['father'],
    relationships: [{ otherPersonId: 'p-kerry', kind: 'ex-partner' }],
  },
  // Child R's date of birth is left unknown here so the age rule does not apply to her by default.
  { id: 'p-ruby', label: 'Child R', kind: 'child', dateOfBirth: null, roles: ['subject child'], relationships: [] },
  { id: 'p-leo', label: 'Sibling R', kind: 'child', dateOfBirth: '2015-02-03', roles: ['sibling'], relationships: [] },
  {
    id: 'p-priya',
    label: 'HV1',
    kind: 'professional',
    dateOfBirth: null,
    roles: ['health visitor'],
    relationships: [],
  },
];

/** An exact date as a reviewer might have typed it, or a vague one with its bounds. */
export function day(iso: string): InsightDate {
  const [y, m, d] = iso.split('-');
  return { text: `${d}/${m}/${y}`, earliest: iso, latest: iso };
}

export function vague(text: string, earliest: string, latest: string): InsightDate {
  return { text, earliest, latest };
}

export interface EntryOptions {
  readonly eventType?: string;
  readonly summary?: string;
  readonly text?: string;
  readonly tags?: readonly string[];
  readonly significance?: string;
  readonly people?: readonly (string | InsightEntryPerson)[];
  readonly children?: readonly (Partial<InsightChildContact> & { personId: string })[];
  readonly sharedWith?: readonly { agency: string; date?: string | null }[];
  readonly victimSeenAlone?: boolean | null;
}

export function entry(
  id: string,
  date: string | InsightDate,
  agency: string | null,
  options: EntryOptions = {},
): InsightEntry {
  const sharedWith: InsightShare[] = (options.sharedWith ?? []).map((share) => ({
    agency: share.agency,
    date: share.date === undefined || share.date === null ? null : day(share.date),
  }));
  return {
    id,
    date: typeof date === 'string' ? day(date) : date,
    agency,
    eventType: options.eventType ?? null,
    summary: options.summary ?? `Entry ${id}`,
    text: options.text ?? '',
    tags: options.tags ?? [],
    significance: options.significance ?? null,
    people: (options.people ?? []).map((person) =>
      typeof person === 'string' ? { personId: person, role: null } : person,
    ),
    children: (options.children ?? []).map((child) => ({
      present: null,
      seen: null,
      seenAlone: null,
      spokenTo: null,
      viewsRecorded: null,
      ...child,
    })),
    sharedWith,
    victimSeenAlone: options.victimSeenAlone ?? null,
  };
}

export function input(entries: readonly InsightEntry[], people: readonly InsightPerson[] = FAMILY): InsightInput {
  return { entries, people };
}

const rulesPath = fileURLToPath(new URL('../../../../templates/insight/rules.json', import.meta.url));

/** The shipped defaults, with `change` applied to a fresh copy (for boundary tests). */
export function thresholds(change?: (draft: InsightThresholds) => void): InsightThresholds {
  const draft = parseThresholds(JSON.parse(readFileSync(rulesPath, 'utf8')), rulesPath);
  change?.(draft);
  return draft;
}

type RuleSettings<R extends InsightRuleId> = InsightThresholds['rules'][R];

/** The shipped defaults with one setting of one rule changed: `withSetting('child-seen', 'minContacts', 1)`. */
export function withSetting<R extends InsightRuleId, K extends keyof RuleSettings<R>>(
  ruleId: R,
  setting: K,
  value: RuleSettings<R>[K],
): InsightThresholds {
  return thresholds((draft) => {
    draft.rules[ruleId][setting] = value;
  });
}

/** A domestic abuse incident between RM and Mr C, recorded by `agency`. */
export function incident(
  id: string,
  date: string | InsightDate,
  agency: string,
  options: EntryOptions = {},
): InsightEntry {
  return entry(id, date, agency, {
    eventType: 'domestic abuse incident',
    summary: `Police called to address after incident ${id}`,
    people: ['p-kerry', 'p-dean'],
    ...options,
  });
}
