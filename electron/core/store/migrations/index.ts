import type { Migration } from './migration';
import foundation from './001-foundation';
import people from './002-people';
import chronology from './003-chronology';
import findings from './004-findings';
import report from './005-report';
import insight from './006-insight';
import characteristicRecordedWith from './007-characteristic-recorded-with';
import importFidelity from './008-import-fidelity';
import insightFalseMatch from './009-insight-false-match';
import panelMembers from './010-panel-members';
import agencyRequests from './011-agency-requests';
import characteristicDetail from './012-characteristic-detail';
import searchIndexPrefixes from './013-search-index-prefixes';

/** Every migration, in order. The last one's version is the file format this app writes. */
export const migrations: readonly Migration[] = [
  foundation, people, chronology, findings, report, insight, characteristicRecordedWith, importFidelity, insightFalseMatch, panelMembers, agencyRequests,
  characteristicDetail, searchIndexPrefixes,
];

export const LATEST_SCHEMA_VERSION = migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
