import { useMemo } from 'react';
import { useReviewQuery } from '@renderer/api/useQuery';
import type { Choice } from '../filters/ChoiceList';

/** The review's people as filter choices: real name with the pseudonym the report will use. */
export function usePeopleChoices(): readonly Choice[] {
  const people = useReviewQuery('people.list', {});
  return useMemo(
    () =>
      (people.data ?? []).map((person) => ({
        id: person.id,
        label:
          person.pseudonym !== '' && person.pseudonym !== person.realName
            ? `${person.realName} (${person.pseudonym})`
            : person.realName,
      })),
    [people.data],
  );
}
