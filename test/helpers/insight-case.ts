/**
 * The insight cases (`test/fixtures/insight/cases/<name>/`): a folder of agency spreadsheets as the
 * agencies wrote them (free text, no event-type column) and a `case.json` with the people register,
 * the columns to map, and (for the measurement cases) the answer key.
 *
 * `addInsightCase` puts a case into an open review the way a reviewer would: people added through
 * the API, then each agency file through the real import, as the import screen sends it. The
 * benchmark, the golden-pattern test and the end-to-end Insight test all start from it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InsightCasePerson {
  /** The name `relationships` use for this person inside case.json. */
  readonly key: string;
  readonly realName: string;
  readonly pseudonym: string;
  readonly aliases?: readonly string[];
  readonly category: 'family' | 'household' | 'professional';
  readonly role: string;
  readonly relationshipToChild: string;
  readonly dateOfBirth?: string;
}

export interface InsightCaseFile {
  readonly file: string;
  readonly agency: string;
  /** The columns the reviewer maps for this agency when its header is not recognised. */
  readonly mapping?: Record<string, string>;
}

/** What every case.json holds; measurement cases add their answer key. */
export interface InsightCase {
  readonly title: string;
  readonly files: readonly InsightCaseFile[];
  readonly people: readonly InsightCasePerson[];
  readonly relationships: readonly { readonly from: string; readonly to: string; readonly kind: string }[];
}

/** A call into the review's API (the dispatcher, or the browser edition's bridge). */
export type CaseCall = (method: string, args: unknown) => Promise<unknown>;

/** The case.json of the case in `dir`. */
export function readInsightCase<C extends InsightCase = InsightCase>(dir: string): C {
  return JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as C;
}

/**
 * Adds the case's people and relationships, then imports each agency file in case.json's order;
 * `onImported` runs after each file, before the next is imported.
 */
export async function addInsightCase(
  call: CaseCall,
  dir: string,
  spec: InsightCase,
  onImported: (file: InsightCaseFile) => void = () => undefined,
): Promise<void> {
  const personIds = new Map<string, number>();
  for (const person of spec.people) {
    const added = (await call('people.add', {
      realName: person.realName,
      pseudonym: person.pseudonym,
      aliases: person.aliases ?? [],
      category: person.category,
      role: person.role,
      relationshipToChild: person.relationshipToChild,
      dateOfBirth: person.dateOfBirth ?? null,
    })) as { id: number };
    personIds.set(person.key, added.id);
  }
  for (const relationship of spec.relationships) {
    await call('people.addRelationship', {
      from: personIds.get(relationship.from),
      to: personIds.get(relationship.to),
      kind: relationship.kind,
    });
  }
  for (const file of spec.files) {
    await call('chronology.importApply', {
      fileName: file.file,
      bytesBase64: readFileSync(join(dir, file.file)).toString('base64'),
      agency: file.agency,
      mapping: file.mapping,
    });
    onImported(file);
  }
}
