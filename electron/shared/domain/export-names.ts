/**
 * Default file names for every document Casewright writes. One function, so the app, the CLI
 * and the save dialog agree, and so a draft never defaults to the publication report's name
 * (one used to overwrite the other).
 */

export const documentKinds = [
  'publication-report',
  'draft-report',
  'panel-draft',
  'seven-minute-briefing',
  'one-page-brief',
  'executive-summary',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentKindLabels: Readonly<Record<DocumentKind, string>> = {
  'publication-report': 'publication report',
  'draft-report': 'draft',
  'panel-draft': 'panel draft',
  'seven-minute-briefing': '7-minute briefing',
  'one-page-brief': 'one-page brief',
  'executive-summary': 'executive summary',
};

/** Which document an export request describes. */
export function documentKindOf(
  kind: 'report' | 'briefing' | 'panel-draft',
  options: { readonly draft?: boolean; readonly onePage?: boolean } = {},
): DocumentKind {
  if (kind === 'panel-draft') return 'panel-draft';
  if (kind === 'briefing') return options.onePage === true ? 'one-page-brief' : 'seven-minute-briefing';
  return options.draft === true ? 'draft-report' : 'publication-report';
}

/** "Child R — publication report.docx": characters file systems refuse are replaced. */
export function exportFileName(reviewTitle: string, kind: DocumentKind, extension: 'docx' | 'pdf' = 'docx'): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  const title = reviewTitle.replace(/[\\/:*?"<>|\u0000-\u001F]/g, '-').trim() || 'Review';
  return `${title} — ${documentKindLabels[kind]}.${extension}`;
}
