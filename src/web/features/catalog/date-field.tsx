import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatIsoDate, isoWeekday, weekdayName } from '../calendar/day-text.js';

/**
 * A plain date box (no date library in the bundle). Its display follows the browser's locale,
 * which may put the month first; the line under it confirms the date the Vietnamese way.
 */
export function DateField(props: Omit<TextInputProps, 'type' | 'description'> & { value: string }) {
  const { t } = useTranslation();
  const hint = /^\d{4}-\d{2}-\d{2}$/.test(props.value)
    ? `${weekdayName(t, isoWeekday(props.value))}, ${formatIsoDate(props.value)}`
    : undefined;
  return (
    <TextInput
      type="date"
      description={hint}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      {...props}
    />
  );
}
