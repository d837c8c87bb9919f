import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agenciesQueryOptions } from './agencies-query.js';
import { agencyFilter, agencyOptionGroups } from './agency-options.js';

export interface KnownAgency {
  id: string;
  name: string;
}

type AgencySelectProps = Omit<SelectProps, 'data' | 'filter' | 'searchable'> & {
  /**
   * Agencies the value may already point at but which the active list lacks (e.g. a grant on an
   * agency since merged), so the current value still shows its name.
   */
  known?: readonly KnownAgency[];
};

const NONE: readonly KnownAgency[] = [];

export function AgencySelect({ known = NONE, error, ...props }: AgencySelectProps) {
  const { t } = useTranslation();
  const agencies = useQuery(agenciesQueryOptions);
  const items = agencies.data;

  const data = useMemo(() => {
    const groups = agencyOptionGroups(items ?? [], (kind) => t(`agency.kinds.${kind}`));
    const listed = new Set(groups.flatMap((group) => group.items.map((item) => item.value)));
    const missing = known
      .filter((agency) => !listed.has(agency.id))
      .map((agency) => ({ value: agency.id, label: agency.name }));
    return missing.length > 0 ? [...missing, ...groups] : groups;
  }, [items, known, t]);
  const filter = useMemo(() => agencyFilter(items ?? []), [items]);

  return (
    <Select
      placeholder={t('agency.select')}
      nothingFoundMessage={t('agency.searchNothing')}
      maxDropdownHeight={320}
      {...props}
      data={data}
      filter={filter}
      searchable
      disabled={props.disabled || agencies.isPending}
      error={error ?? (agencies.isError ? t('agency.loadFailed') : undefined)}
    />
  );
}
