import { useId, useState } from 'react';
import type { CharacteristicInput } from '@shared/api/people';
import {
  characteristicStateLabels,
  characteristicStates,
  groupsForVariant,
  optionsForVariant,
  type CharacteristicRecord,
  type CharacteristicState,
  type CharacteristicTemplate,
  type CharacteristicVariant,
  type Person,
} from '@shared/domain/people';
import { useReviewQuery } from '../../api/useQuery';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { isoDayToWords } from '../../ui/date-input';
import { Button } from '@renderer/ui/Button';
import { EnumSelect } from '@renderer/ui/EnumSelect';
import { labelledOptionsAfterBlank } from '@renderer/ui/Select';
import { useReviewChange } from '@renderer/components/useReviewChange';
import { bindDraft } from '@renderer/ui/bind-draft';
import { TextField } from '@renderer/ui/TextField';
import { TextArea, TextInput } from '@renderer/ui/TextInput';

/** The nine protected characteristics of one person: state first, then (only if recorded) the value. */
export function CharacteristicsEditor({ person }: { person: Person }) {
  const id = useId();
  const templates = useReviewQuery('people.listCharacteristicTemplates', {});
  const records = useReviewQuery('people.listCharacteristics', { personId: person.id });
  const [variant, setVariant] = useState<CharacteristicVariant>('england');
  const { command, announce, action } = useReviewChange();
  // Every characteristic's draft, saved together with one button.
  const [drafts, setDrafts] = useState<Readonly<Record<string, Draft>>>({});
  const [seen, setSeen] = useState(records.data);
  if (seen !== records.data) {
    // The stored records changed (saved, undone): show them again.
    setSeen(records.data);
    setDrafts({});
  }
  const recordOf = (templateId: string) => (records.data ?? []).find((r) => r.characteristicId === templateId);
  const draftFor = (templateId: string): Draft => drafts[templateId] ?? draftOf(recordOf(templateId));
  const changedTemplates = (templates.data ?? []).filter(
    (t) => drafts[t.id] !== undefined && JSON.stringify(drafts[t.id]) !== JSON.stringify(draftOf(recordOf(t.id))),
  );

  const saveAll = async (): Promise<void> => {
    const saved: string[] = [];
    for (const template of changedTemplates) {
      const input = toInput(person, template, draftFor(template.id));
      const result =
        input === null
          ? await action.run(() =>
              command('people.removeCharacteristic', { personId: person.id, characteristicId: template.id }),
            )
          : await action.run(() => command('people.updateCharacteristic', input));
      if (result === undefined) break;
      saved.push(template.label);
    }
    if (saved.length > 0) announce(`Saved: ${saved.join(', ')}`);
  };
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Protected characteristics</h3>
      <p className="hint">
        Record what agencies knew, and say why where nothing is known: “not asked” and “not recorded by agencies” are
        findings in themselves.
      </p>
      <Field id={`${id}-variant`} label="Ethnicity list" className="inline-field">
        {(control) => (
          <select {...control} value={variant} onChange={(e) => setVariant(e.target.value as CharacteristicVariant)}>
            <option value="england">England</option>
            <option value="wales">Wales (Welsh listed first)</option>
          </select>
        )}
      </Field>
      <ErrorMessage error={templates.error ?? records.error} />
      {(templates.data ?? []).map((template) => (
        <CharacteristicRow
          key={template.id}
          person={person}
          template={template}
          variant={variant}
          draft={draftFor(template.id)}
          onChange={(draft) => setDrafts((current) => ({ ...current, [template.id]: draft }))}
        />
      ))}
      <ErrorMessage error={action.error} title="Not saved" />
      <div className="cw-button-row characteristics-save">
        <Button
          className="cw-button is-primary"
          busy={action.busy}
          disabled={changedTemplates.length === 0}
          onClick={() => void saveAll()}
        >
          Save characteristics{changedTemplates.length > 0 ? ` (${changedTemplates.length} changed)` : ''}
        </Button>
        {changedTemplates.length > 0 ? (
          <Button busy={action.busy} onClick={() => setDrafts({})}>
            Discard changes
          </Button>
        ) : null}
      </div>
    </section>
  );
}

type Draft = {
  state: CharacteristicState | '';
  optionId: string;
  writeIn: string;
  reason: string;
  source: string;
  detail: string;
};

function draftOf(record: CharacteristicRecord | undefined): Draft {
  if (record === undefined) return { state: '', optionId: '', writeIn: '', reason: '', source: '', detail: '' };
  return {
    state: record.state,
    optionId: record.state === 'recorded' ? (record.value.optionId ?? '') : '',
    writeIn: record.state === 'recorded' ? (record.value.writeIn ?? '') : '',
    reason: record.state === 'not-applicable' ? record.reason : '',
    source: record.source,
    detail: record.detail ?? '',
  };
}

