import { BadRequestException } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Cell } from '../results';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

export interface FileProblem {
  /** 1-based row of the file, the header being row 1 (as a spreadsheet numbers them). */
  row: number;
  column: string | null;
  problem: string;
}

export interface SheetRow {
  row: number;
  cells: Record<string, Cell>;
}

export interface Sheet {
  /** The header's row number in the file. */
  headerRow: number;
  columns: string[];
  rows: SheetRow[];
}

export class FileFormatError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(problems.map((p) => p.problem).join('; '));
  }
}

/** Reads a CSV or XLSX file into named cells per row; blank rows are skipped. */
export async function readSheet(body: Buffer, contentType: string): Promise<Sheet> {
  const grid = contentType === XLSX_TYPE ? await readXlsx(body) : readCsv(body);
  const header = grid.find((g) => g.cells.some((c) => !isBlank(c)));
  if (!header)
    throw new FileFormatError([
      {
        row: 1,
        column: null,
        problem: 'the file is empty: expected a header row and one row per unit',
      },
    ]);
  const data = grid.filter((g) => g.row > header.row && g.cells.some((c) => !isBlank(c)));
  // A trailing separator (or a formatted but empty column in Excel) gives a nameless, empty column: ignored.
  let width = header.cells.length;
  while (
    width > 0 &&
    isBlank(header.cells[width - 1]) &&
    data.every((g) => isBlank(g.cells[width - 1]))
  )
    width--;
  const columns = header.cells.slice(0, width).map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  if (data.length > MAX_IMPORT_ROWS) {
    throw new FileFormatError([
      {
        row: data[MAX_IMPORT_ROWS].row,
        column: null,
        problem: `the file has more than ${MAX_IMPORT_ROWS} rows`,
      },
    ]);
  }
  const problems: FileProblem[] = data
    .filter((g) => g.cells.slice(columns.length).some((c) => !isBlank(c)))
    .map((g) => ({
      row: g.row,
      column: null,
      problem: `has more cells than the header has columns (${columns.length})`,
    }));
  if (problems.length) throw new FileFormatError(problems);
  const rows = data.map((g) => ({
    row: g.row,
    cells: Object.fromEntries(columns.map((name, i) => [name, g.cells[i]])) as Record<string, Cell>,
  }));
  return { headerRow: header.row, columns, rows };
}

/** Header checks shared by the formats: unknown, duplicate and missing columns, all at once. */
export function checkColumns(
  sheet: Sheet,
  known: readonly string[],
  required: readonly string[],
  doc = 'docs/results-import.md',
): FileProblem[] {
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  sheet.columns.forEach((c, i) => {
    const row = sheet.headerRow;
    if (!c) problems.push({ row, column: `#${i + 1}`, problem: 'has no name' });
    else if (!known.includes(c))
      problems.push({ row, column: c, problem: `is not a column of this format (see ${doc})` });
    else if (seen.has(c)) problems.push({ row, column: c, problem: 'appears twice' });
    seen.add(c);
  });
  for (const c of required)
    if (!seen.has(c))
      problems.push({
        row: sheet.headerRow,
        column: c,
        problem: 'is a required column and is missing',
      });
  return problems;
}

/** The one 400 of an import: every problem of the file, by row and column; nothing was written. */
export function rejected(problems: FileProblem[]): BadRequestException {
  const rows = new Set(problems.map((p) => p.row)).size;
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `The file was not imported: ${problems.length} problem(s) in ${rows} row(s). Nothing was saved.`,
    details: problems,
  });
}

/** readSheet, with an unreadable file answered as the import's 400. */
export async function readImportSheet(body: Buffer, contentType: string): Promise<Sheet> {
  try {
    return await readSheet(body, contentType);
  } catch (error) {
    if (error instanceof FileFormatError) throw rejected(error.problems);
    throw error;
  }
}

const isBlank = (c: Cell) =>
  c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

function readCsv(body: Buffer): { row: number; cells: Cell[] }[] {
  const text = body.toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  // Norwegian Excel writes ";" between cells (and decimal commas); others write ",".
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      info: true,
      skip_empty_lines: false,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map((r) => ({ row: r.info.lines, cells: r.record }));
  } catch (error) {
    const e = error as Error & { lines?: number };
    throw new FileFormatError([
      { row: e.lines ?? 1, column: null, problem: `is not valid CSV: ${e.message}` },
    ]);
  }
}

async function readXlsx(body: Buffer): Promise<{ row: number; cells: Cell[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch {
    throw new FileFormatError([
      { row: 1, column: null, problem: 'is not a readable XLSX workbook' },
    ]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet)
    throw new FileFormatError([{ row: 1, column: null, problem: 'the workbook has no worksheet' }]);
  const rows: { row: number; cells: Cell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v)
      return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in v)
      return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}
