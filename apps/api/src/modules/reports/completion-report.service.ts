import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors';
import { SuppressionService } from '../results';
import { COMPLETION_REPORT_SQL } from './completion-report.sql';
import { reportScope } from '../access';
import type {
  CompletionMetrics,
  CompletionQuery,
  CompletionReportDto,
  CompletionRowDto,
  GroupBy,
} from './reports.dto';

const DEPTH: Record<GroupBy, number> = { faculty: 2, department: 3, unit: 0 };
const NEXT_LEVEL: Record<GroupBy, GroupBy | null> = {
  faculty: 'department',
  department: 'unit',
  unit: null,
};
export const TREND_METRICS = [
  'followUpMeetingHeldPct',
  'areasChosenPct',
  'planRegisteredPct',
  'evaluatedPct',
  'onTimePct',
] as const;

interface SqlRow {
  roundId: string;
  isTotal: boolean;
  unitId: string | null;
  unitCode: string | null;
  unitNameNb: string | null;
  unitNameEn: string | null;
  kind: string | null;
  units: number;
  unitsWithResults: number;
  unitsSuppressed: number;
  unitsWithoutResults: number;
  followUpMeetingHeld: number;
  areasChosen: number;
  planRegistered: number;
  evaluated: number;
  measuresTotal: number;
  measuresDone: number;
  measuresOverdue: number;
  measuresDoneDated: number;
  measuresOnTime: number;
  medianDaysLate: number | null;
}

const pct = (part: number, whole: number) =>
  whole > 0 ? Math.round((1000 * part) / whole) / 10 : null;

function metricsOf(r: SqlRow): CompletionMetrics {
  return {
    units: r.units,
    unitsWithResults: r.unitsWithResults,
    unitsSuppressed: r.unitsSuppressed,
    unitsWithoutResults: r.unitsWithoutResults,
    followUpMeetingHeld: r.followUpMeetingHeld,
    followUpMeetingHeldPct: pct(r.followUpMeetingHeld, r.units),
    areasChosen: r.areasChosen,
    areasChosenPct: pct(r.areasChosen, r.units),
    planRegistered: r.planRegistered,
    planRegisteredPct: pct(r.planRegistered, r.units),
    evaluated: r.evaluated,
    evaluatedPct: pct(r.evaluated, r.units),
    measuresTotal: r.measuresTotal,
    measuresDone: r.measuresDone,
    measuresOverdue: r.measuresOverdue,
    onTimePct: pct(r.measuresOnTime, r.measuresDoneDated),
    medianDaysLate: r.medianDaysLate === null ? null : Number(r.medianDaysLate),
  };
}

const delta = (a: number | null, b: number | null) =>
  a === null || b === null ? null : Math.round((a - b) * 10) / 10;

/** Percentage points gained since the previous round, per percentage metric (TREND_METRICS). */
function trendOf(
  now: CompletionMetrics,
  before: CompletionMetrics | null,
): CompletionRowDto['trend'] {
  if (!before) return null;
  return {
    followUpMeetingHeldPct: delta(now.followUpMeetingHeldPct, before.followUpMeetingHeldPct),
    areasChosenPct: delta(now.areasChosenPct, before.areasChosenPct),
    planRegisteredPct: delta(now.planRegisteredPct, before.planRegisteredPct),
    evaluatedPct: delta(now.evaluatedPct, before.evaluatedPct),
    onTimePct: delta(now.onTimePct, before.onTimePct),
  };
}

/**
 * How far every unit has come in a round, per level of the organisation (GET /api/reports/completion).
 * HR/HSE and admins see their scope, leaders their own subtree.
 */
@Injectable()
export class CompletionReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly suppression: SuppressionService,
    private readonly clock: Clock,
  ) {}

  async report(actor: Actor, q: CompletionQuery): Promise<CompletionReportDto> {
    const scope = await reportScope(this.db, actor, q.unitId, {
      all: 'see the completion report',
      unit: "see this unit's completion report",
    });
    const [round] = await this.db.query(
      `SELECT r.id, r.year, r.anonymity_threshold AS threshold,
              (SELECT p.id FROM survey_round p WHERE p.year < r.year ORDER BY p.year DESC LIMIT 1) AS "previousId",
              (SELECT max(p.year) FROM survey_round p WHERE p.year < r.year) AS "previousYear"
         FROM survey_round r WHERE r.id = $1`,
      [q.roundId],
    );
    if (!round) throw notFound('Round');
    const [current, previous = null] = await this.suppression.forRounds([
      round.id,
      ...(round.previousId ? [round.previousId] : []),
    ]);
    const today = this.clock.today();
    const rows: SqlRow[] = await this.db.query(COMPLETION_REPORT_SQL, [
      round.id,
      [round.id, round.previousId].filter(Boolean),
      scope,
      DEPTH[q.groupBy],
      today,
      [...current.suppressed.keys()],
      previous ? [...previous.suppressed.keys()] : [],
    ]);
    const before = new Map(
      rows
        .filter((r) => r.roundId !== round.id)
        .map((r) => [r.isTotal ? 'total' : r.unitId, metricsOf(r)]),
    );
    const toDto = (r: SqlRow): CompletionRowDto => {
      const now = metricsOf(r);
      const prev = round.previousId ? (before.get(r.isTotal ? 'total' : r.unitId) ?? null) : null;
      return {
        unitId: r.unitId,
        unitCode: r.unitCode,
        unitNameNb: r.unitNameNb,
        unitNameEn: r.unitNameEn,
        kind: r.kind,
        drillDown: r.isTotal ? null : NEXT_LEVEL[q.groupBy],
        ...now,
        previous: prev,
        trend: trendOf(now, prev),
      };
    };
    const mine = rows.filter((r) => r.roundId === round.id);
    const total = mine.find((r) => r.isTotal);
    return {
      roundId: round.id,
      roundYear: round.year,
      previousRoundId: round.previousId,
      previousRoundYear: round.previousYear,
      unitId: q.unitId ?? null,
      groupBy: q.groupBy,
      today,
      anonymityThreshold: round.threshold,
      rows: mine.filter((r) => !r.isTotal).map(toDto),
      total: total ? toDto(total) : null,
    };
  }
}
