import { ActionIcon, Button, FileButton, Group, Input, Progress, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCheck,
  IconFileTypePdf,
  IconRefresh,
  IconX,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.js';
import { useLanguage } from '../../i18n/use-language.js';
import { problemMessage } from '../../ui/problem-message.js';
import { fileSizeText } from './dossier-text.js';
import { uploadScan } from './dossiers-api.js';
import { newUuid } from './idempotency-key.js';
import type { UploadValue } from './intake-values.js';
import { looksLikePdf } from './processing-view.js';

const PDF_ACCEPT = 'application/pdf,.pdf';

type Update = (change: (current: UploadValue | null) => UploadValue | null) => void;

/** Why the dialog cannot be sent yet because of its file, or null. */
export function resultFileProblem(value: UploadValue | null, t: TFunction): string | null {
  if (value?.status === 'uploading') return t('processing.fields.fileWait');
  if (value?.status === 'error') return t('processing.fields.fileFailed');
  return null;
}

/**
 * The electronic result of an approval or correction: one PDF, uploaded as soon as it is picked
 * (PUT /api/v1/files), with its size and progress, and replaceable until the dialog is sent. The
 * request carries only its SHA-256. `path` is the form's path, for focusing the field in error.
 */
export function ResultFileField({
  label,
  description,
  value,
  onChange,
  error,
  path,
  autofocus = false,
}: {
  label: string;
  description?: string;
  value: UploadValue | null;
  onChange: Update;
  error: string | undefined;
  path: string;
  autofocus?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const labelId = useId();
  const running = useRef<(() => void) | null>(null);
  const picked = useRef<File | null>(null);

  useEffect(
    () => () => {
      running.current?.();
      running.current = null;
    },
    [],
  );

  const patch = (key: string, change: Partial<UploadValue>) =>
    onChange((current) => (current?.key === key ? { ...current, ...change } : current));

  const send = (key: string, file: File) => {
    running.current?.();
    const handle = uploadScan(queryClient, file, (progress) => patch(key, { progress }));
    running.current = handle.abort;
    handle.done
      .then((stored) => {
        // The server reads the type from the bytes: a renamed image is no PDF.
        if (stored.mediaType !== 'application/pdf')
          patch(key, { status: 'error', error: t('processing.fields.fileOnlyPdf') });
        else patch(key, { status: 'done', progress: 1, sha256: stored.sha256 });
      })
      .catch((problem: unknown) => {
        if (problem instanceof DOMException && problem.name === 'AbortError') return;
        const message = isApiError(problem)
          ? problemMessage(problem, language, t('errors.unexpected'))
          : t('errors.unexpected');
        patch(key, { status: 'error', error: message });
      })
      .finally(() => {
        if (running.current === handle.abort) running.current = null;
      });
  };

  const pick = (file: File | null) => {
    if (!file) return;
    running.current?.();
    running.current = null;
    const key = newUuid();
    const name = file.name.normalize('NFC');
    if (!looksLikePdf(file)) {
      picked.current = null;
      onChange(() => ({
        key,
        name,
        size: file.size,
        status: 'error',
        progress: 0,
        error: t('processing.fields.fileOnlyPdf'),
      }));
      return;
    }
    picked.current = file;
    onChange(() => ({ key, name, size: file.size, status: 'uploading', progress: 0 }));
    send(key, file);
  };

  const retry = () => {
    const file = picked.current;
    if (!file || !value) return;
    patch(value.key, { status: 'uploading', progress: 0, error: undefined });
    send(value.key, file);
  };

  const remove = () => {
    running.current?.();
    running.current = null;
    picked.current = null;
    onChange(() => null);
  };

  const percent = Math.round((value?.progress ?? 0) * 100);
  return (
    <Input.Wrapper
      labelElement="div"
      label={<span id={labelId}>{label}</span>}
      description={description}
      error={error}
    >
      <Stack gap={4} mt={4}>
        {value && (
          <div data-testid="result-file">
            <Group gap={6} wrap="nowrap">
              {value.status === 'done' ? (
                <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />
              ) : value.status === 'error' ? (
                <IconAlertTriangle size={16} color="var(--mantine-color-red-7)" aria-hidden />
              ) : (
                <IconFileTypePdf size={16} aria-hidden />
              )}
              <Text size="sm" truncate="end" style={{ flex: 1, minWidth: 0 }} title={value.name}>
                {value.name}
              </Text>
              <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {fileSizeText(value.size, language)}
              </Text>
              {value.status === 'error' && picked.current && (
                <ActionIcon
                  variant="subtle"
                  aria-label={t('processing.fields.retryFile', { name: value.name })}
                  title={t('processing.fields.retryFile', { name: value.name })}
                  onClick={retry}
                >
                  <IconRefresh size={14} aria-hidden />
                </ActionIcon>
              )}
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('processing.fields.removeFile', { name: value.name })}
                title={t('processing.fields.removeFile', { name: value.name })}
                onClick={remove}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </Group>
            {value.status === 'uploading' && (
              <Progress
                value={percent}
                size="sm"
                animated
                aria-label={t('processing.fields.fileProgress', { name: value.name })}
              />
            )}
            <Text
              size="xs"
              c={value.status === 'error' ? 'red.8' : 'dimmed'}
              role={value.status === 'error' ? 'alert' : 'status'}
              data-upload-status={value.status}
            >
              {value.status === 'uploading'
                ? t('processing.fields.fileUploading', { percent })
                : value.status === 'done'
                  ? t('processing.fields.fileUploaded')
                  : (value.error ?? t('errors.unexpected'))}
            </Text>
          </div>
        )}
        <FileButton accept={PDF_ACCEPT} onChange={pick} inputProps={{ 'aria-labelledby': labelId }}>
          {(props) => (
            <Button
              {...props}
              variant="light"
              size="xs"
              w="fit-content"
              leftSection={<IconFileTypePdf size={16} aria-hidden />}
              data-path={path}
              data-autofocus={autofocus || undefined}
              aria-describedby={labelId}
            >
              {value ? t('processing.fields.replaceFile') : t('processing.fields.pickFile')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Input.Wrapper>
  );
}
