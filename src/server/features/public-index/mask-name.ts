/**
 * An applicant's name as a public page may show it: the first word (the family name, which
 * millions share) whole, every other word reduced to its first letter and one star for each
 * letter after it: "Nguyễn Viết Anh" → "Nguyễn V*** A**". A name of one word keeps only its first
 * letter. Letters are counted as characters of the NFC form, so "ễ" is one letter.
 */
export function maskName(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
  return words.map((word, i) => (i === 0 && words.length > 1 ? word : maskWord(word))).join(' ');
}

function maskWord(word: string): string {
  const [first = '', ...rest] = Array.from(word);
  return `${first}${'*'.repeat(rest.length)}`;
}
