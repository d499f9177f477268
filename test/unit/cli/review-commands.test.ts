import Database from 'better-sqlite3';
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '@cli/run';
import { LATEST_SCHEMA_VERSION } from '@core/store/migrations';
import { tempDir } from '../../helpers/review-file';
import { olderReviewFile } from '@test/helpers/migration';

describe('casewright new / info', () => {
  it('creates a review and reports it', async () => {
    const dir = tempDir();
    const file = join(dir, 'child-q.cwr');
    const created = await runCli(['new', file, '--title', 'Child Q', '--kind', 'dhr'], { home: dir });
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Domestic Homicide Review: Child Q');

    const info = await runCli(['info', file, '--json'], { home: dir });
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as {
      title: string;
      kind: string;
      schemaVersion: number;
      counts: Record<string, number>;
    };
    expect(parsed).toMatchObject({ title: 'Child Q', kind: 'dhr', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(typeof parsed.counts).toBe('object');

    const text = await runCli(['info', file], { home: dir });
    expect(text.stdout).toMatch(/Title:\s+Child Q/);
    expect(text.stdout).toMatch(new RegExp(`File format: ${LATEST_SCHEMA_VERSION}`));
  });

  it('refuses to overwrite an existing review (exit 1, naming the file)', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.cwr');
    await runCli(['new', file, '--title', 'A'], { home: dir });
    const again = await runCli(['new', file, '--title', 'A'], { home: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('a.cwr already exists');
  });

  it('treats bad usage as exit 2: missing option, unknown kind, wrong extension, unknown command', async () => {
    const dir = tempDir();
    expect((await runCli(['new', join(dir, 'a.cwr')], { home: dir })).code).toBe(2);
    const badKind = await runCli(['new', join(dir, 'a.cwr'), '--title', 'A', '--kind', 'novel'], { home: dir });
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(/Allowed choices are lcspr, scr, cpr, susr, dhr/);
    const badExtension = await runCli(['new', join(dir, 'a.docx'), '--title', 'A'], { home: dir });
    expect(badExtension.code).toBe(2);
    expect(badExtension.stderr).toContain('A review file ends in .cwr');
    expect((await runCli(['frobnicate'], { home: dir })).code).toBe(2);
  });

  it('prints help for every command and exits 0', async () => {
    const dir = tempDir();
    for (const argv of [['--help'], ['new', '--help'], ['info', '--help']]) {
      const result = await runCli(argv, { home: dir });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: casewright');
    }
  });

  it('explains a file that is not a review, or from a newer version (exit 1)', async () => {
    const dir = tempDir();
    const other = join(dir, 'other.cwr');
    new Database(other).exec('CREATE TABLE x (y)');
    const notReview = await runCli(['info', other], { home: dir });
    expect(notReview.code).toBe(1);
    expect(notReview.stderr).toContain('other.cwr is a database, but not a Casewright review');

    const newer = join(dir, 'newer.cwr');
    await runCli(['new', newer, '--title', 'N'], { home: dir });
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const refused = await runCli(['info', newer], { home: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/newer\.cwr was saved by a newer version of Casewright/);
  });

  it('refuses a file cut short, or with damaged pages, as damaged (exit 1), without checking every page of a whole one', async () => {
    const dir = tempDir();
    const make = async (name: string): Promise<string> => {
      const file = join(dir, name);
      await runCli(['new', file, '--title', 'Child D'], { home: dir });
      // Enough rows that the table spans many pages, so the damage below lands in its data.
      const db = new Database(file);
      db.exec(
        `INSERT INTO agency (name, created_at) SELECT 'Agency ' || i || ' ' || hex(randomblob(200)), '2026-01-01' FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) SELECT i FROM n)`,
      );
      db.close();
      return file;
    };
    const whole = await make('whole.cwr');
    expect(await runCli(['info', whole, '--json'], { home: dir })).toMatchObject({ code: 0 });

    const cut = await make('cut.cwr');
    truncateSync(cut, readFileSync(cut).length - 8192);
    const cutInfo = await runCli(['info', cut], { home: dir });
    expect(cutInfo.code).toBe(1);
    expect(cutInfo.stderr).toContain('cut.cwr is damaged');

    const damaged = await make('damaged.cwr');
    const bytes = readFileSync(damaged);
    // Garbage over the last pages (the agency rows), keeping the length and the schema.
    bytes.fill(0x5a, bytes.length - 16384, bytes.length);
    writeFileSync(damaged, bytes);
    const damagedInfo = await runCli(['info', damaged], { home: dir });
    expect(damagedInfo.code).toBe(1);
    expect(damagedInfo.stderr).toContain('damaged.cwr is damaged');
  });
});

describe('casewright encrypt / rekey / decrypt and passphrases', () => {
  const PLANTED = 'Zebedee Plantname';
  const noPrompt = { ask: async () => null };
  const answers = (values: Record<string, string>) => ({ ask: async (purpose: string) => values[purpose] ?? null });

  it('creates an encrypted review; a missing or wrong passphrase is exit 1 with a plain message', async () => {
    const dir = tempDir();
    const file = join(dir, 'e.cwr');
    const created = await runCli(['new', file, '--title', `${PLANTED} review`, '--encrypt'], {
      home: dir,
      passphrases: answers({ new: 'a long enough passphrase' }),
    });
    expect(created).toMatchObject({ code: 0 });
    expect(readFileSync(file).includes(PLANTED)).toBe(false);

    const missing = await runCli(['info', file], { home: dir, passphrases: noPrompt });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/e\.cwr is encrypted: give its passphrase .*CASEWRIGHT_PASSPHRASE/);
    expect(missing.stderr).not.toMatch(/\n\s+at |Error:|SQLITE/);
    const wrong = await runCli(['info', file], { home: dir, passphrases: answers({ current: 'wrong passphrase' }) });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/That passphrase does not open e\.cwr/);
    const right = await runCli(['info', file, '--json'], {
      home: dir,
      passphrases: answers({ current: 'a long enough passphrase' }),
    });
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout)).toMatchObject({ title: `${PLANTED} review` });
    const weak = await runCli(['new', join(dir, 'weak.cwr'), '--title', 'W', '--encrypt'], {
      home: dir,
      passphrases: answers({ new: 'short' }),
    });
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/at least 10 characters/);
  });

  it('encrypts a plain review, changes its passphrase and decrypts it again', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.cwr');
    await runCli(['new', file, '--title', `${PLANTED} review`], { home: dir });
    expect(readFileSync(file).includes(PLANTED)).toBe(true);
    expect(
      await runCli(['encrypt', file], { home: dir, passphrases: answers({ new: 'first passphrase here' }) }),
    ).toMatchObject({ code: 0 });
    expect(readFileSync(file).includes(PLANTED)).toBe(false);
    const rekeyed = await runCli(['rekey', file], {
      home: dir,
      passphrases: answers({ current: 'first passphrase here', replacement: 'second passphrase here' }),
    });
    expect(rekeyed).toMatchObject({ code: 0 });
    expect(
      (await runCli(['info', file], { home: dir, passphrases: answers({ current: 'first passphrase here' }) })).code,
    ).toBe(1);
    expect(
      await runCli(['decrypt', file], { home: dir, passphrases: answers({ current: 'second passphrase here' }) }),
    ).toMatchObject({ code: 0 });
    expect(readFileSync(file).includes(PLANTED)).toBe(true);
  });

  it('reads an older file with info without writing a backup or migrating it', async () => {
    const dir = tempDir();
    const path = olderReviewFile(dir);
    const before = readFileSync(path);
    const info = await runCli(['info', path, '--json'], { home: join(dir, 'home') });
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ title: 'Child P' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.cwr'))).toEqual(['old.cwr']);
    expect(readFileSync(path).equals(before)).toBe(true);
    // A command that writes migrates it, and says where the earlier version is kept.
    const list = await runCli(['person', 'list', path], { home: join(dir, 'home') });
    expect(list.code).toBe(0);
    expect(list.stderr).toContain(`the earlier version is kept at ${join(dir, 'old.format-1-backup.cwr')}`);
  });
});
