/** The Insight area: patterns (strongest first), their evidence, dismissals and thresholds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Call } from './review';

const caseDir = fileURLToPath(new URL('../../fixtures/insight/cases/larkspur/', import.meta.url));

interface CaseFile {
  readonly people: readonly {
    key: string;
    realName: string;
    pseudonym: string;
    category?: string;
    role?: string;
    aliases?: string[];
    dateOfBirth?: string;
  }[];
  readonly relationships: readonly { from: string; to: string; kind: string }[];
  readonly files: readonly { file: string; agency: string; mapping: Record<string, string> }[];
}

/**
 * The Larkspur case: four agencies' free-text returns (police log, health visiting notes, social
 * care case notes, GP consultations: no event-type column) imported through the real import
 * service as the import screen sends it, and the family in the people register.
 */
export async function addLarkspurCase(call: Call): Promise<void> {
  const spec = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as CaseFile;
  const ids = new Map<string, number>();
  for (const person of spec.people) {
    const added = (await call('people.add', {
      ...person,
      aliases: person.aliases ?? [],
      dateOfBirth: person.dateOfBirth ?? null,
    })) as { id: number };
    ids.set(person.key, added.id);
  }
  for (const link of spec.relationships)
    await call('people.addRelationship', { from: ids.get(link.from), to: ids.get(link.to), kind: link.kind });
  for (const { file, agency, mapping } of spec.files) {
    await call('chronology.importApply', {
      fileName: file,
      bytesBase64: readFileSync(join(caseDir, file)).toString('base64'),
      agency,
      mapping,
    });
  }
}

/** One pattern's card, by its accessible name (rule, people or agency, and count). */
export const pattern = (page: Page, name: RegExp) => page.getByRole('article', { name });
