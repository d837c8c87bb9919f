import type ExcelJS from 'exceljs';

/** Thin borders on every side: the ruled look of a printed register or report. */
export const THIN_BORDERS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A line of text centred across the sheet's `width` columns (titles above a table). */
export function banner(
  ws: ExcelJS.Worksheet,
  width: number,
  row: number,
  text: string,
  font: Partial<ExcelJS.Font>,
): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: 'center' };
}
