/**
 * The 12-digit personal identification number (số định danh cá nhân, Nghị định 137/2015 and its
 * successors): 3 digits for the place of birth registration (the province codes of before 2025,
 * still printed on every card), 1 for century and sex, 2 for the year of birth, 6 random.
 * Only the form is checked here; whether the number exists is VNeID's to say.
 */
const PROVINCE_CODES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
  40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79,
  80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
]);

export type PersonalIdProblem = 'not_12_digits' | 'unknown_province' | 'born_in_future';

export function personalIdProblem(id: string, currentYear: number): PersonalIdProblem | null {
  if (!/^\d{12}$/.test(id)) return 'not_12_digits';
  if (!PROVINCE_CODES.has(Number(id.slice(0, 3)))) return 'unknown_province';
  const centuryDigit = Number(id[3]);
  const century = 1900 + Math.floor(centuryDigit / 2) * 100;
  const birthYear = century + Number(id.slice(4, 6));
  if (birthYear > currentYear) return 'born_in_future';
  return null;
}

export const PERSONAL_ID_MESSAGES: Record<PersonalIdProblem, string> = {
  not_12_digits: 'Số định danh cá nhân gồm đúng 12 chữ số',
  unknown_province: 'Ba chữ số đầu không phải mã tỉnh nơi đăng ký khai sinh',
  born_in_future: 'Năm sinh trong số định danh cá nhân ở tương lai',
};
