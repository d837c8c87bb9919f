import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type Ref, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { ProcedureSearchResponse, ProcedureSummary } from '../../api/types.js';

type PickerProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'searchValue' | 'onSearchChange'
> & {
  value: string;
  onChange: (code: string) => void;
  ref?: Ref<HTMLInputElement>;
};

function optionLabel(item: Pick<ProcedureSummary, 'nationalCode' | 'name'>): string {
  return `${item.nationalCode} — ${item.name}`;
}

/**
 * Published procedures found by the catalogue's own search (code or name, without diacritics),
 * as the officer types; the list is the server's, in its order.
 */
export function ProcedurePicker({ value, onChange, ref, ...props }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search.trim(), 200);
  // Once chosen, the box shows the option's label: that is no new query.
  const typed = chosen && q === chosen.label ? '' : q;
  const results = useQuery({
    queryKey: ['catalog', 'search', { q: typed, page: 1, picker: true }],
    queryFn: ({ signal }) =>
      api<ProcedureSearchResponse>('/api/v1/procedures', {
        query: { q: typed, page: 1, pageSize: 20 },
        signal,
      }),
    enabled: typed.length >= 1,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const data = useMemo(() => {
    const items = (results.data?.items ?? []).map((item) => ({
      value: item.nationalCode,
      label: optionLabel(item),
    }));
    if (chosen && chosen.value === value && !items.some((item) => item.value === value))
      items.unshift(chosen);
    return items;
  }, [results.data, chosen, value]);

  return (
    <Select
      ref={ref}
      searchable
      clearable
      leftSection={<IconSearch size={16} aria-hidden />}
      placeholder={t('dossier.procedurePlaceholder')}
      // Nothing to say before the officer types: the dropdown then stays closed.
      nothingFoundMessage={typed && results.isSuccess ? t('dossier.procedureNothing') : undefined}
      maxDropdownHeight={360}
      {...props}
      data={data}
      filter={({ options }) => options}
      value={value || null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) => {
        setChosen(next && option ? { value: next, label: option.label } : null);
        onChange(next ?? '');
      }}
    />
  );
}
