import ExcelJS from 'exceljs';

/** A cell of an exported table. */
export type Cell = string | number | boolean | null;

export interface Sheet {
  name: string;
  /** Header row, in bold; none for a sheet of key–value rows. */
  columns?: readonly string[];
  rows: readonly (readonly Cell[])[];
}

/** Text a spreadsheet would run as a formula starts with an apostrophe (OWASP "CSV injection"). */
const inert = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** RFC 4180 CSV with a header row and CRLF line ends; an empty cell is null. */
export function csvOf(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const cell = (v: Cell) => {
    if (v === null) return '';
    const text = typeof v === 'string' ? inert(v) : String(v);
    return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** An XLSX workbook, one worksheet per sheet. Text stays text: exceljs writes no formulas from strings. */
export async function xlsxOf(sheets: readonly Sheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    if (sheet.columns) ws.addRow([...sheet.columns]).font = { bold: true };
    for (const row of sheet.rows) ws.addRow([...row]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
