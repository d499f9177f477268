import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chosenPath, dialogRequestSchema, toOpenDialogOptions, toSaveDialogOptions } from '@main/dialog-requests';

const reviewFilter = { name: 'Casewright review', extensions: ['cwr'] };

describe('dialogRequestSchema', () => {
  it('accepts well-formed open and save requests', () => {
    expect(
      dialogRequestSchema.parse({ kind: 'open', options: { title: 'Open review', filters: [reviewFilter] } }),
    ).toEqual({
      kind: 'open',
      options: { title: 'Open review', filters: [reviewFilter] },
    });
    const save = dialogRequestSchema.parse({
      kind: 'save',
      options: { title: 'Save review as', defaultName: 'Child R.cwr', filters: [reviewFilter] },
    });
    expect(save.kind).toBe('save');
  });

  it.each([
    ['unknown kind', { kind: 'delete', options: { title: 'x', filters: [] } }],
    ['no title', { kind: 'open', options: { filters: [] } }],
    [
      'extra option (defaultPath chosen by the page)',
      { kind: 'open', options: { title: 'x', filters: [], defaultPath: '/etc' } },
    ],
    ['extension with a dot', { kind: 'open', options: { title: 'x', filters: [{ name: 'r', extensions: ['.cwr'] }] } }],
    [
      'extension with a path',
      { kind: 'open', options: { title: 'x', filters: [{ name: 'r', extensions: ['../x'] }] } },
    ],
    [
      'too many filters',
      { kind: 'open', options: { title: 'x', filters: Array.from({ length: 11 }, () => reviewFilter) } },
    ],
    ['name with a folder', { kind: 'save', options: { title: 'x', defaultName: '../../.bashrc', filters: [] } }],
    ['absolute name', { kind: 'save', options: { title: 'x', defaultName: '/etc/passwd', filters: [] } }],
    ['Windows path', { kind: 'save', options: { title: 'x', defaultName: 'C:\\Windows\\x.cwr', filters: [] } }],
    ['dot-dot', { kind: 'save', options: { title: 'x', defaultName: '..', filters: [] } }],
    ['control characters', { kind: 'save', options: { title: 'x', defaultName: 'a\u0000.cwr', filters: [] } }],
    ['not an object', 'open'],
    ['null', null],
  ])('refuses %s', (_why, payload) => {
    expect(dialogRequestSchema.safeParse(payload).success).toBe(false);
  });
});

describe('Electron dialog options', () => {
  it('opens a single file in the default folder with the requested filters', () => {
    const options = toOpenDialogOptions({ title: 'Open review', filters: [reviewFilter] }, '/home/r/Documents');
    expect(options).toEqual({
      title: 'Open review',
      defaultPath: '/home/r/Documents',
      filters: [{ name: 'Casewright review', extensions: ['cwr'] }],
      properties: ['openFile', 'dontAddToRecent'],
    });
  });

  it('suggests the file name inside the default folder and confirms overwrites', () => {
    const options = toSaveDialogOptions(
      { title: 'Export report', defaultName: 'Child R report.docx', filters: [{ name: 'Word', extensions: ['docx'] }] },
      '/home/r/Documents',
    );
    expect(options.defaultPath).toBe(path.join('/home/r/Documents', 'Child R report.docx'));
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('reads the chosen path, or null when cancelled', () => {
    expect(chosenPath({ canceled: false, filePaths: ['/a/b.cwr'] })).toBe('/a/b.cwr');
    expect(chosenPath({ canceled: false, filePath: '/a/c.docx' })).toBe('/a/c.docx');
    expect(chosenPath({ canceled: true, filePaths: ['/a/b.cwr'] })).toBeNull();
    expect(chosenPath({ canceled: false, filePaths: [] })).toBeNull();
    expect(chosenPath({ canceled: false, filePath: '' })).toBeNull();
  });
});
