import type { CompletionMetrics, CompletionReportDto, CompletionRowDto } from './reports.dto';
import { TREND_METRICS } from './completion-report.service';
import { type Cell, csvOf, xlsxOf } from './table-export';

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
export function completionTable(report: CompletionReportDto): Cell[][] {
  const rows = [...report.rows, ...(report.total ? [{ ...report.total, unitCode: 'TOTAL' }] : [])];
  return rows.map((r: CompletionRowDto) =>
    COMPLETION_COLUMNS.map((c) => {
      if (c.startsWith('previous.'))
        return r.previous?.[c.slice(9) as keyof CompletionMetrics] ?? null;
      if (c.startsWith('trend.'))
        return r.trend?.[c.slice(6) as keyof NonNullable<CompletionRowDto['trend']>] ?? null;
      return r[c as keyof CompletionRowDto] as string | number | null;
    }),
  );
}

export function completionCsv(report: CompletionReportDto): string {
  return csvOf(COMPLETION_COLUMNS, completionTable(report));
}

export function completionXlsx(report: CompletionReportDto): Promise<Buffer> {
  return xlsxOf([
    { name: 'completion', columns: COMPLETION_COLUMNS, rows: completionTable(report) },
    {
      name: 'about',
      rows: [
        ['roundYear', report.roundYear],
        ['previousRoundYear', report.previousRoundYear],
        ['groupBy', report.groupBy],
        ['today', report.today],
        ['anonymityThreshold', report.anonymityThreshold],
      ],
    },
  ]);
}
