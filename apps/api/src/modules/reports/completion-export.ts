import ExcelJS from 'exceljs';
import type { CompletionMetrics, CompletionReportDto, CompletionRowDto } from './reports.dto';
import { TREND_METRICS } from './completion-report.service';

const METRICS: (keyof CompletionMetrics)[] = [
  'units',
  'unitsWithResults',
  'unitsSuppressed',
  'unitsWithoutResults',
  'followUpMeetingHeld',
  'followUpMeetingHeldPct',
  'areasChosen',
  'areasChosenPct',
  'planRegistered',
  'planRegisteredPct',
  'evaluated',
  'evaluatedPct',
  'measuresTotal',
  'measuresDone',
  'measuresOverdue',
  'onTimePct',
  'medianDaysLate',
];

/** The export's columns: the JSON field names, previous round and trend prefixed. */
export const COMPLETION_COLUMNS = [
  'unitCode',
  'unitNameNb',
  'unitNameEn',
  ...METRICS,
  ...METRICS.map((m) => `previous.${m}`),
  ...TREND_METRICS.map((m) => `trend.${m}`),
];

/** One table row per report row, the total last, holding exactly the JSON's numbers. */
export function completionTable(report: CompletionReportDto): (string | number | null)[][] {
  const rows = [...report.rows, ...(report.total ? [{ ...report.total, unitCode: 'TOTAL' }] : [])];
  return rows.map((r: CompletionRowDto) =>
    COMPLETION_COLUMNS.map((c) => {
      if (c.startsWith('previous.')) return r.previous?.[c.slice(9) as keyof CompletionMetrics] ?? null;
      if (c.startsWith('trend.')) return r.trend?.[c.slice(6) as keyof NonNullable<CompletionRowDto['trend']>] ?? null;
      return r[c as keyof CompletionRowDto] as string | number | null;
    }),
  );
}

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  return /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function completionCsv(report: CompletionReportDto): string {
  return [COMPLETION_COLUMNS, ...completionTable(report)].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export async function completionXlsx(report: CompletionReportDto): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('completion');
  ws.addRow(COMPLETION_COLUMNS);
  ws.getRow(1).font = { bold: true };
  for (const row of completionTable(report)) ws.addRow(row);
  const info = wb.addWorksheet('about');
  info.addRows([
    ['roundYear', report.roundYear],
    ['previousRoundYear', report.previousRoundYear],
    ['groupBy', report.groupBy],
    ['today', report.today],
    ['anonymityThreshold', report.anonymityThreshold],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
