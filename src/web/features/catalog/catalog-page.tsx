import './catalog.css';

import { Button, Paper, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { RequirePermission } from '../auth/require-permission.js';
import { procedureSearchQueryOptions } from './catalog-api.js';
import { NATIONAL_CODE } from './catalog-options.js';
import type { CatalogSearch } from './catalog-search.js';
import { CreateProcedureModal } from './create-procedure-modal.js';
import { DraftsList } from './drafts-list.js';
import { ProcedureSearchForm } from './procedure-search-form.js';
import { ProceduresTable } from './procedures-table.js';
import { SearchPager } from './search-pager.js';

interface CatalogPageProps {
  search: CatalogSearch;
  onSearchChange: (next: CatalogSearch) => void;
}

export function CatalogPage(props: CatalogPageProps) {
  return (
    <RequirePermission action="catalog.manage">
      <CatalogPageContent {...props} />
    </RequirePermission>
  );
}

function CatalogPageContent({ search, onSearchChange }: CatalogPageProps) {
  const { t } = useTranslation();
  const page = search.page ?? 1;
  const results = useQuery(
    procedureSearchQueryOptions({
      q: search.q,
      level: search.level,
      onlineLevel: search.onlineLevel,
      page,
    }),
  );
  const [creating, setCreating] = useState(false);
  // The search covers published versions only; a draft is reached by its exact code.
  const typedCode = search.q && NATIONAL_CODE.test(search.q) ? search.q : null;

  return (
    <>
      <PageHeader
        title={t('catalog.officerTitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('catalog.create')}
          </Button>
        }
      />
      <Stack gap="sm">
        <DraftsList />
        <ProcedureSearchForm search={search} onSearchChange={onSearchChange} />
        <Text size="sm" c="dimmed" className="no-print">
          {t('catalog.publishedOnly')}
        </Text>
        {typedCode && (
          <AnchorLink to="/danh-muc-tthc/$code" params={{ code: typedCode }} w="fit-content">
            {t('catalog.openByCode', { code: typedCode })}
          </AnchorLink>
        )}
        {results.isError && <ProblemAlert error={results.error} />}
        {results.isPending && <FullPageLoader />}
        {results.data &&
          (results.data.items.length === 0 ? (
            <Paper withBorder p="lg" role="status">
              <Text c="dimmed">{t('catalog.empty')}</Text>
            </Paper>
          ) : (
            <>
              <ProceduresTable items={results.data.items} />
              <SearchPager
                page={page}
                hasMore={results.data.hasMore}
                onPageChange={(next) =>
                  onSearchChange({ ...search, page: next > 1 ? next : undefined })
                }
              />
            </>
          ))}
      </Stack>
      {creating && <CreateProcedureModal onClose={() => setCreating(false)} />}
    </>
  );
}
