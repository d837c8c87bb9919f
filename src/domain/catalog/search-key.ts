/**
 * Vietnamese text as a search key: lower case, without tone marks or diacritics, đ → d, runs of
 * anything else than letters and digits collapsed to one space. "Đăng ký khai sinh",
 * "dang ky khai sinh" and "ĐĂNG KÝ  khai-sinh" all give "dang ky khai sinh".
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
