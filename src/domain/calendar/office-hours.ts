import type { OfficeHours, OfficeHoursSeason } from './calendar-types.js';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;
const MM_DD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Problems with an office-hours definition, as [path, Vietnamese message] pairs; empty if valid. */
export function officeHoursProblems(hours: OfficeHours): [string, string][] {
  const problems: [string, string][] = [];
  if (hours.seasons.length === 0) problems.push(['seasons', 'Cần ít nhất một mùa giờ làm việc']);
  const froms = new Set<string>();
  hours.seasons.forEach((season, i) => {
    if (!MM_DD.test(season.from))
      problems.push([`seasons.${i}.from`, 'Ngày bắt đầu mùa phải có dạng MM-DD']);
    if (froms.has(season.from))
      problems.push([`seasons.${i}.from`, 'Hai mùa không được bắt đầu cùng ngày']);
    froms.add(season.from);
    if (season.weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      problems.push([
        `seasons.${i}.weekdays`,
        'Thứ trong tuần là số từ 1 (thứ Hai) đến 7 (Chủ nhật)',
      ]);
    }
    let previousEnd = -1;
    season.sessions.forEach((s, j) => {
      if (!HH_MM.test(s.start) || !HH_MM.test(s.end)) {
        problems.push([`seasons.${i}.sessions.${j}`, 'Giờ phải có dạng HH:MM']);
        return;
      }
      const start = minutesOf(s.start);
      const end = minutesOf(s.end);
      if (end <= start)
        problems.push([`seasons.${i}.sessions.${j}`, 'Giờ kết thúc phải sau giờ bắt đầu']);
      if (start < previousEnd)
        problems.push([
          `seasons.${i}.sessions.${j}`,
          'Các ca làm việc phải theo thứ tự và không chồng nhau',
        ]);
      previousEnd = end;
    });
    if (season.sessions.length === 0)
      problems.push([`seasons.${i}.sessions`, 'Cần ít nhất một ca làm việc']);
  });
  return problems;
}

/** The season in force on a date (month 1–12, day 1–31). */
export function seasonOn(hours: OfficeHours, month: number, day: number): OfficeHoursSeason {
  const key = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const sorted = [...hours.seasons].sort((a, b) => (a.from < b.from ? -1 : 1));
  let current = sorted[sorted.length - 1] as OfficeHoursSeason; // wraps from the previous year
  for (const season of sorted) if (season.from <= key) current = season;
  return current;
}
