/**
 * Lowercases and strips tones and marks (đ becomes d), so that "bac ninh" finds "Bắc Ninh": many
 * officers search without typing diacritics.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
