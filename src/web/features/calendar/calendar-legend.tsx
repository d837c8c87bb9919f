import { useTranslation } from 'react-i18next';
import { DAY_KINDS } from '../../../domain/calendar/calendar-types.js';

export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <ul className="calendar-legend" aria-label={t('calendar.legend')}>
      {DAY_KINDS.map((kind) => (
        <li key={kind}>
          <span className="calendar-swatch" data-kind={kind} aria-hidden />
          {t(`calendar.kinds.${kind}`)}
        </li>
      ))}
    </ul>
  );
}
