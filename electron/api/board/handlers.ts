import type { boardApi, LibraryView } from '../../shared/api/board';
import { ukDay, type BoardFilter, type BoardReportData, type CrosswalkRelation } from '../../shared/domain/board';
import type { AppContext } from '../../core/app/app-context';
import { createBoardService, type BoardService } from '../../board/board-service';
import { loadBoardCrosswalks } from '../../board/library/crosswalk-files';
import { availableTaxonomies } from '../../core/taxonomy/library';
import type { Library } from '../../board/library/load-library';
import { characteristicRows } from '../../board/views/characteristics';
import type { CrosswalkChoice } from '../../board/views/crosswalk';
import { chooseReviews } from '../../board/views/filter';
import {
  agenciesOf,
  statusByDueYear,
  summariseRecommendations,
  trackedRecommendations,
} from '../../board/views/recommendations';
import { boardSummary } from '../../board/views/summary';
import { themeFindings, themeRows } from '../../board/views/themes';
import { renderBoardReport } from '../../export/board/board-report';
import { boardWorkbookBytes } from '../../export/board/board-workbook';
import { boardExportName } from '../../shared/domain/board';
import { runAsJob } from '../../core/jobs/registry';
import { openOutputSink } from '../save-output';
import type { HandlersFor } from '../handler-types';

/** One board service per app context, so the index and its memory cache live between calls. */
const services = new WeakMap<AppContext, BoardService>();

export function boardServiceFor(app: AppContext): BoardService {
  let service = services.get(app);
  if (service === undefined) {
    service = createBoardService({ home: app.home, templatesDir: app.templatesDir });
    services.set(app, service);
  }
  return service;
}

function crosswalkChoice(
  app: AppContext,
  choice: { readonly targetTaxonomyId: string; readonly relations: readonly CrosswalkRelation[] } | undefined,
): CrosswalkChoice | undefined {
  if (choice === undefined) return undefined;
  return {
    crosswalks: loadBoardCrosswalks({ templatesDir: app.templatesDir, home: app.home }),
    targetTaxonomyId: choice.targetTaxonomyId,
    relations: choice.relations,
  };
}

