import { BriefingEditor } from './BriefingEditor';
import { ExportPanel } from './ExportPanel';
import { ChronologyExportPanel } from './ChronologyExportPanel';
import { GlossaryEditor } from './GlossaryEditor';
import { LeakCheckPanel } from './LeakCheckPanel';
import { SectionsEditor } from './SectionsEditor';
import { useEffect } from 'react';
import type { AreaProps } from '../../navigation/area-props';
import './Report.css';

/** The Report area: template and exports, the leak check, section texts, glossary and briefing. */
export function ReportView({ detail }: AreaProps) {
  // A link from the readiness checklist ("…/report/section-methodology") brings that place into
  // view and puts the keyboard in it. The sections load after the view, so wait for them.
  useEffect(() => {
    if (detail === undefined) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      const target = document.getElementById(`report-${detail}`);
      tries += 1;
      if (target === null && tries < 40) return;
      window.clearInterval(timer);
      if (target === null) return;
      target.scrollIntoView({ block: 'start' });
      const focusable = target.querySelector<HTMLElement>('[contenteditable="true"], input, textarea, button');
      (focusable ?? target).focus();
    }, 50);
    return () => window.clearInterval(timer);
  }, [detail]);
  return (
    <div className="report-area">
      <h1 id="area-heading">Report</h1>
      <ExportPanel />
      <ChronologyExportPanel />
      <LeakCheckPanel />
      <SectionsEditor />
      <GlossaryEditor />
      <BriefingEditor />
    </div>
  );
}
