/** The People area: the register, one person's page, characteristics and identifiers. */
import type { Locator, Page } from 'playwright-core';

export interface PersonFields {
  readonly name: string;
  readonly pseudonym: string;
  readonly role: string;
  /** As typed in the date field (ISO). */
  readonly dob?: string;
}

/** Adds a person with the register's form and waits for their page. */
export async function addPerson(page: Page, person: PersonFields): Promise<void> {
  await page.getByRole('button', { name: 'Add a person' }).click();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Add person' }) });
  await form.getByLabel('Real name').fill(person.name);
  await form.getByLabel('Pseudonym').fill(person.pseudonym);
  await form.getByLabel('Role').fill(person.role);
  if (person.dob) await form.getByLabel('Date of birth (if known)').fill(person.dob);
  await form.getByRole('button', { name: 'Add person' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Added ${person.pseudonym}` })
    .waitFor();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${person.pseudonym} \\(`) }).waitFor();
}

/** One protected characteristic's group on a person's page (e.g. 'Religion or belief'). */
export const characteristic = (page: Page, name: string) => page.getByRole('group', { name });

/**
 * Registers `person` in the People area, then puts the caret in the Overview's terms of reference,
 * ready for the reviewer to type a mention of them. Returns that editor.
 */
export async function termsEditorKnowing(page: Page, person: PersonFields): Promise<Locator> {
  await page.getByRole('link', { name: 'People' }).click();
  await addPerson(page, person);
  await page.getByRole('link', { name: 'Overview' }).click();
  const editor = page.getByRole('textbox', { name: 'Terms of reference' });
  await editor.click();
  return editor;
}
