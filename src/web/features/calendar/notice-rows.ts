import { randomId } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import type { CalendarEntry } from '../../api/types.js';

/** The server's limits, repeated so that officers learn of a slip before pressing "Lưu". */
export const MAX_NOTICE_ROWS = 100;
const REFERENCE_MIN = 3;
const REFERENCE_MAX = 300;
const NAME_MIN = 2;
const NAME_MAX = 200;

/** One editable day of a notice; `key` keeps React rows stable while officers add and remove them. */
export interface NoticeRow {
  key: string;
  date: string;
  kind: CalendarEntry['kind'];
  name: string;
}

export interface NoticeValues {
  reference: string;
  entries: NoticeRow[];
}

export function newNoticeRow(): NoticeRow {
  return { key: randomId(), date: '', kind: 'holiday', name: '' };
}

export function rowsFromEntries(entries: readonly CalendarEntry[]): NoticeRow[] {
  return entries.map((entry) => ({ key: randomId(), ...entry }));
}

/** Only call after validation, which guarantees every row is complete. */
export function entriesFromRows(rows: readonly NoticeRow[]): CalendarEntry[] {
  return rows.map(({ date, kind, name }) => ({ date, kind, name: name.trim() }));
}

export function noticeRules(t: TFunction, year: number) {
  return {
    reference: (value: string) => {
      const length = value.trim().length;
      if (length < REFERENCE_MIN) return t('calendar.validation.referenceRequired');
      return length > REFERENCE_MAX ? t('calendar.validation.referenceTooLong') : null;
    },
    entries: {
      date: (value: string, values: NoticeValues, path: string) => {
        if (!value) return t('calendar.validation.dateRequired');
        if (!value.startsWith(`${year}-`)) return t('calendar.validation.dateWrongYear', { year });
        const index = Number(path.split('.')[1]);
        const repeated = values.entries.some((other, i) => i < index && other.date === value);
        return repeated ? t('calendar.validation.dateDuplicate') : null;
      },
      name: (value: string) => {
        const length = value.trim().length;
        if (length < NAME_MIN) return t('calendar.validation.nameRequired');
        return length > NAME_MAX ? t('calendar.validation.nameTooLong') : null;
      },
    },
  };
}
