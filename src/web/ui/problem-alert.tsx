import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error.js';
import { useLanguage } from '../i18n/use-language.js';
import { problemDetail, problemMessage } from './problem-message.js';

/**
 * The message goes in the body, not in Mantine's `title`: a title would label the alert, and an
 * alert labelled "…mật khẩu không đúng" would then compete with the password field for that name.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = problemDetail(error, language);
  const requestId = error instanceof ApiError && error.status >= 500 ? error.requestId : undefined;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
      <Text size="sm" fw={600}>
        {problemMessage(error, language, t('errors.unexpected'))}
      </Text>
      {detail && <Text size="sm">{detail}</Text>}
      {requestId && (
        <Text size="xs" c="dimmed">
          {t('errors.requestId', { id: requestId })}
        </Text>
      )}
    </Alert>
  );
}
