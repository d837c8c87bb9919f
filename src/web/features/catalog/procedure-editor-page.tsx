import './catalog.css';

import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconEye, IconGitCompare } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/api-error.js';
import type { ProcedureDetail } from '../../api/types.js';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink, ButtonLink } from '../../ui/router-links.js';
import { RequirePermission } from '../auth/require-permission.js';
import {
  catalogQueryKey,
  procedureDetailQueryKey,
  procedureDetailQueryOptions,
} from './catalog-api.js';
import { STATE_COLOURS } from './catalog-options.js';
import { CatalogSection } from './catalog-section.js';
import { DraftEditor } from './draft-editor.js';
import { PublishedVersion } from './published-version.js';
import { VersionDiff } from './version-diff.js';
import { versionText } from './version-text.js';
import { VersionsTable } from './versions-table.js';

interface ProcedureEditorPageProps {
  code: string;
  /** Absent: the version in force, or the only draft of a procedure never published. */
  version: number | undefined;
  onVersionChange: (version: number | undefined) => void;
}

export function ProcedureEditorPage(props: ProcedureEditorPageProps) {
  return (
    <RequirePermission action="catalog.manage">
      <ProcedureEditor {...props} />
    </RequirePermission>
  );
}

function ProcedureEditor({ code, version, onVersionChange }: ProcedureEditorPageProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = procedureDetailQueryKey(code, version);
  const detail = useQuery(procedureDetailQueryOptions(code, version));
  const procedure = detail.data;

  // A stale row version: the draft is reloaded and its form, keyed by this count, starts over
  // from what is now stored, so the officer sees the other change before redoing theirs.
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [reloads, setReloads] = useState(0);
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictRef.current?.scrollIntoView({ block: 'center' });
  }, [conflict]);

  const onChanged = (changed: ProcedureDetail) => {
    // Lists, comparisons and other versions may all show something else now.
    void queryClient.invalidateQueries({ queryKey: catalogQueryKey, refetchType: 'none' });
    queryClient.setQueryData(procedureDetailQueryKey(code, changed.versionNo), changed);
    if (changed.versionNo === procedure?.versionNo) queryClient.setQueryData(key, changed);
    setConflict(null);
  };
  const onConflict = (error: unknown): boolean => {
    if (!isApiError(error, 'VERSION_CONFLICT')) return false;
    setConflict(error);
    void queryClient.refetchQueries({ queryKey: key }).then(() => setReloads((n) => n + 1));
    return true;
  };

  const everPublished = procedure?.versions.some((v) => v.state !== 'draft') ?? false;

  return (
    <>
      <AnchorLink to="/danh-muc-tthc" size="sm" className="no-print">
        <Group gap={4} component="span" wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          {t('catalog.backToList')}
        </Group>
      </AnchorLink>
      <PageHeader
        title={procedure?.content.name ?? code}
        actions={
          everPublished && (
            <ButtonLink
              to="/thu-tuc/$code"
              params={{ code }}
              variant="default"
              leftSection={<IconEye size={18} aria-hidden />}
            >
              {t('catalog.publicPage')}
            </ButtonLink>
          )
        }
      />
      {detail.isError && <ProblemAlert error={detail.error} />}
      {detail.isPending && <FullPageLoader />}
      {procedure && (
        <Stack gap="lg">
          <Group gap="sm">
            <Text ff="monospace" fw={600}>
              {procedure.nationalCode}
            </Text>
            <Badge color={STATE_COLOURS[procedure.state]} variant="light" tt="none">
              {t(`catalog.states.${procedure.state}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {versionText(t, procedure)}
            </Text>
          </Group>
          <CatalogSection title={t('catalog.editor.versions')}>
            <Stack gap="sm">
              <VersionsTable
                code={code}
                versions={procedure.versions}
                shown={procedure.versionNo}
              />
              {procedure.versionNo > 1 && <Comparison procedure={procedure} />}
            </Stack>
          </CatalogSection>
          <div ref={conflictRef}>
            {conflict && (
              <Stack gap="xs">
                <ProblemAlert error={conflict} />
                <Text size="sm" c="dimmed">
                  {t('catalog.notices.conflictReloaded')}
                </Text>
              </Stack>
            )}
          </div>
          {procedure.state === 'draft' ? (
            <DraftEditor
              key={`${procedure.versionNo}:${reloads}`}
              draft={procedure}
              onSaved={onChanged}
              onConflict={onConflict}
            />
          ) : (
            <PublishedVersion
              procedure={procedure}
              onChanged={onChanged}
              onOpenVersion={onVersionChange}
            />
          )}
        </Stack>
      )}
    </>
  );
}

function Comparison({ procedure }: { procedure: ProcedureDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const from = procedure.versionNo - 1;
  return (
    <Stack gap="xs">
      <Button
        variant="light"
        w="fit-content"
        leftSection={<IconGitCompare size={18} aria-hidden />}
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="no-print"
      >
        {open ? t('catalog.editor.hideCompare') : t('catalog.editor.compare')}
      </Button>
      {open && (
        <>
          <Text size="sm" fw={600}>
            {t('catalog.editor.diffTitle', { from })}
          </Text>
          <VersionDiff code={procedure.nationalCode} from={from} to={procedure.versionNo} />
        </>
      )}
    </Stack>
  );
}
