import { Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../api/types.js';
import { formatIsoDate, isNoticeKind, weekdayName } from './day-text.js';

const KIND_COLOURS = { holiday: 'red', day_off: 'orange', makeup_workday: 'blue' } as const;

/**
 * Read from the days rather than from the notice, so the list always agrees with the grids
 * above it, whichever source the year's days came from.
 */
export function SpecialDaysTable({ days }: { days: readonly CalendarDay[] }) {
  const { t } = useTranslation();
  const special = days.filter((day) => isNoticeKind(day.kind));
  if (special.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{t('calendar.noSpecialDays')}</Text>
      </Paper>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder verticalSpacing={6} horizontalSpacing="xs" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calendar.columns.date')}</Table.Th>
            <Table.Th>{t('calendar.columns.weekday')}</Table.Th>
            <Table.Th>{t('calendar.columns.kind')}</Table.Th>
            <Table.Th>{t('calendar.columns.name')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {special.map((day) => (
            <Table.Tr key={day.date}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(day.date)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{weekdayName(t, day.weekday)}</Table.Td>
              <Table.Td>
                {isNoticeKind(day.kind) && (
                  <Badge color={KIND_COLOURS[day.kind]} variant="light" radius="sm" tt="none">
                    {t(`calendar.kinds.${day.kind}`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{day.name}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
