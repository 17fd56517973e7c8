import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { PlanDocument } from './plan-document';

/** Column widths of the TILTAKSPLAN table on landscape A4, in points (and relative widths in XLSX). */
const WIDTHS = [105, 115, 150, 130, 105, 60, 105];
const MARGIN = 36;
const PAD = 3;

/**
 * The plan as a PDF for the archive. Streams are left uncompressed: the file stays small (text only)
 * and its text can be searched and checked by plain tools.
 */
export function planPdf(doc: PlanDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    compress: false,
    info: {
      Title: doc.title,
      Subject: doc.facts.map(([k, v]) => `${k}: ${v}`).join('; '),
      Creator: 'Tiltak',
    },
    lang: doc.language === 'nb' ? 'nb-NO' : 'en-GB',
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  pdf.font('Helvetica-Bold').fontSize(16).text(doc.title);
  pdf.moveDown(0.4);
  for (const [label, value] of doc.facts) {
    pdf
      .font('Helvetica-Bold')
      .fontSize(9)
      .text(`${label}: `, { continued: true })
      .font('Helvetica')
      .text(value);
  }
  pdf.moveDown(0.8);

  const bottom = pdf.page.height - MARGIN;
  const rowHeight = (cells: string[], font: string) => {
    pdf.font(font).fontSize(8);
    return (
      Math.max(
        ...cells.map((c, i) => pdf.heightOfString(c || ' ', { width: WIDTHS[i] - 2 * PAD })),
      ) +
      2 * PAD
    );
  };
  const drawRow = (cells: string[], font: string, shade: boolean) => {
    const h = rowHeight(cells, font);
    let y = pdf.y;
    if (y + h > bottom) {
      pdf.addPage();
      y = MARGIN;
      if (!shade) drawRow(doc.columns, 'Helvetica-Bold', true);
      y = pdf.y;
    }
    let x = MARGIN;
    cells.forEach((c, i) => {
      if (shade) pdf.rect(x, y, WIDTHS[i], h).fillAndStroke('#e8eef5', '#555555');
      else pdf.rect(x, y, WIDTHS[i], h).stroke('#555555');
      pdf
        .fillColor('#000000')
        .font(font)
        .fontSize(8)
        .text(c, x + PAD, y + PAD, { width: WIDTHS[i] - 2 * PAD });
      x += WIDTHS[i];
    });
    pdf.x = MARGIN;
    pdf.y = y + h;
  };
  drawRow(doc.columns, 'Helvetica-Bold', true);
  for (const row of doc.rows) drawRow(row, 'Helvetica', false);
  pdf.end();
  return done;
}

/** The plan as an XLSX workbook: the facts on top, then the table, one measure per row. */
export async function planXlsx(doc: PlanDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = doc.title;
  wb.creator = 'Tiltak';
  const ws = wb.addWorksheet(doc.language === 'nb' ? 'Tiltaksplan' : 'Action plan', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1 },
  });
  ws.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const [label, value] of doc.facts) {
    const row = ws.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  ws.addRow([]);
  const header = ws.addRow(doc.columns);
  header.font = { bold: true };
  header.eachCell(
    (c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } }),
  );
  for (const r of doc.rows) ws.addRow(r).alignment = { wrapText: true, vertical: 'top' };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = Math.round(w / 4.5)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
