import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../api/types.js';
import { agenciesQueryOptions } from '../agencies/agencies-query.js';
import { agencyFilter } from '../agencies/agency-options.js';
import { useCurrentUser } from '../auth/current-user.js';
import { defaultCounter, receivingCounters } from './counters.js';

const collator = new Intl.Collator('vi');

/** The counters this officer may receive at, and the one to start with. */
export function useCounters(): { counters: Agency[]; initial: string; pending: boolean } {
  const user = useCurrentUser();
  const agencies = useQuery(agenciesQueryOptions);
  return useMemo(() => {
    const counters = receivingCounters(agencies.data ?? [], user).sort((a, b) => {
      // The officer's own centre first, then the province's, then communes' by name.
      if (a.id === user.agency.id) return -1;
      if (b.id === user.agency.id) return 1;
      return collator.compare(a.name, b.name);
    });
    return { counters, initial: defaultCounter(counters, user), pending: agencies.isPending };
  }, [agencies.data, agencies.isPending, user]);
}

type CounterSelectProps = Omit<SelectProps, 'data' | 'filter' | 'searchable'> & {
  counters: readonly Agency[];
};

export function CounterSelect({ counters, ...props }: CounterSelectProps) {
  const { t } = useTranslation();
  const data = useMemo(
    () => counters.map((agency) => ({ value: agency.id, label: agency.name })),
    [counters],
  );
  const filter = useMemo(() => agencyFilter(counters), [counters]);
  return (
    <Select
      label={t('dossier.counter')}
      placeholder={t('agency.select')}
      nothingFoundMessage={t('agency.searchNothing')}
      maxDropdownHeight={320}
      allowDeselect={false}
      {...props}
      data={data}
      filter={filter}
      searchable
    />
  );
}
