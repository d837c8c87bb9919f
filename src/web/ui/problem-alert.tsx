import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';
import { useLanguage } from '../i18n/use-language.js';
import { problemDetail, problemMessage } from './problem-message.js';

export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = problemDetail(error, language);
  const requestId = error instanceof ApiError && error.status >= 500 ? error.requestId : undefined;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={problemMessage(error, language, t('errors.unexpected'))}
    >
      {detail && <Text size="sm">{detail}</Text>}
      {requestId && (
        <Text size="xs" c="dimmed">
          {t('errors.requestId', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
