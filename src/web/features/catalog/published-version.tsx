import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBan, IconCopyPlus, IconLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../../api/types.js';
import { notifySuccess } from '../../ui/notify.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { AnchorLink } from '../../ui/router-links.js';
import { AbolishModal } from './abolish-modal.js';
import { createDraftVersion } from './catalog-api.js';
import { CatalogSection } from './catalog-section.js';
import { ProcedureFacts, ProcedureSections } from './procedure-sections.js';
import { ProcessTable } from './process-table.js';

interface PublishedVersionProps {
  procedure: ProcedureDetail;
  onChanged: (changed: ProcedureDetail) => void;
  onOpenVersion: (versionNo: number) => void;
}

/** A version past its draft is frozen: read it, start the next version from it, or abolish it. */
export function PublishedVersion({ procedure, onChanged, onOpenVersion }: PublishedVersionProps) {
  const { t } = useTranslation();
  const [abolishing, setAbolishing] = useState(false);
  const draft = procedure.versions.find((version) => version.state === 'draft');
  const newDraft = useMutation({
    mutationFn: () => createDraftVersion(procedure.nationalCode),
    onSuccess: (created) => {
      notifySuccess(t('catalog.notices.draftCreated', { version: created.versionNo }));
      onChanged(created);
      onOpenVersion(created.versionNo);
    },
  });

  return (
    <Stack gap="lg">
      <Alert color="gray" variant="light" icon={<IconLock aria-hidden />} className="no-print">
        <Stack gap="xs">
          <Text size="sm">{t('catalog.editor.readOnly')}</Text>
          <Group gap="sm">
            {draft ? (
              <AnchorLink
                to="/danh-muc-tthc/$code"
                params={{ code: procedure.nationalCode }}
                search={{ version: draft.versionNo }}
                size="sm"
                fw={600}
              >
                {t('catalog.editor.openDraft', { version: draft.versionNo })}
              </AnchorLink>
            ) : (
              <Button
                size="compact-md"
                leftSection={<IconCopyPlus size={18} aria-hidden />}
                loading={newDraft.isPending}
                onClick={() => newDraft.mutate()}
              >
                {t('catalog.editor.newVersion')}
              </Button>
            )}
            {procedure.state === 'published' && (
              <Button
                size="compact-md"
                variant="light"
                color="red"
                leftSection={<IconBan size={18} aria-hidden />}
                onClick={() => setAbolishing(true)}
              >
                {t('catalog.editor.abolish')}
              </Button>
            )}
          </Group>
          {newDraft.isError && <ProblemAlert error={newDraft.error} />}
        </Stack>
      </Alert>
      <Paper withBorder p="md">
        <ProcedureFacts procedure={procedure} />
      </Paper>
      <ProcedureSections procedure={procedure} />
      <CatalogSection title={t('catalog.process.title')}>
        <ProcessTable procedure={procedure} />
      </CatalogSection>
      {abolishing && (
        <AbolishModal
          code={procedure.nationalCode}
          onAbolished={onChanged}
          onClose={() => setAbolishing(false)}
        />
      )}
    </Stack>
  );
}
