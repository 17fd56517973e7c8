import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CaseImpactDto,
  ImpactReportDto,
  IndexChangeDto,
  IndexValueDto,
} from '@tiltak/shared/api-contract';
import { INDICES, inPlanMeasureSql } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { CaseAccessService, inNullableScopeSql, reportScope } from '../access';
import {
  toShownIndexValue,
  type RoundSuppression,
  SuppressionService,
  type IndexValues,
} from '../results';

export const IMPACT_CAVEAT =
  'Survey results move for many reasons; a change after a measure is not proof that the measure caused it. ' +
  'With few respondents a change of a few tenths is within chance: see `uncertain`.';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A side's value of the index, as shown under its round's anonymity rule. */
const side = (values: IndexValues, round: RoundSuppression, unitId: string, code: string) =>
  values[code] ? toShownIndexValue(values[code], round.indices.get(code)?.get(unitId)) : null;

function change(code: string, b: IndexValueDto | null, a: IndexValueDto | null): IndexChangeDto {
  if (!a || !b || a.suppressed || b.suppressed)
    return { code, before: b, after: a, change: null, standardError: null, uncertain: null };
  const se = Math.sqrt((b.sd * b.sd) / b.n + (a.sd * a.sd) / a.n);
  const delta = a.mean - b.mean;
  return {
    code,
    before: b,
    after: a,
    change: r3(delta),
    standardError: r3(se),
    uncertain: Math.min(a.n, b.n) < 10 || Math.abs(delta) < 2 * se,
  };
}

/**
 * Impact between rounds: measures are linked to indices through their area's index codes; the change of
 * those indices in the unit's next round is shown next to them, with a small-n caveat. Results that the
 * anonymity rule hides in either round are never used.
 */
