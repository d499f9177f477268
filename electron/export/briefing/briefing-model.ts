import type { BriefingTemplate } from '../../shared/domain/report';
import { styleSettings } from '../report/builder';
import type { ReportBlock, ReportModel } from '../report/model';

/**
 * The Word model around a briefing's blocks, the same for every layout: titled and headed with the
 * template's name and the review's, in UK English, never marked draft. Each layout gives its own
 * watermark text and page orientation.
 */
export function briefingModel(
  template: BriefingTemplate,
  title: string,
  blocks: readonly ReportBlock[],
  layout: Pick<ReportModel, 'watermarkText' | 'orientation'>,
): ReportModel {
  return {
    title: `${template.title}: ${title}`,
    subject: 'Learning briefing',
    language: 'en-GB',
    tableOfContents: false,
    draft: false,
    headerText: `${template.title} — ${title}`,
    style: styleSettings(template),
    ...layout,
    blocks,
  };
}
