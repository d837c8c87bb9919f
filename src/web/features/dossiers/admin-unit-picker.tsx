import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type Ref, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUnit } from './dossier-types.js';
import { adminUnitsQueryOptions } from './dossiers-api.js';

type PickerProps = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchable' | 'filter' | 'searchValue' | 'onSearchChange'
> & {
  unit: AdminUnit | null;
  onChange: (unit: AdminUnit | null) => void;
  /** Text to search with, e.g. the commune read from a card's QR code. */
  searchHint?: string | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** "Phường Kinh Bắc, Tỉnh Bắc Ninh". */
export function unitLabel(unit: AdminUnit): string {
  return `${unit.fullName}, ${unit.provinceName}`;
}

/**
 * The commune-level unit of an address, from the national list (since 1 July 2025), searched on
 * the server without diacritics; Bắc Ninh's units come first.
 */
export function AdminUnitPicker({ unit, onChange, searchHint, ref, ...props }: PickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(searchHint ?? '');
  const [appliedHint, setAppliedHint] = useState(searchHint);
  if (searchHint !== appliedHint) {
    setAppliedHint(searchHint);
    if (searchHint) setSearch(searchHint);
  }
  const [q] = useDebouncedValue(search.trim(), 200);
  const typed = unit && q === unitLabel(unit) ? '' : q;
  const results = useQuery(adminUnitsQueryOptions(typed));
  const found = results.data;
  const items = useMemo(() => (typed.length >= 2 && found ? found : []), [typed, found]);

  const byCode = useMemo(() => {
    const map = new Map(items.map((item) => [item.code, item]));
    if (unit) map.set(unit.code, unit);
    return map;
  }, [items, unit]);
  const data = useMemo(() => {
    const options = items.map((item) => ({ value: item.code, label: unitLabel(item) }));
    if (unit && !options.some((option) => option.value === unit.code))
      options.unshift({ value: unit.code, label: unitLabel(unit) });
    return options;
  }, [items, unit]);

  return (
    <Select
      ref={ref}
      searchable
      clearable
      placeholder={t('dossier.applicant.unitPlaceholder')}
      nothingFoundMessage={
        typed.length >= 2 && results.isSuccess ? t('dossier.applicant.unitNothing') : undefined
      }
      maxDropdownHeight={320}
      {...props}
      data={data}
      filter={({ options }) => options}
      value={unit?.code ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(code) => onChange(code ? (byCode.get(code) ?? null) : null)}
    />
  );
}
