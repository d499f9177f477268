import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTemplatesDir } from '../../../../electron/core/app/paths';
import { characteristicTemplatesDir, loadCharacteristicTemplates } from '../../../../electron/core/people/characteristic-templates';
import { optionsForVariant } from '../../../../electron/shared/domain/people';
import { tempDir } from '../../../helpers/review-file';

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

  it('marks the 16+ questions and the derived age', () => {
    const byId = new Map(templates.map((t) => [t.id, t]));
    expect(byId.get('sexual-orientation')!.minimumAge).toBe(16);
    expect(byId.get('gender-reassignment')!.minimumAge).toBe(16);
    expect(byId.get('age')!.derivedFrom).toBe('dateOfBirth');
    expect(byId.get('religion-belief')!.options.map((o) => o.label)).toEqual([
      'No religion', 'Christian', 'Buddhist', 'Hindu', 'Jewish', 'Muslim', 'Sikh', 'Any other religion (write in)',
    ]);
  });

  it('refuses an edited file with a clear error naming the file and field', () => {
    const dir = copyTemplates();
    const file = join(dir, 'sex.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.options.push({ id: 'female', label: 'Duplicate' });
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadCharacteristicTemplates(dir)).toThrow(/sex\.json is not valid: options\.2\.id: duplicate option id "female"/);
  });

  it('refuses broken JSON, unknown variant options and a missing characteristic', () => {
    const broken = copyTemplates();
    writeFileSync(join(broken, 'sex.json'), '{ "id": ');
    expect(() => loadCharacteristicTemplates(broken)).toThrow(/sex\.json is not valid JSON/);

    const variant = copyTemplates();
    const race = JSON.parse(readFileSync(join(variant, 'race.json'), 'utf8'));
    race.variants.wales.optionLabels['no-such-option'] = 'x';
    writeFileSync(join(variant, 'race.json'), JSON.stringify(race));
    expect(() => loadCharacteristicTemplates(variant)).toThrow(/race\.json is not valid: variants\.wales\.optionLabels\.no-such-option/);

    const missing = copyTemplates();
    writeFileSync(join(missing, 'sex.json'), readFileSync(join(missing, 'age.json')));
    expect(() => loadCharacteristicTemplates(missing)).toThrow(/repeats "age"/);
  });
});
