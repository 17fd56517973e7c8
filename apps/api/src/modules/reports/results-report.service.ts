import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ResultsReportDto } from '@tiltak/shared/api-contract';
import { INDICES } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import {
  type ResultRow,
  toShownResult,
  WORKING_HOURS_COLUMNS,
  SuppressionService,
} from '../results';
import { inNullableScopeSql, reportScope } from '../access';
import { type Cell, csvOf, xlsxOf } from './table-export';

/** The export's columns: the import format's (docs/results-import.md) plus name, rate and suppression. */
export const RESULTS_EXPORT_COLUMNS = [
  'unit_code',
  'unit_name_nb',
  'unit_name_en',
  'invited',
  'respondents',
  'response_rate',
  'suppressed',
  'suppression_reason',
  'hidden_indices',
  ...INDICES.flatMap((i) => [`${i.code}_mean`, `${i.code}_sd`, `${i.code}_n`]),
  ...WORKING_HOURS_COLUMNS.map((h) => h.column),
  'appraisal_yes_pct',
  'appraisal_usefulness',
];

/**
 * Every unit's result in a round within the caller's scope (GET /api/reports/results), for HR's
 * annual report: suppressed units are listed with no values, suppressed index values without mean, SD
 * and n, as everywhere else.
 */
@Injectable()
export class ResultsReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly suppression: SuppressionService,
  ) {}

  async report(
    actor: Actor,
    roundId: string,
    unitId: string | undefined,
  ): Promise<ResultsReportDto> {
    const scope = await reportScope(this.db, actor, unitId, {
      all: 'see survey results across units',
      unit: "see this unit's results",
    });
    const [round] = await this.db.query(
      'SELECT id, year, anonymity_threshold AS threshold, sector_benchmark AS sector FROM survey_round WHERE id = $1',
      [roundId],
    );
    if (!round) throw notFound('Round');
    const suppression = await this.suppression.forRound(roundId);
    const rows: (ResultRow & { unitCode: string; unitNameNb: string; unitNameEn: string })[] =
      await this.db.query(
        `SELECT o.code AS "unitCode", o.name_nb AS "unitNameNb", o.name_en AS "unitNameEn",
              ur.round_id AS "roundId", ur.unit_id AS "unitId", ur.invited, ur.respondents, ur.indices, ur.working_hours AS "workingHours",
              ur.appraisal_yes_pct AS "appraisalYesPct", ur.appraisal_usefulness AS "appraisalUsefulness", ur.version
         FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id
        WHERE ur.round_id = $1 AND ${inNullableScopeSql('o.path', '$2')}
        ORDER BY o.code`,
        [roundId, scope],
      );
    return {
      roundId,
      roundYear: round.year,
      anonymityThreshold: round.threshold,
      sector: round.sector ?? {},
      rows: rows.map(({ unitCode, unitNameNb, unitNameEn, ...result }) => ({
        unitId: result.unitId,
        unitCode,
        unitNameNb,
        unitNameEn,
        result: toShownResult(result, suppression),
      })),
    };
  }
}

function tableOf(report: ResultsReportDto): Cell[][] {
  return report.rows.map(({ unitCode, unitNameNb, unitNameEn, result: r }) => {
    const indices = new Map(r.indices.map((i) => [i.code, i]));
    return [
      unitCode,
      unitNameNb,
      unitNameEn,
      r.invited,
      r.respondents,
      r.responseRate,
      r.suppressed,
      r.suppressionReason,
      // Which empty index cells are hidden by the anonymity rule, rather than not answered.
      r.indices
        .filter((i) => i.suppressed)
        .map((i) => i.code)
        .join(' ') || null,
      ...INDICES.flatMap((i) => {
        const v = indices.get(i.code);
        return v ? [v.mean, v.sd, v.n] : [null, null, null];
      }),
      ...WORKING_HOURS_COLUMNS.map((h) => r.workingHours?.[h.bucket] ?? null),
      r.appraisalYesPct,
      r.appraisalUsefulness,
    ];
  });
}

export function resultsCsv(report: ResultsReportDto): string {
  return csvOf(RESULTS_EXPORT_COLUMNS, tableOf(report));
}

export function resultsXlsx(report: ResultsReportDto): Promise<Buffer> {
  return xlsxOf([{ name: 'results', columns: RESULTS_EXPORT_COLUMNS, rows: tableOf(report) }]);
}
