import './catalog.css';

import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { usePageTitle } from '../../ui/use-page-title.js';
import { procedureSearchQueryOptions } from './catalog-api.js';
import type { CatalogSearch } from './catalog-search.js';
import { ProcedureCards } from './procedure-cards.js';
import { ProcedureSearchForm } from './procedure-search-form.js';
import { SearchPager } from './search-pager.js';

interface PublicSearchPageProps {
  search: CatalogSearch;
  onSearchChange: (next: CatalogSearch) => void;
}

export function PublicSearchPage({ search, onSearchChange }: PublicSearchPageProps) {
  const { t } = useTranslation();
  usePageTitle(t('catalog.publicTitle'));
  const page = search.page ?? 1;
  const results = useQuery(
    procedureSearchQueryOptions({
      q: search.q,
      level: search.level,
      onlineLevel: search.onlineLevel,
      page,
    }),
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('catalog.publicTitle')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('catalog.publicIntro')}
        </Text>
      </div>
      <ProcedureSearchForm search={search} onSearchChange={onSearchChange} />
      <section aria-labelledby="catalog-results" aria-busy={results.isPlaceholderData}>
        <Title order={2} size="h4" id="catalog-results" mb="sm">
          {t('catalog.results')}
        </Title>
        {results.isError && <ProblemAlert error={results.error} />}
        {results.isPending && <FullPageLoader />}
        {results.data &&
          (results.data.items.length === 0 ? (
            <Paper withBorder p="lg" role="status">
              <Text>{t('catalog.empty')}</Text>
              <Text size="sm" c="dimmed">
                {t('catalog.emptyHint')}
              </Text>
            </Paper>
          ) : (
            <Stack gap="md">
              <ProcedureCards items={results.data.items} />
              <SearchPager
                page={page}
                hasMore={results.data.hasMore}
                onPageChange={(next) =>
                  onSearchChange({ ...search, page: next > 1 ? next : undefined })
                }
              />
            </Stack>
          ))}
      </section>
    </Stack>
  );
}
