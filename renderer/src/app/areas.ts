import type { ComponentType } from 'react';
import { OverviewView } from '../features/overview/OverviewView';
import { PeopleView } from '../features/people/PeopleView';
import { ChronologyArea } from '../features/chronology/ChronologyArea';
import { InsightView } from '../features/insight/InsightView';
import { FindingsView } from '../features/findings/FindingsView';
import { RecommendationsView } from '../features/recommendations/RecommendationsView';
import { PanelView } from '../features/panel/PanelView';
import { ReportView } from '../features/report/ReportView';
import type { AreaProps } from '../navigation/area-props';

export interface AreaDefinition {
  readonly id: string;
  readonly label: string;
  readonly component: ComponentType<AreaProps>;
}

/** The navigation rail of a review window, in order. Each feature adds one entry. */
export const areas: readonly AreaDefinition[] = [
  { id: 'overview', label: 'Overview', component: OverviewView },
  { id: 'people', label: 'People', component: PeopleView },
  { id: 'chronology', label: 'Chronology', component: ChronologyArea },
  { id: 'insight', label: 'Insight', component: InsightView },
  { id: 'findings', label: 'Findings', component: FindingsView },
  { id: 'recommendations', label: 'Recommendations', component: RecommendationsView },
  { id: 'panel', label: 'Panel', component: PanelView },
  { id: 'report', label: 'Report', component: ReportView },
];
