import type { UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.js';
import { useLanguage } from '../../i18n/use-language.js';
import { problemMessage } from '../../ui/problem-message.js';
import { uploadScan } from './dossiers-api.js';
import { newUuid } from './idempotency-key.js';
import type { IntakeValues, UploadValue } from './intake-values.js';

/** What the browser may offer to pick; the server reads the real type from the bytes. */
export const SCAN_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/**
 * Sends each picked scan at once, while the officer goes on typing, with its progress in the
 * form's own value (so it is part of what the form knows about the component). A stored scan
 * keeps its SHA-256, which is all the intake request carries.
 */
export function useScanUploads(form: UseFormReturnType<IntakeValues>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const running = useRef(new Map<string, () => void>());

  useEffect(() => {
    const handles = running.current;
    return () => {
      for (const abort of handles.values()) abort();
      handles.clear();
    };
  }, []);

  const update = useCallback(
    (at: number, key: string, change: Partial<UploadValue>) => {
      form.setFieldValue(`components.${at}.files`, (files: UploadValue[]) =>
        files.map((file) => (file.key === key ? { ...file, ...change } : file)),
      );
    },
    [form],
  );

  const send = useCallback(
    (at: number, key: string, file: File) => {
      const handle = uploadScan(queryClient, file, (progress) => update(at, key, { progress }));
      running.current.set(key, handle.abort);
      handle.done
        .then((stored) => {
          update(at, key, {
            status: 'done',
            progress: 1,
            sha256: stored.sha256,
            mediaType: stored.mediaType,
          });
          form.clearFieldError(`components.${at}.files`);
        })
        .catch((error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          const message = isApiError(error)
            ? problemMessage(error, language, t('errors.unexpected'))
            : t('errors.unexpected');
          update(at, key, { status: 'error', error: message });
        })
        .finally(() => running.current.delete(key));
    },
    [form, language, queryClient, t, update],
  );

  const files = useRef(new Map<string, File>());

  const add = useCallback(
    (at: number, picked: readonly File[]) => {
      if (picked.length === 0) return;
      const added = picked.map((file) => {
        const key = newUuid();
        files.current.set(key, file);
        return {
          value: {
            key,
            name: file.name.normalize('NFC'),
            size: file.size,
            status: 'uploading',
            progress: 0,
          } satisfies UploadValue,
          file,
        };
      });
      form.setFieldValue(`components.${at}.files`, (current: UploadValue[]) => [
        ...current,
        ...added.map((item) => item.value),
      ]);
      // A scan of a component is proof it was handed in.
      form.setFieldValue(`components.${at}.provided`, true);
      form.clearFieldError(`components.${at}.provided`);
      for (const item of added) send(at, item.value.key, item.file);
    },
    [form, send],
  );

  const retry = useCallback(
    (at: number, key: string) => {
      const file = files.current.get(key);
      if (!file) return;
      update(at, key, { status: 'uploading', progress: 0, error: undefined });
      send(at, key, file);
    },
    [send, update],
  );

  const remove = useCallback(
    (at: number, key: string) => {
      running.current.get(key)?.();
      running.current.delete(key);
      files.current.delete(key);
      form.setFieldValue(`components.${at}.files`, (current: UploadValue[]) =>
        current.filter((file) => file.key !== key),
      );
    },
    [form],
  );

  return { add, retry, remove };
}
