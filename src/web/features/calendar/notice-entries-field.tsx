import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconScale, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../api/types.js';
import { formatIsoDate, isoWeekday, NOTICE_KINDS, weekdayName } from './day-text.js';
import {
  MAX_NOTICE_ROWS,
  type NoticeValues,
  newNoticeRow,
  rowsFromEntries,
} from './notice-rows.js';

interface NoticeEntriesFieldProps {
  form: UseFormReturnType<NoticeValues>;
  year: number;
  /** What the Labour Code alone gives for the year, offered as a starting point. */
  generated: readonly CalendarEntry[];
}

/**
 * The date box follows the browser's own locale, which may well be American (month first); the
 * weekday and day/month under it confirm the date as the notice writes it ("Thứ Hai, 31/08/2026").
 */
function dateHint(iso: string, t: TFunction): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return `${weekdayName(t, isoWeekday(iso))}, ${formatIsoDate(iso)}`;
}

export function NoticeEntriesField({ form, year, generated }: NoticeEntriesFieldProps) {
  const { t } = useTranslation();
  const rows = form.values.entries;
  // A row added by the button takes the caret, so a day can be typed in without the mouse.
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const addedRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (addedKey) addedRef.current?.focus();
  }, [addedKey]);
  const addRow = () => {
    const row = newNoticeRow();
    setAddedKey(row.key);
    form.insertListItem('entries', row);
  };
  const kindOptions = NOTICE_KINDS.map((kind) => ({
    value: kind,
    label: t(`calendar.kinds.${kind}`),
  }));

  return (
    <Fieldset legend={t('calendar.form.entries')} p="sm">
      <Stack gap="xs">
        <Group gap="xs">
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconScale size={16} aria-hidden />}
            onClick={() => form.setFieldValue('entries', rowsFromEntries(generated))}
          >
            {t('calendar.form.fromLabourCode')}
          </Button>
          <Text size="xs" c="dimmed" style={{ flex: '1 1 16rem' }}>
            {t('calendar.form.fromLabourCodeHint')}
          </Text>
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('calendar.form.noRows')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={620}>
            <Table verticalSpacing={4} horizontalSpacing={4} withRowBorders={false}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={160}>{t('calendar.columns.date')}</Table.Th>
                  <Table.Th w={190}>{t('calendar.columns.kind')}</Table.Th>
                  <Table.Th>{t('calendar.columns.name')}</Table.Th>
                  <Table.Th w={44} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const number = index + 1;
                  return (
                    <Table.Tr key={row.key} style={{ verticalAlign: 'top' }}>
                      <Table.Td>
                        <TextInput
                          ref={row.key === addedKey ? addedRef : undefined}
                          type="date"
                          aria-label={t('calendar.form.rowDate', { row: number })}
                          description={dateHint(row.date, t)}
                          // Under the box, so that the rows' inputs stay on one line.
                          inputWrapperOrder={['input', 'description', 'error']}
                          min={`${year}-01-01`}
                          max={`${year}-12-31`}
                          {...form.getInputProps(`entries.${index}.date`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('calendar.form.rowKind', { row: number })}
                          data={kindOptions}
                          {...form.getInputProps(`entries.${index}.kind`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={t('calendar.form.rowName', { row: number })}
                          {...form.getInputProps(`entries.${index}.name`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          size="lg"
                          aria-label={t('calendar.form.removeRow', { row: number })}
                          onClick={() => form.removeListItem('entries', index)}
                        >
                          <IconTrash size={18} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          w="fit-content"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={rows.length >= MAX_NOTICE_ROWS}
          onClick={addRow}
        >
          {t('calendar.form.addRow')}
        </Button>
        {form.errors.entries && (
          <Text size="sm" c="red" role="alert">
            {form.errors.entries}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
