/**
 * Reading who is who on an entry: family adults, children, victims and their partners.
 * Roles and relationship kinds are compared against the data file's lists, never hard-coded.
 */
import type { InsightThresholds } from '../../shared/domain/insight';
import { inList } from './match';
import type { InsightEntry, InsightPerson } from './input';
import { perPair, remembered } from './memo';

type Vocabulary = InsightThresholds['vocabulary'];

/** People the entry places at the contact (not those it only mentions). */
export function presentPersonIds(entry: InsightEntry, vocabulary: Vocabulary): Set<string> {
  const ids = new Set<string>();
  for (const person of entry.people) {
    if (!inList(person.role, vocabulary.notPresentRoles)) ids.add(person.personId);
  }
  for (const child of entry.children) {
    if (child.present !== false) ids.add(child.personId);
  }
  return ids;
}

/** Family adults named on the entry (any role), sorted by id. */
export function familyAdultIds(entry: InsightEntry, index: ReadonlyMap<string, InsightPerson>): string[] {
  const ids = new Set<string>();
  for (const person of entry.people) {
    if (index.get(person.personId)?.kind === 'adult') ids.add(person.personId);
  }
  return [...ids].sort();
}

const familyCache = new WeakMap<ReadonlyMap<string, InsightPerson>, WeakMap<InsightEntry, ReadonlySet<string>>>();

/** Family members (adults and children) named on the entry; remembered per people index. */
export function familyIds(entry: InsightEntry, index: ReadonlyMap<string, InsightPerson>): ReadonlySet<string> {
  return perPair(familyCache, index, entry, () => collectFamilyIds(entry, index));
}

function collectFamilyIds(entry: InsightEntry, index: ReadonlyMap<string, InsightPerson>): Set<string> {
  const ids = new Set<string>();
  for (const person of entry.people) {
    const kind = index.get(person.personId)?.kind;
    if (kind === 'adult' || kind === 'child') ids.add(person.personId);
  }
  for (const child of entry.children) ids.add(child.personId);
  return ids;
}

export function isVictim(person: InsightPerson, vocabulary: Vocabulary): boolean {
  return person.kind === 'adult' && person.roles.some((role) => inList(role, vocabulary.victimRoles));
}

const partnerCache = new WeakMap<readonly InsightPerson[], WeakMap<Vocabulary, Map<string, ReadonlySet<string>>>>();

/**
 * The people the register records as the person's partners (either direction). Asked for every
 * text that says "her partner": worked out once per person, register and vocabulary.
 */
export function partnersOf(
  personId: string,
  people: readonly InsightPerson[],
  vocabulary: Vocabulary,
): ReadonlySet<string> {
  const byPerson = perPair(partnerCache, people, vocabulary, () => new Map<string, ReadonlySet<string>>());
  return remembered(byPerson, personId, () => findPartners(personId, people, vocabulary));
}

function findPartners(personId: string, people: readonly InsightPerson[], vocabulary: Vocabulary): Set<string> {
  const partners = new Set<string>();
  for (const person of people) {
    for (const relationship of person.relationships) {
      if (!inList(relationship.kind, vocabulary.partnerRelationships)) continue;
      if (person.id === personId) partners.add(relationship.otherPersonId);
      if (relationship.otherPersonId === personId) partners.add(person.id);
    }
  }
  partners.delete(personId);
  return partners;
}

/** All pairs from a sorted list of ids, as "a|b" keys. */
export function pairsOf(ids: readonly string[]): Array<readonly [string, string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) pairs.push([ids[i]!, ids[j]!] as const);
  }
  return pairs;
}

const indexCache = new WeakMap<readonly InsightPerson[], ReadonlyMap<string, InsightPerson>>();

/** People by id; one map per people list, so per-entry caches keyed on it are shared by all rules. */
export function personIndex(people: readonly InsightPerson[]): ReadonlyMap<string, InsightPerson> {
  return remembered(indexCache, people, () => new Map(people.map((person) => [person.id, person])));
}
