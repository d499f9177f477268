import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PendingOpens, reviewPathFromArgv } from '@main/open-requests';

const cwd = path.resolve('/home/reviewer/cases');

describe('reviewPathFromArgv', () => {
  it('finds a review file given on the command line, resolved against the working directory', () => {
    expect(reviewPathFromArgv(['/opt/Casewright/casewright', 'Child R.cwr'], cwd)).toBe(path.join(cwd, 'Child R.cwr'));
    expect(
      reviewPathFromArgv(['casewright.exe', '--allow-file-access-from-files', path.resolve('/srv/x.CWR')], cwd),
    ).toBe(path.resolve('/srv/x.CWR'));
  });

  it('skips the executable, flags and other files', () => {
    expect(reviewPathFromArgv(['/apps/review.cwr'], cwd)).toBeNull();
    expect(reviewPathFromArgv(['electron', '.', '--inspect=9229', 'notes.txt', '--x=a.cwr'], cwd)).toBeNull();
    expect(reviewPathFromArgv(['electron', '.', 'evil.cwr.exe'], cwd)).toBeNull();
    expect(reviewPathFromArgv([], cwd)).toBeNull();
  });
});

describe('PendingOpens', () => {
  it('queues requests until ready, then delivers them in order and passes later ones straight on', () => {
    const pending = new PendingOpens();
    const delivered: string[] = [];
    pending.request('/a.cwr');
    pending.request('/b.cwr');
    expect(pending.pendingCount).toBe(2);
    pending.ready((filePath) => delivered.push(filePath));
    expect(delivered).toEqual(['/a.cwr', '/b.cwr']);
    expect(pending.pendingCount).toBe(0);
    pending.request('/c.cwr');
    expect(delivered).toEqual(['/a.cwr', '/b.cwr', '/c.cwr']);
  });
});

describe('reviewPathFromArgv with URLs', () => {
  it('accepts file:// URLs from Linux file managers and ignores other URLs', () => {
    expect(reviewPathFromArgv(['casewright', 'file:///home/reviewer/Child%20R.cwr'], cwd)).toBe(
      path.resolve('/home/reviewer/Child R.cwr'),
    );
    expect(reviewPathFromArgv(['casewright', 'https://evil.example/x.cwr'], cwd)).toBeNull();
    expect(reviewPathFromArgv(['casewright', 'smb://server/share/x.cwr'], cwd)).toBeNull();
    expect(reviewPathFromArgv(['casewright', 'file://remote-host/share/x.cwr'], cwd)).toBeNull();
  });
});
