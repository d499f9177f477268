import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { tempDir } from '../../helpers/review-file';

const fixtures = fileURLToPath(new URL('../../fixtures/taxonomies/', import.meta.url));

describe('casewright taxonomy', () => {
  it('lists the built-in taxonomies as text and JSON', async () => {
    const home = tempDir();
    const text = await runCli(['taxonomy', 'list'], { home });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('scie-learning-together  2012.2');
    expect(text.stdout).toContain('tags need a direction; some wording not yet confirmed against the publication');
    const json = await runCli(['taxonomy', 'list', '--json'], { home });
    const list = JSON.parse(json.stdout) as { id: string; origin: string }[];
    expect(list.map((t) => t.id)).toContain('national-panel-themes-2022-23');
    expect(list).toHaveLength(8);
  });

  it('imports a board taxonomy into the app home, and refuses a broken one naming file and path', async () => {
    const home = tempDir();
    const imported = await runCli(['taxonomy', 'import', join(fixtures, 'board-themes.json')], { home });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('Imported westmoor-board-themes 2024.1');
    expect(existsSync(join(home, 'taxonomies', 'westmoor-board-themes@2024.1.json'))).toBe(true);
    const list = JSON.parse((await runCli(['taxonomy', 'list', '--json'], { home })).stdout) as {
      id: string;
      origin: string;
    }[];
    expect(list.find((t) => t.id === 'westmoor-board-themes')?.origin).toBe('user');

    const broken = await runCli(['taxonomy', 'import', join(fixtures, 'broken-terms.json')], { home });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('broken-terms.json is not a valid taxonomy');
    expect(broken.stderr).toContain('broken-terms.json, $.terms[1].label: must not be empty');
  });

  it('refuses a changed file that reuses an existing id and version', async () => {
    const home = tempDir();
    const changed = JSON.parse(readFileSync(join(fixtures, 'board-themes.json'), 'utf8')) as {
      terms: { label: string }[];
    };
    await runCli(['taxonomy', 'import', join(fixtures, 'board-themes.json')], { home });
    changed.terms[0]!.label = 'Changed label';
    const path = join(tempDir(), 'board-changed.json');
    writeFileSync(path, JSON.stringify(changed));
    const result = await runCli(['taxonomy', 'import', path], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists .* Give the new file a new version/);
  });

  it('exports a codebook and imports it back as the same taxonomy', async () => {
    const home = tempDir();
    const out = join(tempDir(), 'scie.qdc');
    const exported = await runCli(['taxonomy', 'export', 'scie-learning-together', '--qdc', out], { home });
    expect(exported.code, exported.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const back = await runCli(['taxonomy', 'import', out], { home });
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toContain('Imported scie-learning-together 2012.2');
    const missing = await runCli(['taxonomy', 'export', 'nope', '--qdc', out], { home });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No taxonomy with id "nope"');
  });
});
