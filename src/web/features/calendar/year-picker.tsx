import { ActionIcon, Button, Group, NumberInput } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_YEAR, LAST_YEAR } from '../../../domain/calendar/calendar-types.js';
import { isSupportedYear } from './calendar-search.js';
import { currentYearInVietnam } from './vietnam-today.js';

interface YearPickerProps {
  year: number;
  onChange: (year: number) => void;
}

export function YearPicker({ year, onChange }: YearPickerProps) {
  const { t } = useTranslation();
  // What is typed may pass through years that are not one yet ("20" on the way to "2027"): only
  // whole supported years are applied, and the box shows the applied year again on leaving it.
  const [draft, setDraft] = useState<string | number>(year);
  const [shownYear, setShownYear] = useState(year);
  if (shownYear !== year) {
    setShownYear(year);
    setDraft(year);
  }
  const thisYear = currentYearInVietnam();

  const type = (value: string | number) => {
    setDraft(value);
    const typed = Number(value);
    if (value !== '' && isSupportedYear(typed) && typed !== year) onChange(typed);
  };

  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('calendar.previousYear')}
        disabled={year <= FIRST_YEAR}
        onClick={() => onChange(year - 1)}
      >
        <IconChevronLeft size={18} aria-hidden />
      </ActionIcon>
      <NumberInput
        aria-label={t('calendar.year')}
        value={draft}
        onChange={type}
        onBlur={() => setDraft(year)}
        min={FIRST_YEAR}
        max={LAST_YEAR}
        clampBehavior="none"
        allowDecimal={false}
        allowNegative={false}
        hideControls
        w={80}
        styles={{ input: { textAlign: 'center', fontWeight: 600 } }}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('calendar.nextYear')}
        disabled={year >= LAST_YEAR}
        onClick={() => onChange(year + 1)}
      >
        <IconChevronRight size={18} aria-hidden />
      </ActionIcon>
      {year !== thisYear && (
        <Button variant="subtle" size="compact-sm" onClick={() => onChange(thisYear)}>
          {t('calendar.thisYear')}
        </Button>
      )}
    </Group>
  );
}
