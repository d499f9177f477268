/**
 * The draft the review panel reads and returns with Word comments. It is the draft report
 * (real names, watermarked on every page, "Draft" in every header) and, like every export,
 * carries the shared anchors the comment import matches on:
 *   finding heading → cw_f_<findingId>; its paragraphs → cw_p_f_<findingId>_<n>;
 *   section text → cw_p_s_<sectionKey>_<n>; recommendation → cw_p_r_<id>_1;
 *   chronology appendix row → cw_e_<entryId>.
 */
import type { ExportResult } from '../../shared/domain/report';
import { exportReport, type ExportEnv } from '../report/export-service';

export async function exportPanelDraft(env: ExportEnv, path: string, templateId?: string): Promise<ExportResult> {
  return exportReport(env, path, { draft: true, ...(templateId === undefined ? {} : { templateId }) });
}
