/**
 * Builds review files for board tests and the board benchmark through the app's own services
 * (the dispatcher, as the UI and CLI call them), so the files are exactly what reviewers make.
 */
import { join } from 'node:path';
import { createDispatcher } from '../../electron/api/dispatcher';
import type { Api, MethodName } from '../../electron/shared/api/contract';
import type { ArgsOf, ResultOf } from '../../electron/shared/api/define';
import { createAppContext, type AppContext } from '../../electron/core/app/app-context';
import type { CharacteristicId, CharacteristicState } from '../../electron/shared/domain/people';
import type { RecommendationStatus } from '../../electron/shared/domain/recommendations';
import type { ReviewKind } from '../../electron/shared/domain/review';
import { richTextFromParagraphs } from '../../electron/shared/lexical/types';

export interface PersonSpec {
  readonly realName: string;
  readonly pseudonym: string;
  readonly role: string;
  readonly relationship?: string;
  readonly category?: 'family' | 'household' | 'professional';
  readonly dateOfBirth?: string;
  readonly characteristics?: readonly {
    readonly id: CharacteristicId;
    readonly state: CharacteristicState;
    readonly optionId?: string;
    readonly reason?: string;
  }[];
}

export interface FindingSpec {
  readonly title: string;
  readonly body?: string;
  readonly tags: readonly {
    readonly taxonomyId: string;
    readonly termId: string;
    readonly direction?: 'supports' | 'hinders';
  }[];
}

export interface RecommendationSpec {
  readonly text: string;
  readonly owner?: string;
  readonly due?: string;
  readonly status?: RecommendationStatus;
  readonly boardResponse?: string;
}

export interface ReviewSpec {
  readonly fileName: string;
  readonly title: string;
  readonly kind: ReviewKind;
  readonly scopeEnd?: string;
  readonly people?: readonly PersonSpec[];
  readonly findings?: readonly FindingSpec[];
  readonly recommendations?: readonly RecommendationSpec[];
  /** A chronology as CSV (Date, Agency, Summary … columns), imported through the import service. */
  readonly chronologyCsv?: { readonly agency: string; readonly csv: string };
}

export interface ReviewWriter {
  readonly app: AppContext;
  write(dir: string, spec: ReviewSpec): Promise<string>;
}

/** Calls one API method through the dispatcher, as the UI and CLI do; throws the service's message on refusal. */
export type DispatchCall = <K extends MethodName>(
  method: K,
  args: ArgsOf<Api[K]>,
  reviewId?: string,
) => Promise<ResultOf<Api[K]>>;

/** An app context for a user with the given display name (what audited writes record), and a typed caller. */
export function appAs(displayName: string, home: string): { readonly app: AppContext; readonly call: DispatchCall } {
  const app = createAppContext({ edition: 'cli', home });
  app.settings.update({ displayName });
  const dispatch = createDispatcher(app, () => undefined);
  const call: DispatchCall = async (method, args, reviewId) => {
    const response = await dispatch({ method, args, ...(reviewId === undefined ? {} : { reviewId }) });
    if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
    return response.result as ResultOf<Api[typeof method]>;
  };
  return { app, call };
}

/** The mother in "Child A", the small review most board tests put in their library. */
export const kerryAshdown: PersonSpec = {
  realName: 'Kerry Ashdown',
  pseudonym: 'AM',
  role: 'mother',
  characteristics: [{ id: 'religion-belief', state: 'recorded', optionId: 'christian' }],
};

/** "Child A": one mother, one tagged finding, one agreed recommendation. */
export const childAReview: ReviewSpec = {
  fileName: 'child-a.cwr',
  title: 'Child A',
  kind: 'lcspr',
  scopeEnd: '2022-06-30',
  people: [kerryAshdown],
  findings: [
    {
      title: 'Kerry Ashdown was not asked about the baby',
      tags: [{ taxonomyId: 'domestic-abuse-themes', termId: 'child-voice-absent' }],
    },
  ],
  recommendations: [{ text: 'Police to review', owner: 'Westmoor Police', due: '2023-01-01', status: 'agreed' }],
};

export function reviewWriter(home: string): ReviewWriter {
  const { app, call } = appAs('Test Board Officer', home);
  return {
    app,
    async write(dir, spec) {
      const path = join(dir, spec.fileName);
      const session = await call('review.create', {
        grant: app.grants.issue({ path, replaceConfirmed: false }),
        title: spec.title,
        kind: spec.kind,
      });
      const id = session.reviewId;
      try {
        if (spec.scopeEnd !== undefined) await call('review.updateMeta', { scopeEnd: spec.scopeEnd }, id);
        for (const p of spec.people ?? []) {
          const person = await call(
            'people.add',
            {
              realName: p.realName,
              pseudonym: p.pseudonym,
              role: p.role,
              relationshipToChild: p.relationship ?? '',
              category: p.category ?? 'family',
              dateOfBirth: p.dateOfBirth ?? null,
              aliases: [],
            },
            id,
          );
          for (const c of p.characteristics ?? []) {
            const base = { personId: person.id, characteristicId: c.id, source: 'fixture' };
            if (c.state === 'recorded')
              await call(
                'people.updateCharacteristic',
                { ...base, state: 'recorded', value: { optionId: c.optionId ?? null, writeIn: null } },
                id,
              );
            else if (c.state === 'not-applicable')
              await call(
                'people.updateCharacteristic',
                { ...base, state: 'not-applicable', reason: c.reason ?? 'under 16' },
                id,
              );
            else await call('people.updateCharacteristic', { ...base, state: c.state }, id);
          }
        }
        if (spec.chronologyCsv !== undefined) {
          await call(
            'chronology.importApply',
            {
              fileName: 'agency.csv',
              bytesBase64: Buffer.from(spec.chronologyCsv.csv, 'utf8').toString('base64'),
              agency: spec.chronologyCsv.agency,
            },
            id,
          );
        }
        for (const f of spec.findings ?? []) {
          await call(
            'findings.add',
            { title: f.title, body: f.body === undefined ? null : richTextFromParagraphs([f.body]), tags: [...f.tags] },
            id,
          );
        }
        for (const r of spec.recommendations ?? []) {
          await call(
            'recommendations.add',
            {
              text: r.text,
              ...(r.owner === undefined ? {} : { ownerAgency: r.owner }),
              ...(r.due === undefined ? {} : { dueDate: r.due }),
              ...(r.status === undefined ? {} : { status: r.status }),
              ...(r.boardResponse === undefined ? {} : { boardResponse: r.boardResponse }),
            },
            id,
          );
        }
      } finally {
        await call('review.close', { reviewId: id });
      }
      return path;
    },
  };
}

/** Writes several reviews alike but for their file names and titles (e.g. one per lock state); returns their paths in order. */
export async function writeAlike(
  writer: ReviewWriter,
  dir: string,
  alike: Omit<ReviewSpec, 'fileName' | 'title'>,
  files: readonly { readonly fileName: string; readonly title: string }[],
): Promise<string[]> {
  const paths: string[] = [];
  for (const file of files) paths.push(await writer.write(dir, { ...alike, ...file }));
  return paths;
}
