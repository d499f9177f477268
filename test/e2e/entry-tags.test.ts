import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, startBrowserApp } from './harness';

describe('tagging a chronology entry with the findings taxonomies', () => {
  it('adds a taxonomy tag with a direction from the entry dialog, and keeps it', async () => {
    const app = await startBrowserApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Open the sample review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Review areas' })
      .getByRole('link', { name: 'Chronology', exact: true })
      .click();
    await page.getByRole('grid').waitFor();

    await page.getByRole('button', { name: 'Edit all fields…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Entry of Summer 2019, GP Practice/ });
    const tags = dialog.getByRole('region', { name: 'Taxonomy tags' });
    await expect.poll(() => tags.getByText('No tags yet.').isVisible()).toBe(true);
    const taxonomy = tags.getByLabel('Taxonomy');
    const scie = await taxonomy.locator('option', { hasText: 'SCIE Learning Together' }).first().getAttribute('value');
    await taxonomy.selectOption(scie!);
    const term = tags.getByLabel('Term');
    const firstCodable = await term.locator('option:not([disabled]):not([value=""])').first().getAttribute('value');
    await term.selectOption(firstCodable!);
    await tags.getByLabel('creates unsafe conditions', { exact: false }).check();
    await tags.getByRole('button', { name: 'Add tag' }).click();
    await tags.getByRole('listitem').first().waitFor();
    await expect.poll(() => tags.getByRole('listitem').first().innerText()).toMatch(/SCIE Learning Together/);
    await expectNoAxeViolations(page);

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Edit all fields…' }).click();
    // The reopened dialog fetches the entry's tags afresh: wait for them rather than count at once.
    const reopened = page
      .getByRole('dialog', { name: /^Entry of Summer 2019/ })
      .getByRole('region', { name: 'Taxonomy tags' });
    await expect.poll(() => reopened.getByRole('listitem').count()).toBe(1);
  });
});
