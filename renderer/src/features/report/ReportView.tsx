import { BriefingEditor } from './BriefingEditor';
import { ExportPanel } from './ExportPanel';
import { GlossaryEditor } from './GlossaryEditor';
import { LeakCheckPanel } from './LeakCheckPanel';
import { SectionsEditor } from './SectionsEditor';
import './Report.css';

/** The Report area: template and exports, the leak check, section texts, glossary and briefing. */
export function ReportView() {
  return (
    <div className="report-area">
      <h1 id="area-heading">Report</h1>
      <ExportPanel />
      <LeakCheckPanel />
      <SectionsEditor />
      <GlossaryEditor />
      <BriefingEditor />
    </div>
  );
}