@Injectable()
export class ImpactService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly suppression: SuppressionService,
  ) {}

  async forCase(actor: Actor, caseId: string): Promise<CaseImpactDto> {
    const { entity } = await this.cases.load(actor, caseId, null);
    const [round] = await this.db.query('SELECT year FROM survey_round WHERE id = $1', [
      entity.roundId,
    ]);
    const [now]: { roundId: string; indices: IndexValues }[] = await this.db.query(
      'SELECT round_id AS "roundId", indices FROM unit_result WHERE round_id = $1 AND unit_id = $2',
      [entity.roundId, entity.unitId],
    );
    const [next]: { roundId: string; year: number; indices: IndexValues }[] = await this.db.query(
      `SELECT ur.round_id AS "roundId", r.year, ur.indices FROM unit_result ur JOIN survey_round r ON r.id = ur.round_id
        WHERE ur.unit_id = $1 AND r.year > $2 ORDER BY r.year LIMIT 1`,
      [entity.unitId, round.year],
    );
    const rules =
      now && next ? await this.suppression.forRounds([now.roundId, next.roundId]) : null;
    const hidden = !rules
      ? 'no_next_result'
      : rules.some((r) => r.suppressed.has(entity.unitId))
        ? 'suppressed'
        : null;
    const indexChange = (code: string): IndexChangeDto =>
      rules && !hidden
        ? change(
            code,
            side(now.indices, rules[0], entity.unitId, code),
            side(next.indices, rules[1], entity.unitId, code),
          )
        : { code, before: null, after: null, change: null, standardError: null, uncertain: null };
    const areas: {
      id: string;
      kind: string;
      title: string;
      indexCodes: string[];
      total: number;
      done: number;
      evaluated: number;
    }[] = await this.db.query(
      `SELECT a.id, a.kind, a.title, a.index_codes AS "indexCodes",
              count(m.id) FILTER (WHERE ${inPlanMeasureSql()})::int AS total,
              count(m.id) FILTER (WHERE m.status = 'done')::int AS done,
              count(m.id) FILTER (WHERE m.eval_achieved IS NOT NULL)::int AS evaluated
         FROM area a LEFT JOIN measure m ON m.area_id = a.id
        WHERE a.case_id = $1 AND a.selected
        GROUP BY a.id ORDER BY a.rank NULLS LAST, a.title`,
      [caseId],
    );
    return {
      caseId,
      roundYear: round.year,
      nextRoundYear: next?.year ?? null,
      hidden,
      caveat: IMPACT_CAVEAT,
      areas: areas.map((a) => ({
        areaId: a.id,
        kind: a.kind,
        title: a.title,
        indexCodes: a.indexCodes,
        measures: { total: a.total, done: a.done, evaluated: a.evaluated },
        indices: a.indexCodes.map(indexChange),
      })),
    };
  }

  /**
   * Per index: the mean change to the next round in units that had measures for it (a selected area
   * linked to the index, with at least one measure that was not cancelled) against units that had not.
   */
  async report(
    actor: Actor,
    roundId: string,
    unitId: string | undefined,
  ): Promise<ImpactReportDto> {
    const scope = await reportScope(this.db, actor, unitId, {
      all: 'see the impact report',
      unit: "see this unit's impact report",
    });
    const [round] = await this.db.query(
      `SELECT r.id, r.year, n.id AS "nextId", n.year AS "nextYear" FROM survey_round r
         LEFT JOIN LATERAL (SELECT id, year FROM survey_round WHERE year > r.year ORDER BY year LIMIT 1) n ON true
        WHERE r.id = $1`,
      [roundId],
    );
    if (!round) throw notFound('Round');
    const base = {
      roundId,
      roundYear: round.year,
      nextRoundYear: round.nextYear ?? null,
      unitId: unitId ?? null,
      caveat: IMPACT_CAVEAT,
    };
    if (!round.nextId) return { ...base, rows: [] };
    const [a, b] = [
      await this.suppression.forRound(round.id),
      await this.suppression.forRound(round.nextId),
    ];
    const hidden = [...new Set([...a.suppressed.keys(), ...b.suppressed.keys()])];
    // Index values hidden in either round, as (unit, index code) pairs.
    const hiddenValues = [a, b].flatMap((r) =>
      [...r.indices].flatMap(([code, units]) => [...units.keys()].map((unitId) => [unitId, code])),
    );
    const rows: {
      code: string;
      withMeasures: boolean;
      units: number;
      meanChange: string | null;
    }[] = await this.db.query(
      `WITH sc AS (
         SELECT c.id, c.unit_id FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id
          WHERE c.round_id = $1 AND ${inNullableScopeSql('o.path', '$3')} AND NOT (c.unit_id = ANY($4::uuid[]))
       ),
       linked AS (
         SELECT DISTINCT a.case_id, unnest(a.index_codes) AS code
           FROM area a JOIN sc ON sc.id = a.case_id
          WHERE a.selected AND EXISTS (SELECT 1 FROM measure m WHERE m.area_id = a.id AND ${inPlanMeasureSql()})
       ),
       pairs AS (
         SELECT sc.id AS case_id, k.code, (f.indices -> k.code ->> 'mean')::numeric - (b.indices -> k.code ->> 'mean')::numeric AS delta
           FROM sc
           JOIN unit_result b ON b.round_id = $1 AND b.unit_id = sc.unit_id
           JOIN unit_result f ON f.round_id = $2 AND f.unit_id = sc.unit_id
           CROSS JOIN LATERAL jsonb_object_keys(b.indices) AS k(code)
          WHERE f.indices ? k.code
            AND NOT EXISTS (SELECT 1 FROM unnest($5::uuid[], $6::text[]) AS h(unit_id, code) WHERE h.unit_id = sc.unit_id AND h.code = k.code)
       )
       SELECT p.code, l.case_id IS NOT NULL AS "withMeasures", count(*)::int AS units, avg(p.delta) AS "meanChange"
         FROM pairs p LEFT JOIN linked l ON l.case_id = p.case_id AND l.code = p.code
        GROUP BY 1, 2`,
      [
        round.id,
        round.nextId,
        scope,
        hidden,
        hiddenValues.map(([unitId]) => unitId),
        hiddenValues.map(([, code]) => code),
      ],
    );
    const cell = (code: string, withMeasures: boolean) => {
      const r = rows.find((x) => x.code === code && x.withMeasures === withMeasures);
      return {
        units: r?.units ?? 0,
        meanChange: r?.meanChange == null ? null : r3(Number(r.meanChange)),
      };
    };
    return {
      ...base,
      rows: INDICES.map((i) => {
        const [w, wo] = [cell(i.code, true), cell(i.code, false)];
        return {
          code: i.code,
          withMeasures: w,
          without: wo,
          difference:
            w.meanChange === null || wo.meanChange === null
              ? null
              : r3(w.meanChange - wo.meanChange),
        };
      }),
    };
  }
}
