import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileTypeCsv } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { useLanguage } from '../../i18n/use-language.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import {
  AGENCY_MAP_LIMIT,
  type AgencyMapEntry,
  agencyMapQueryOptions,
  putAgencyMap,
} from './dossier-import-api.js';
import { FilePickForm } from './file-pick-form.js';
import { countText, mapProblems, mapProblemText } from './import-text.js';
import { SectionLoader } from './section-loader.js';

/**
 * The agency map: a CSV file loaded all or nothing. Its problems come back by line, listed
 * where the keyboard is taken; below, the map as it is.
 */
export function AgencyMapSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const tableHeadingId = useId();
  const problemsHeadingId = useId();
  const map = useQuery(agencyMapQueryOptions());
  const [sent, setSent] = useState(0);
  // Mantine types the list for both kinds; it renders a <ul>.
  const problemsRef = useRef<HTMLUListElement & HTMLOListElement>(null);
  const mutation = useMutation({
    mutationFn: (chosen: File) => putAgencyMap(queryClient, chosen),
    onSuccess: () => {
      setSent((n) => n + 1);
      void queryClient.invalidateQueries({ queryKey: agencyMapQueryOptions().queryKey });
    },
  });
  const problems = isApiError(mutation.error, 'IMPORT_INVALID')
    ? mapProblems(mutation.error.errors)
    : null;
  const hasProblems = problems !== null && problems.length > 0;

  // The officer is taken to the list of what to correct, as forms take them to the first error.
  // A new attempt clears the error while pending, so every refusal brings the focus back.
  useEffect(() => {
    if (hasProblems) problemsRef.current?.focus();
  }, [hasProblems]);

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('dossierImport.agencyMap.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        {t('dossierImport.agencyMap.intro')}
      </Text>
      <FilePickForm
        key={sent}
        label={t('dossierImport.agencyMap.file')}
        placeholder={t('dossierImport.agencyMap.filePlaceholder')}
        accept=".csv,text/csv"
        icon={<IconFileTypeCsv size={18} aria-hidden />}
        limit={AGENCY_MAP_LIMIT}
        requiredText={t('dossierImport.agencyMap.fileRequired')}
        tooLargeText={t('dossierImport.agencyMap.fileTooLarge')}
        submitLabel={t('dossierImport.agencyMap.submit')}
        pending={mutation.isPending}
        onSend={(file) => mutation.mutate(file)}
        onChange={() => mutation.reset()}
      />
      {mutation.isSuccess && (
        <Alert
          color="teal"
          variant="light"
          role="status"
          icon={<IconCircleCheck aria-hidden />}
          maw={900}
        >
          <Text size="sm" c="teal.9" fw={600}>
            {t('dossierImport.agencyMap.saved', {
              n: countText(mutation.data.saved, language),
            })}
          </Text>
        </Alert>
      )}
      {hasProblems ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle aria-hidden />}
          maw={900}
        >
          <Text size="sm" fw={600} id={problemsHeadingId} mb={4}>
            {t('dossierImport.agencyMap.problemsTitle')}
          </Text>
          <List
            ref={problemsRef}
            tabIndex={-1}
            aria-labelledby={problemsHeadingId}
            size="sm"
            spacing={2}
          >
            {problems.map((problem) => (
              <List.Item key={`${problem.line}:${problem.field}:${problem.reason}`}>
                {mapProblemText(t, problem)}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        mutation.error && <ProblemAlert error={mutation.error} />
      )}

      <Title order={3} size="h5" id={tableHeadingId} mt="xs">
        {map.data
          ? t('dossierImport.agencyMap.currentCount', {
              n: countText(map.data.items.length, language),
            })
          : t('dossierImport.agencyMap.current')}
      </Title>
      {map.error ? (
        <ProblemAlert error={map.error} />
      ) : !map.data ? (
        <SectionLoader />
      ) : (
        <AgencyMapTable items={map.data.items} labelledBy={tableHeadingId} />
      )}
    </Stack>
  );
}

function AgencyMapTable({ items, labelledBy }: { items: AgencyMapEntry[]; labelledBy: string }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dossierImport.agencyMap.empty')}
      </Text>
    );
  return (
    // A native scroller: with nothing focusable inside, the browser lets the keyboard scroll it.
    <Table.ScrollContainer minWidth={760} mah={420} type="native">
      <Table
        striped
        withTableBorder
        stickyHeader
        verticalSpacing={4}
        horizontalSpacing="xs"
        fz="sm"
        aria-labelledby={labelledBy}
        styles={{ th: { whiteSpace: 'nowrap' } }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dossierImport.agencyMap.columns.oldCode')}</Table.Th>
            <Table.Th scope="col">{t('dossierImport.agencyMap.columns.agency')}</Table.Th>
            <Table.Th scope="col">{t('dossierImport.agencyMap.columns.note')}</Table.Th>
            <Table.Th scope="col">{t('dossierImport.agencyMap.columns.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.oldCode}>
              <Table.Th scope="row" ff="monospace" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {item.oldCode}
              </Table.Th>
              <Table.Td miw={220}>
                {item.agencyName}
                <Text size="xs" c="dimmed" ff="monospace">
                  {item.agencyCode}
                </Text>
              </Table.Td>
              <Table.Td>{item.note ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(item.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
