import ExcelJS from 'exceljs';
import { csvOf, xlsxOf } from './table-export';

describe('table export', () => {
  it('writes CSV with quoting where needed, empty cells for null and CRLF line ends', () => {
    expect(
      csvOf(
        ['a', 'b', 'c'],
        [
          ['plain', 'with, comma', null],
          ['say "hi"', 2.5, true],
        ],
      ),
    ).toBe('a,b,c\r\nplain,"with, comma",\r\n"say ""hi""",2.5,true\r\n');
  });

  it('makes text that a spreadsheet would run as a formula inert, but leaves numbers alone', () => {
    const csv = csvOf(
      ['title', 'trend'],
      [
        ['=HYPERLINK("http://x")', -28.6],
        ['+1', -1],
        ['@SUM(A1)', 0],
        ['-minus', 3],
      ],
    );
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://x"")",-28.6`,
      "'+1,-1",
      "'@SUM(A1),0",
      "'-minus,3",
    ]);
  });

  it('writes one worksheet per sheet, the header in bold, text as text', async () => {
    const wb = new ExcelJS.Workbook();
    const file = await xlsxOf([
      { name: 'rows', columns: ['title', 'n'], rows: [['=1+1', 3]] },
      { name: 'about', rows: [['today', '2026-11-26']] },
    ]);
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const rows = wb.getWorksheet('rows');
    expect(rows?.getRow(1).font?.bold).toBe(true);
    expect(rows?.getRow(2).values).toEqual([undefined, '=1+1', 3]);
    expect(rows?.getCell('A2').formula).toBeUndefined();
    expect(wb.getWorksheet('about')?.getCell('B1').value).toBe('2026-11-26');
  });
});
