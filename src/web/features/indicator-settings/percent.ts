import { percent } from '../../ui/format.js';

/**
 * Shares travel as fractions (0.9); officers read and type percentages (90 or 92,5). One decimal
 * of a percent is as fine as a plan writes a target.
 */
export function toPercent(share: number): number {
  return Math.round(share * 1000) / 10;
}

export function fromPercent(percent: number): number {
  return Math.round(percent * 10) / 1000;
}

/** A share as the page shows it: "90%", "92,5%" in Vietnamese. */
export const percentText = (share: number, language: string) => percent(share, language);
