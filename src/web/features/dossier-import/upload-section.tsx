import { Button, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
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
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [sent, setSent] = useState<number | null>(null);
  const fileRef = useRef<HTMLButtonElement>(null);
  const handle = useRef<UploadHandle<ImportRunView> | null>(null);
  const mutation = useMutation({
    mutationFn: (chosen: File) => {
      setSent(0);
      handle.current = uploadImportFile(queryClient, chosen, setSent);
      return handle.current.done;
    },
    onSuccess: (run) => {
      setFile(null);
      showNewRun(queryClient, run);
      onAccepted(run);
    },
    onSettled: () => {
      handle.current = null;
      setSent(null);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = !file
      ? t('dossierImport.upload.fileRequired')
      : file.size > IMPORT_FILE_LIMIT
        ? t('dossierImport.upload.fileTooLarge')
        : null;
    if (problem || !file) {
      setFileError(problem);
      fileRef.current?.focus();
      return;
    }
    mutation.mutate(file);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('dossierImport.upload.title')}
      </Title>
      <Text size="sm" c="dimmed" maw={900}>
        {t('dossierImport.upload.intro')}
      </Text>
      <form noValidate onSubmit={submit}>
        <Group align="flex-start" gap="sm">
          <FileInput
            ref={fileRef}
            label={t('dossierImport.upload.file')}
            placeholder={t('dossierImport.upload.filePlaceholder')}
            accept=".jsonl,.ndjson,application/x-ndjson,application/jsonl"
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              setFileError(null);
              mutation.reset();
            }}
            error={fileError}
            clearable
            disabled={mutation.isPending}
            leftSection={<IconFileUpload size={18} aria-hidden />}
            w={360}
          />
          <Button
            type="submit"
            mt={25}
            loading={mutation.isPending}
            leftSection={<IconUpload size={18} aria-hidden />}
          >
            {t('dossierImport.upload.submit')}
          </Button>
          {mutation.isPending && (
            <Button mt={25} variant="default" onClick={() => handle.current?.abort()}>
              {t('dossierImport.upload.cancel')}
            </Button>
          )}
        </Group>
      </form>
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
