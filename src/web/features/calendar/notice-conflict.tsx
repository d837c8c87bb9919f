import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, isApiError } from '../../api/api-error.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { calendarYearQueryKey } from './calendar-api.js';

/**
 * On a stale version the year is reloaded, and the dialog's form, keyed by version, starts over
 * from what is now stored: the officer sees the other change before deciding to redo theirs.
 */
export function useNoticeConflict(year: number) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const handle = (error: unknown): boolean => {
    if (!isApiError(error, 'VERSION_CONFLICT')) return false;
    setConflict(error);
    void queryClient.invalidateQueries({ queryKey: calendarYearQueryKey(year) });
    return true;
  };
  return { conflict, handle };
}

export function NoticeConflict({ conflict }: { conflict: ApiError | null }) {
  const { t } = useTranslation();
  if (!conflict) return null;
  return (
    <>
      <ProblemAlert error={conflict} />
      <Text size="sm" c="dimmed">
        {t('calendar.notices.conflictReloaded')}
      </Text>
    </>
  );
}
