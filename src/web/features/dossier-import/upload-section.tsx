import { Button, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import {
  IMPORT_FILE_LIMIT,
  type ImportRunView,
  showNewRun,
  type UploadHandle,
  uploadImportFile,
} from './dossier-import-api.js';
import { FilePickForm } from './file-pick-form.js';
import { percentText } from './import-text.js';

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Uploads a JSON Lines file as it is (the browser streams it from disk) and hands the run the
 * server answers with to the page, which follows it.
 */
export function UploadSection({ onAccepted }: { onAccepted: (run: ImportRunView) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [sent, setSent] = useState<number | null>(null);
  const [accepted, setAccepted] = useState(0);
  const handle = useRef<UploadHandle<ImportRunView> | null>(null);
  const mutation = useMutation({
    mutationFn: (chosen: File) => {
      setSent(0);
      handle.current = uploadImportFile(queryClient, chosen, setSent);
      return handle.current.done;
    },
    onSuccess: (run) => {
      setAccepted((n) => n + 1);
      showNewRun(queryClient, run);
      onAccepted(run);
    },
    onSettled: () => {
      handle.current = null;
      setSent(null);
    },
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('dossierImport.upload.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        {t('dossierImport.upload.intro')}
      </Text>
      <FilePickForm
        key={accepted}
        label={t('dossierImport.upload.file')}
        placeholder={t('dossierImport.upload.filePlaceholder')}
        accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl"
        icon={<IconFileUpload size={18} aria-hidden />}
        limit={IMPORT_FILE_LIMIT}
        requiredText={t('dossierImport.upload.fileRequired')}
        tooLargeText={t('dossierImport.upload.fileTooLarge')}
        submitLabel={t('dossierImport.upload.submit')}
        submitIcon={<IconUpload size={18} aria-hidden />}
        pending={mutation.isPending}
        lockWhilePending
        onSend={(file) => mutation.mutate(file)}
        onChange={() => mutation.reset()}
      >
        {mutation.isPending && (
          <Button mt={25} variant="default" onClick={() => handle.current?.abort()}>
            {t('dossierImport.upload.cancel')}
          </Button>
        )}
      </FilePickForm>
      {mutation.isPending && sent !== null && (
        <Stack gap={4} maw={560}>
          <Text size="sm">
            {t('dossierImport.upload.uploading', {
              percent: percentText(Math.floor(sent * 1000) / 10, language),
            })}
          </Text>
          <Progress
            value={Math.floor(sent * 1000) / 10}
            aria-label={t('dossierImport.upload.uploadProgress', {
              name: mutation.variables?.name ?? '',
            })}
          />
        </Stack>
      )}
      {mutation.error && !isAbort(mutation.error) && <ProblemAlert error={mutation.error} />}
    </Stack>
  );
}
