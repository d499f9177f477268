import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplatesDir } from '@core/app/paths';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '@core/people/characteristic-templates';
import { groupsForVariant, optionsForVariant, type CharacteristicId } from '@shared/domain/people';
import { tempDir } from '@test/helpers/review-file';

const shipped = characteristicTemplatesDir(defaultTemplatesDir());

function copyTemplates(): string {
  const dir = join(tempDir(), 'characteristics');
  mkdirSync(dir);
  for (const file of readdirSync(shipped)) writeFileSync(join(dir, file), readFileSync(join(shipped, file)));
  return dir;
}

describe('characteristic templates', () => {
  const templates = loadCharacteristicTemplates(shipped);

  it('ships all nine Equality Act characteristics, each versioned with a source', () => {
    expect(templates.map((t) => t.id)).toHaveLength(9);
    for (const t of templates) {
      expect(t.version).not.toBe('');
      expect(t.source).toMatch(/Equality Act 2010/);
    }
  });

  it('holds the GSS ethnicity list: 19 categories in five groups, England and Wales order', () => {
    const race = templates.find((t) => t.id === 'race')!;
    expect(race.options).toHaveLength(19);
    expect(race.groups.map((g) => g.id)).toEqual(['white', 'mixed', 'asian', 'black', 'other']);
    expect(optionsForVariant(race, 'england')[0]!.label).toBe('English, Welsh, Scottish, Northern Irish or British');
    expect(optionsForVariant(race, 'wales')[0]!.label).toBe('Welsh, English, Scottish, Northern Irish or British');
    expect(optionsForVariant(race, 'wales').map((o) => o.id)).toEqual(race.options.map((o) => o.id));
  });

  it('names the Welsh headings of the Asian and Black groups in the Wales list only', () => {
    const race = templates.find((t) => t.id === 'race')!;
    const heading = (variant: 'england' | 'wales', id: string) =>
      groupsForVariant(race, variant).find((g) => g.id === id)!.label;
    expect(heading('england', 'asian')).toBe('Asian or Asian British');
    expect(heading('wales', 'asian')).toBe('Asian, Asian Welsh or Asian British');
    expect(heading('wales', 'black')).toBe('Black, Black Welsh, Black British, Caribbean or African');
    expect(groupsForVariant(race, 'wales').map((g) => g.id)).toEqual(race.groups.map((g) => g.id));
  });

  it('cites its sources for reviewers, saying what could not be checked', () => {
    for (const t of templates) {
      expect(t.citations?.length, t.id).toBeGreaterThan(0);
      for (const c of t.citations ?? []) if (!c.checked) expect(c.comment, `${t.id}: ${c.document}`).toBeTruthy();
      const text = JSON.stringify(t);
      expect(text, t.id).not.toMatch(/seed|article \d|domain\.md|\.md\b|background reading/i);
    }
  });

  it('keeps every option id it ever shipped, so values recorded under an older list still read', () => {
    // The ids of the 2021.1 lists (and 1.0.0 for age and pregnancy). Add to this list; never remove.
    const everShipped: Record<CharacteristicId, readonly string[]> = {
      age: ['approximate-age'],
      disability: ['limited-a-lot', 'limited-a-little', 'not-limited', 'no-condition'],
      'gender-reassignment': [
        'same-as-sex-at-birth',
        'trans-man',
        'trans-woman',
        'non-binary',
        'other-gender-identity',
      ],
      'marriage-civil-partnership': [
        'never-married',
        'married',
        'civil-partnership',
        'separated-married',
        'separated-civil-partnership',
        'divorced',
        'dissolved-civil-partnership',
        'widowed',
        'surviving-civil-partner',
      ],
      'pregnancy-maternity': ['pregnant', 'maternity', 'pregnant-and-maternity', 'neither'],
      race: [
        'white-british',
        'white-irish',
        'white-gypsy-irish-traveller',
        'white-roma',
        'white-other',
        'mixed-white-black-caribbean',
        'mixed-white-black-african',
        'mixed-white-asian',
        'mixed-other',
        'asian-indian',
        'asian-pakistani',
        'asian-bangladeshi',
        'asian-chinese',
        'asian-other',
        'black-caribbean',
        'black-african',
        'black-other',
        'other-arab',
        'other-any',
      ],
      'religion-belief': [
        'no-religion',
        'christian',
        'buddhist',
        'hindu',
        'jewish',
        'muslim',
        'sikh',
        'other-religion',
      ],
      sex: ['female', 'male'],
      'sexual-orientation': ['straight', 'gay-lesbian', 'bisexual', 'other-orientation'],
    };
    for (const t of templates)
      expect(
        t.options.map((o) => o.id),
        t.id,
      ).toEqual(expect.arrayContaining([...everShipped[t.id]]));
  });

  it('marks the 16+ questions and the derived age', () => {
    const byId = new Map(templates.map((t) => [t.id, t]));
    expect(byId.get('sexual-orientation')!.minimumAge).toBe(16);
    expect(byId.get('gender-reassignment')!.minimumAge).toBe(16);
    expect(byId.get('age')!.derivedFrom).toBe('dateOfBirth');
    expect(byId.get('religion-belief')!.options.map((o) => o.label)).toEqual([
      'No religion',
      'Christian (all denominations)',
      'Buddhist',
      'Hindu',
      'Jewish',
      'Muslim',
      'Sikh',
      'Any other religion (write in)',
    ]);
  });

  it('refuses an edited file with a clear error naming the file and field', () => {
    const dir = copyTemplates();
    const file = join(dir, 'sex.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.options.push({ id: 'female', label: 'Duplicate' });
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadCharacteristicTemplates(dir)).toThrow(
      /sex\.json is not valid: options\.2\.id: duplicate option id "female"/,
    );
  });

  it('refuses broken JSON, unknown variant options and a missing characteristic', () => {
    const broken = copyTemplates();
    writeFileSync(join(broken, 'sex.json'), '{ "id": ');
    expect(() => loadCharacteristicTemplates(broken)).toThrow(/sex\.json is not valid JSON/);

    const variant = copyTemplates();
    const race = JSON.parse(readFileSync(join(variant, 'race.json'), 'utf8'));
    race.variants.wales.optionLabels['no-such-option'] = 'x';
    writeFileSync(join(variant, 'race.json'), JSON.stringify(race));
    expect(() => loadCharacteristicTemplates(variant)).toThrow(
      /race\.json is not valid: variants\.wales\.optionLabels\.no-such-option/,
    );

    const missing = copyTemplates();
    writeFileSync(join(missing, 'sex.json'), readFileSync(join(missing, 'age.json')));
    expect(() => loadCharacteristicTemplates(missing)).toThrow(/repeats "age"/);
  });
});