function toInput(person: Person, template: CharacteristicTemplate, d: Draft): CharacteristicInput | null {
  const base = {
    personId: person.id,
    characteristicId: template.id,
    source: d.source,
    detail: d.detail.trim() === '' ? null : d.detail,
  };
  if (d.state === '') return null;
  if (d.state === 'recorded') {
    return {
      ...base,
      state: 'recorded',
      value: { optionId: d.optionId === '' ? null : d.optionId, writeIn: d.writeIn === '' ? null : d.writeIn },
    };
  }
  if (d.state === 'not-applicable') return { ...base, state: 'not-applicable', reason: d.reason };
  return { ...base, state: d.state };
}

function CharacteristicRow(props: {
  person: Person;
  template: CharacteristicTemplate;
  variant: CharacteristicVariant;
  draft: Draft;
  onChange: (draft: Draft) => void;
}) {
  const { person, template, variant, draft } = props;
  const setDraft = props.onChange;
  const field = bindDraft(draft, setDraft);
  const id = useId();
  const options = optionsForVariant(template, variant);
  const chosen = options.find((o) => o.id === draft.optionId);
  const writeInAllowed = chosen?.writeIn === true || (options.length > 0 && options.every((o) => o.writeIn === true));

  return (
    <fieldset className="cw-group">
      <legend>{template.label}</legend>
      <p className="hint">
        {(variant === 'england' ? undefined : template.variants[variant]?.question) ?? template.question}
      </p>
      {template.derivedFrom === 'dateOfBirth' && person.dateOfBirth !== null ? (
        <p>Worked out from the date of birth ({isoDayToWords(person.dateOfBirth)}).</p>
      ) : (
        <div className="characteristic-fields">
          <EnumSelect<Draft['state']>
            id={`${id}-state`}
            label="What is known"
            options={labelledOptionsAfterBlank('Not yet entered', characteristicStates, characteristicStateLabels)}
            {...field('state')}
          />
          {draft.state === 'recorded' ? (
            <Field id={`${id}-value`} label="Value">
              {(control) => (
                <select
                  {...control}
                  value={draft.optionId}
                  onChange={(e) => setDraft({ ...draft, optionId: e.target.value })}
                >
                  <option value="">Choose…</option>
                  {groupsOf(template, variant, options).map((group) =>
                    group.label === null ? (
                      group.options.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.label}
                        </option>
                      ))
                    ) : (
                      <optgroup key={group.label} label={group.label}>
                        {group.options.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.label}
                          </option>
                        ))}
                      </optgroup>
                    ),
                  )}
                </select>
              )}
            </Field>
          ) : null}
          {draft.state === 'recorded' && writeInAllowed ? (
            <TextField id={`${id}-writein`} label="Written-in answer" autoComplete="off" {...field('writeIn')} />
          ) : null}
          {draft.state === 'not-applicable' ? (
            <Field id={`${id}-reason`} label="Why not applicable">
              {(control) => (
                <TextInput
                  {...control}
                  {...field('reason')}
                  required
                  autoComplete="off"
                  placeholder={template.minimumAge === null ? '' : `e.g. under ${template.minimumAge}`}
                />
              )}
            </Field>
          ) : null}
          {draft.state !== '' ? (
            <TextField id={`${id}-source`} label="Source" autoComplete="off" {...field('source')} />
          ) : null}
          {draft.state !== '' ? (
            <Field
              label="Detail (optional)"
              hint={`${DETAIL_EXAMPLES[template.id] ?? 'What lies behind the answer, in your words'}. Kept for your analysis; never printed in a published document or counted in the figures.`}
              className="characteristic-detail"
            >
              {(control) => <TextArea {...control} rows={2} maxLength={1000} {...field('detail')} />}
            </Field>
          ) : null}
        </div>
      )}
    </fieldset>
  );
}

/** What the detail of each characteristic usually holds, as the field's hint. */
const DETAIL_EXAMPLES: Readonly<Record<string, string>> = {
  disability: 'For example the condition and how it affected daily life',
  'religion-belief': 'For example the denomination or how faith shaped contact with services',
  race: 'For example language, immigration status or how identity was understood',
  'pregnancy-maternity': 'For example the weeks of pregnancy or a recent birth during the events',
  'marriage-civil-partnership': 'For example a separation or a second marriage abroad',
  'gender-reassignment': 'For example how the person described their identity',
  'sexual-orientation': 'For example what the person said and to whom',
  sex: 'For example how agencies recorded it',
};

function groupsOf(
  template: CharacteristicTemplate,
  variant: CharacteristicVariant,
  options: ReturnType<typeof optionsForVariant>,
) {
  if (template.groups.length === 0) return [{ label: null, options }];
  const grouped = groupsForVariant(template, variant).map((g) => ({
    label: g.label as string | null,
    options: options.filter((o) => o.group === g.id),
  }));
  const loose = options.filter((o) => o.group === undefined);
  return loose.length === 0 ? grouped : [...grouped, { label: null, options: loose }];
}
