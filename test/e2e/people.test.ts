import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/api/dispatcher';
import { expectNoAxeViolations, startBrowserApp } from './harness';
import { addPerson, termsEditorKnowing } from './pages/people';
import { openArea, startWithNewReview } from './pages/review';

describe('browser edition: people, protected characteristics and mentions', () => {
  it('registers people, records characteristics, shows completeness, identifiers and name warnings', async () => {
    const { page } = await startWithNewReview('Child Z');
    await openArea(page, 'People');
    await expectNoAxeViolations(page);

    await addPerson(page, { name: 'Kerry Ashdown', pseudonym: 'RM', role: 'mother', dob: '1994-09-21' });
    const alias = page.getByLabel('Add alias');
    await alias.fill('Kez');
    await alias.press('Enter');
    await page.getByRole('button', { name: 'Remove alias Kez' }).waitFor();
    await page.getByText(/Age at \d{1,2} [A-Z][a-z]+ \d{4}: \d+ years\./).waitFor();
    await expectNoAxeViolations(page);

    // State first, value only when recorded; the Wales list puts Welsh first.
    const race = page.getByRole('group', { name: 'Race (ethnic group)' });
    await race.getByLabel('What is known').selectOption('recorded');
    await page.getByLabel('Ethnicity list').selectOption('wales');
    await expect
      .poll(() => race.getByLabel('Value').locator('option[value="white-british"]').textContent())
      .toBe('Welsh, English, Scottish, Northern Irish or British');
    // The Welsh questionnaire's headings name Asian Welsh and Black Welsh.
    await expect
      .poll(() => race.getByLabel('Value').locator('optgroup[label="Asian, Asian Welsh or Asian British"]').count())
      .toBe(1);
    await expect
      .poll(() =>
        race
          .getByLabel('Value')
          .locator('optgroup[label="Black, Black Welsh, Black British, Caribbean or African"]')
          .count(),
      )
      .toBe(1);
    await race.getByLabel('Value').selectOption('white-british');
    await race.getByLabel('Source').fill('GP records');
    const religion = page.getByRole('group', { name: 'Religion or belief' });
    await religion.getByLabel('What is known').selectOption('declined');
    await expect.poll(() => religion.getByLabel('Value').count()).toBe(0);
    // The reviewer's own words beside the state, kept out of published documents.
    await religion.getByLabel('Detail (optional)').fill('Said her faith was a private matter');
    // One save for every characteristic changed.
    await page.getByRole('button', { name: 'Save characteristics (2 changed)' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: Race (ethnic group), Religion or belief' }).waitFor();
    await expectNoAxeViolations(page);

    await addPerson(page, { name: 'Ruby Ashdown', pseudonym: 'Child R', role: 'subject child', dob: '2019-06-14' });
    await page.getByRole('button', { name: 'Edit RM (Kerry Ashdown)' }).click();
    await expect
      .poll(() => page.getByRole('group', { name: 'Religion or belief' }).getByLabel('Detail (optional)').inputValue())
      .toBe('Said her faith was a private matter');
    const relationship = page.getByRole('form', { name: 'Add a relationship for RM' });
    await relationship.getByLabel('Relationship').selectOption('parent-of');
    await relationship.getByLabel('Other person').selectOption({ label: 'Child R (Ruby Ashdown)' });
    await relationship.getByRole('button', { name: 'Add relationship' }).click();
    await page.getByText('RM is parent of Child R').waitFor();

    await page.getByRole('tab', { name: 'Protected characteristics' }).click();
    await page
      .getByText('Religion or belief recorded for 0 of 2 family members (1 declined, 1 not yet entered).')
      .waitFor();
    await page.getByText('Race (ethnic group) recorded for 1 of 2 family members (1 not yet entered).').waitFor();
    // Child R is under 16: sexual orientation, gender identity and legal partnership status.
    await expect.poll(() => page.getByRole('table').getByText('Not applicable: under 16').count()).toBe(3);
    await expectNoAxeViolations(page);

    // Arrow keys move between tabs.
    await page.getByRole('tab', { name: 'Protected characteristics' }).press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tab', { name: 'Identifiers to redact' }).getAttribute('aria-selected'))
      .toBe('true');
    await page.getByLabel('Identifier', { exact: true }).fill('14 Larkspur Close, Westmoor');
    await page.getByLabel('Kind').selectOption('address');
    await page.getByRole('button', { name: 'Add identifier' }).click();
    await page.getByRole('cell', { name: '14 Larkspur Close, Westmoor', exact: true }).waitFor();
    await expectNoAxeViolations(page);

    // A name near a family-role word in the review's text is flagged, then dismissed for good.
    await page.getByRole('link', { name: 'Overview' }).click();
    const editor = page.getByRole('textbox', { name: 'Terms of reference' });
    await editor.click();
    await page.keyboard.type('Her partner Gary was not known to agencies.');
    await page.getByLabel('Lead reviewer').click();
    await page.getByRole('status').filter({ hasText: 'Terms of reference saved' }).waitFor();
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('tab', { name: 'Possible unregistered names' }).click();
    await page.getByRole('button', { name: 'Not a name: dismiss Gary' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Not a name: dismiss Gary' }).click();
    await page.getByText('No possible unregistered names found.').waitFor();
  });

  it('inserts a mention with @, deletes it as one unit, and keeps it through cut and paste', async () => {
    const { page } = await startWithNewReview('Child M');
    // The editor saves 600 ms after the last keystroke; each step below runs inside that pause.
    const editor = await termsEditorKnowing(page, { name: 'Zoë Pike', pseudonym: 'Child P', role: 'subject child' });
    await page.keyboard.type('Seen with @zoe');
    const option = page.getByRole('option', { name: 'Zoë Pike (Child P)' });
    await option.waitFor();
    // The menu is a listbox the editor points at, with the first option active.
    await expect.poll(() => page.locator('#typeahead-menu').getAttribute('role')).toBe('listbox');
    await expect.poll(() => editor.getAttribute('aria-controls')).toBe('typeahead-menu');
    await expect.poll(() => editor.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    const mention = editor.locator('.cw-mention');
    await expect.poll(() => mention.textContent()).toBe('Zoë Pike');
    await expect.poll(() => mention.getAttribute('data-person-id')).toMatch(/^\d+$/);
    await page.keyboard.type('today');
    await expect.poll(() => editor.innerText()).toBe('Seen with Zoë Pike today');

    // Backspace over "today" and the space, then once more: the whole mention goes at once.
    for (let i = 0; i < 'today'.length + 1; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => mention.count()).toBe(1);
    await page.keyboard.press('Backspace');
    await expect.poll(() => mention.count()).toBe(0);
    await expect.poll(() => editor.innerText()).toMatch(/^Seen with\s*$/);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => mention.count()).toBe(1);

    // Cut everything and paste it back: the mention returns as a mention, not as plain text.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+X');
    await expect.poll(() => mention.count()).toBe(0);
    await page.keyboard.press('Control+V');
    await expect.poll(() => mention.count()).toBe(1);
    await expect.poll(() => mention.textContent()).toBe('Zoë Pike');

    // Saved with the person's id; the page passes axe with the mention in place.
    await page.getByLabel('Lead reviewer').click();
    await page.getByRole('status').filter({ hasText: 'Terms of reference saved' }).waitFor();
    await expectNoAxeViolations(page);
  });

  it('shows the sample family on every people screen without accessibility violations', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    const dispatch = createDispatcher(app.edition.app, () => undefined);
    const opened = (await dispatch({ method: 'review.openSample', args: {} } as never)) as {
      ok: true;
      result: { reviewId: string };
    };
    await page.goto(`${app.url}/#/review/${encodeURIComponent(opened.result.reviewId)}/people`);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('button', { name: 'Edit Mr C (Dean Croft)' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Edit Mr C (Dean Croft)' }).click();
    await page.getByText('RM is partner of Mr C from 1 March 2021').waitFor();
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 2, name: /^Mr C/ }).evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: 'Protected characteristics' }).click();
    await page
      .getByText('Religion or belief recorded for 1 of 6 family members (2 not asked, 3 not recorded by agencies).')
      .waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: 'Identifiers to redact' }).click();
    await page.getByRole('cell', { name: 'WM4 7QT', exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('tab', { name: 'Possible unregistered names' }).click();
    await page.getByRole('heading', { level: 2, name: 'Possible unregistered names' }).waitFor();
    await expectNoAxeViolations(page);
  });
});
