import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLevel, isOnlineLevel, LEVELS, ONLINE_LEVELS } from './catalog-options.js';
import type { CatalogSearch } from './catalog-search.js';

interface ProcedureSearchFormProps {
  search: CatalogSearch;
  onSearchChange: (next: CatalogSearch) => void;
}

/** Shared by the public search and the officers' catalogue: the same query, the same filters. */
export function ProcedureSearchForm({ search, onSearchChange }: ProcedureSearchFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(search.q ?? '');
  // The address may change under the box (Back, a link): the box then shows what is searched.
  const [appliedQ, setAppliedQ] = useState(search.q);
  if (appliedQ !== search.q) {
    setAppliedQ(search.q);
    if ((search.q ?? '') !== text.trim()) setText(search.q ?? '');
  }

  const applySearch = (value: string) => {
    const q = value.trim() || undefined;
    if (q !== search.q) onSearchChange({ ...search, q, page: undefined });
  };
  const applySearchLater = useDebouncedCallback(applySearch, 400);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    applySearch(text);
  };

  const levelOptions = [
    { value: '', label: t('catalog.allLevels') },
    ...LEVELS.map((level) => ({ value: level, label: t(`catalog.levels.${level}`) })),
  ];
  const onlineOptions = [
    { value: '', label: t('catalog.allOnlineLevels') },
    ...ONLINE_LEVELS.map((level) => ({ value: level, label: t(`catalog.onlineLevels.${level}`) })),
  ];

  return (
    <Paper withBorder p="sm" className="no-print">
      <search>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              type="search"
              label={t('catalog.search')}
              placeholder={t('catalog.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                applySearchLater(event.currentTarget.value);
              }}
              style={{ flex: '1 1 280px' }}
            />
            <NativeSelect
              label={t('catalog.levelFilter')}
              data={levelOptions}
              value={search.level ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onSearchChange({
                  ...search,
                  level: isLevel(value) ? value : undefined,
                  page: undefined,
                });
              }}
              style={{ flex: '1 1 200px' }}
            />
            <NativeSelect
              label={t('catalog.onlineFilter')}
              data={onlineOptions}
              value={search.onlineLevel ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                onSearchChange({
                  ...search,
                  onlineLevel: isOnlineLevel(value) ? value : undefined,
                  page: undefined,
                });
              }}
              style={{ flex: '1 1 160px' }}
            />
            <Button type="submit" variant="default">
              {t('catalog.searchSubmit')}
            </Button>
          </Group>
        </form>
      </search>
    </Paper>
  );
}