function libraryView(service: BoardService, library: Library, app: AppContext): LibraryView {
  const taxonomies = new Map<string, string>();
  for (const r of library.reviews)
    for (const f of r.findings) for (const t of f.tags) taxonomies.set(t.taxonomyId, t.taxonomyTitle);
  const years = [...new Set(library.reviews.map((r) => r.year).filter((y): y is number => y !== null))].sort(
    (a, b) => b - a,
  );
  const places = { templatesDir: app.templatesDir, home: app.home };
  const crosswalks = loadBoardCrosswalks(places).map((c) => ({
    id: c.id,
    title: c.title,
    taxonomies: [...new Set(c.mappings.flatMap((m) => [m.from.taxonomyId, m.to.taxonomyId]))],
  }));
  // A framework reached only through a crosswalk is named by its installed title, like the others.
  const installed = new Map(availableTaxonomies(places).map((loaded) => [loaded.taxonomy.id, loaded.taxonomy.title]));
  const crosswalkFrameworks = [...new Set(crosswalks.flatMap((c) => c.taxonomies))].flatMap((id) => {
    const title = taxonomies.get(id) ?? installed.get(id);
    return title === undefined ? [] : [{ id, title }];
  });
  return {
    ...service.overview(library),
    years,
    agencies: agenciesOf(library.reviews),
    taxonomies: [...taxonomies.entries()]
      .map(([id, title]) => ({ id, title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    crosswalks,
    crosswalkFrameworks: crosswalkFrameworks.sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
  };
}

/** Everything the board report and workbook hold, for the chosen reviews. */
export function boardReportData(
  service: BoardService,
  library: Library,
  filter: BoardFilter,
  producedBy: string,
): BoardReportData {
  const reviews = chooseReviews(library.reviews, filter);
  const recommendations = trackedRecommendations(reviews, { today: service.today(), updates: service.updates() });
  return {
    title: 'Learning across reviews',
    producedOn: ukDay(service.today()),
    producedBy,
    partnerships: [...new Set(reviews.map((r) => r.partnership.trim()).filter((p) => p !== ''))].sort((a, b) =>
      a.localeCompare(b, 'en-GB'),
    ),
    reviews: service.overview({ ...library, reviews }).reviews,
    themes: themeRows(reviews),
    characteristics: characteristicRows(reviews),
    recommendations,
    recommendationSummary: summariseRecommendations(recommendations),
    statusByYear: statusByDueYear(recommendations),
  };
}

/** The finished board report (.docx) or workbook (.xlsx), as bytes: the caller decides where they go. */
export async function boardExportBytes(data: BoardReportData, format: 'docx' | 'xlsx'): Promise<Uint8Array> {
  return format === 'docx' ? renderBoardReport(data) : boardWorkbookBytes(data);
}

/** Closes the library index and updates file, if this app context opened them (the CLI, on exit). */
export function closeBoardService(app: AppContext): void {
  services.get(app)?.close();
  services.delete(app);
}

export const boardHandlers: HandlersFor<typeof boardApi> = {
  'board.listReviews': (app, args) => {
    const service = boardServiceFor(app);
    return runAsJob(app.jobs, args.jobId, async (hooks) =>
      libraryView(service, await service.scan(args.roots, app.reviews, hooks), app),
    );
  },
  'board.getSummary': (app, args) => {
    const service = boardServiceFor(app);
    return boardSummary(service.load(args.roots, app.reviews), { today: service.today(), updates: service.updates() });
  },
  'board.listThemes': (app, args) =>
    themeRows(boardServiceFor(app).load(args.roots, app.reviews).reviews, {
      filter: args.filter,
      ...(args.taxonomyId === undefined ? {} : { taxonomyId: args.taxonomyId }),
      ...(args.direction === undefined ? {} : { direction: args.direction }),
      ...(args.crosswalk === undefined ? {} : { crosswalk: crosswalkChoice(app, args.crosswalk) }),
    }),
  'board.listThemeFindings': (app, args) =>
    themeFindings(boardServiceFor(app).load(args.roots, app.reviews).reviews, args.taxonomyId, args.termId, {
      filter: args.filter,
      ...(args.direction === undefined ? {} : { direction: args.direction }),
      ...(args.crosswalk === undefined ? {} : { crosswalk: crosswalkChoice(app, args.crosswalk) }),
    }),
  'board.listCharacteristics': (app, args) =>
    characteristicRows(boardServiceFor(app).load(args.roots, app.reviews).reviews, args.filter),
  'board.listRecommendations': (app, args) => {
    const service = boardServiceFor(app);
    const rows = trackedRecommendations(service.load(args.roots, app.reviews).reviews, {
      filter: args.filter,
      today: service.today(),
      updates: service.updates(),
      ...(args.agency === undefined || args.agency === '' ? {} : { agency: args.agency }),
    });
    return { rows, summary: summariseRecommendations(rows), byYear: statusByDueYear(rows) };
  },
  'board.updateRecommendation': (app, args) =>
    boardServiceFor(app).recordUpdate(
      {
        file: args.file,
        recommendationId: args.recommendationId,
        status: args.status,
        ...(args.boardResponse === undefined ? {} : { boardResponse: args.boardResponse }),
      },
      app.reviews,
      app.settings.actor(),
    ),
  'board.search': (app, args) => {
    const service = boardServiceFor(app);
    return service.search(service.load(args.roots, app.reviews), args.text, args.limit);
  },
  'board.export': async (app, args) => {
    const service = boardServiceFor(app);
    const sink = await openOutputSink(app, args.target, args.format, `${boardExportName(args.format)}.${args.format}`);
    const bytes = await boardExportBytes(
      boardReportData(service, service.load(args.roots, app.reviews), args.filter, app.settings.actor()),
      args.format,
    );
    sink.write(bytes);
    return { ...sink.saved(), bytes: bytes.byteLength };
  },
};
