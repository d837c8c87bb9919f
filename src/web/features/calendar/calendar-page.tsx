import './calendar.css';

import { Button, Stack, Title } from '@mantine/core';
import { IconEdit } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '../../ui/full-page-loader.js';
import { PageHeader } from '../../ui/page-header.js';
import { ProblemAlert } from '../../ui/problem-alert.js';
import { calendarDaysQueryOptions, calendarYearQueryOptions } from './calendar-api.js';
import { CalendarLegend } from './calendar-legend.js';
import { EditNoticeModal } from './edit-notice-modal.js';
import { NoticeSource } from './notice-source.js';
import { SpecialDaysTable } from './special-days-table.js';
import { YearCalendar } from './year-calendar.js';
import { YearPicker } from './year-picker.js';

interface CalendarPageProps {
  year: number;
  onYearChange: (year: number) => void;
}

/** Every officer reads the calendar; only those who manage it see the button to edit a notice. */
export function CalendarPage({ year, onYearChange }: CalendarPageProps) {
  const { t } = useTranslation();
  const days = useQuery(calendarDaysQueryOptions(year));
  const view = useQuery(calendarYearQueryOptions(year));
  const [editing, setEditing] = useState(false);

  // While another year loads, the previous one stays on screen but must not be edited as this one.
  const settled = !days.isPlaceholderData && !view.isPlaceholderData;
  const error = days.error ?? view.error;
  // The server says whether this officer may edit: the calendar belongs to the whole province.
  const canManage = view.data?.canEdit ?? false;

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        actions={
          <>
            <YearPicker year={year} onChange={onYearChange} />
            {canManage && (
              <Button
                leftSection={<IconEdit size={18} aria-hidden />}
                disabled={!view.data || !settled}
                onClick={() => setEditing(true)}
              >
                {t('calendar.editNotice', { year })}
              </Button>
            )}
          </>
        }
      />
      {error && <ProblemAlert error={error} />}
      {(days.isPending || view.isPending) && !error && <FullPageLoader />}
      {days.data && view.data && (
        <Stack gap="md" aria-busy={!settled}>
          <Stack gap={4}>
            <Title order={2} size="h3">
              {t('calendar.yearHeading', { year: view.data.year, canChi: view.data.canChi })}
            </Title>
            <NoticeSource view={view.data} />
          </Stack>
          <CalendarLegend />
          <YearCalendar days={days.data} />
          <Title order={2} size="h4" mt="md">
            {t('calendar.specialDays', { year: view.data.year })}
          </Title>
          <SpecialDaysTable days={days.data} />
        </Stack>
      )}
      {editing && view.data && settled && (
        <EditNoticeModal view={view.data} onClose={() => setEditing(false)} />
      )}
    </>
  );
}
