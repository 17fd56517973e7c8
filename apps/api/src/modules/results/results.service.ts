import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INDICES } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { staleVersion } from '../../common/errors';
import { AuditService } from '../audit';
import { CaseAccessService } from '../access';
import type {
  CaseResultsDto,
  ComparedUnitDto,
  EarlierResultDto,
  IndexValueDto,
  SuppressionReason,
  UnitResultDto,
} from '@tiltak/shared/api-contract';
import type { EnterResultsDto } from './results.dto';
import { type Cell, type Problem, validateResultRow, WORKING_HOURS_COLUMNS } from './result-values';
import { ResultsWriter, storedValues } from './results-writer.service';
import { type RoundSuppression, SuppressionService } from './suppression.service';
import type { IndexValues, UnitResultEntity } from './unit-result.entity';

export type ResultRow = Pick<
  UnitResultEntity,
  | 'roundId'
  | 'unitId'
  | 'invited'
  | 'respondents'
  | 'indices'
  | 'workingHours'
  | 'appraisalYesPct'
  | 'appraisalUsefulness'
  | 'version'
>;

/** An index value as shown: without mean, SD and n when the anonymity rule hides it. */
export function toShownIndexValue(
  v: IndexValues[string],
  suppressed: SuppressionReason | undefined,
): IndexValueDto {
  if (suppressed)
    return { suppressed: true, suppressionReason: suppressed, mean: null, sd: null, n: null };
  return { suppressed: false, suppressionReason: null, mean: v.mean, sd: v.sd, n: v.n };
}

/**
 * The only way a stored result leaves the API. A suppressed unit (docs/anonymity.md) shows no values
 * at all: no indices, working hours or appraisal figures, only that it was suppressed and why; an
 * index whose own n is too small is listed without its values.
 */
export function toShownResult(r: ResultRow, round: RoundSuppression | undefined): UnitResultDto {
  const suppressed = round?.suppressed.get(r.unitId);
  const hidden = suppressed !== undefined;
  return {
    roundId: r.roundId,
    unitId: r.unitId,
    invited: r.invited,
    respondents: r.respondents,
    responseRate: r.invited > 0 ? Math.round((1000 * r.respondents) / r.invited) / 10 : null,
    suppressed: hidden,
    suppressionReason: suppressed ?? null,
    indices: hidden
      ? []
      : INDICES.filter((i) => r.indices[i.code]).map((i) => ({
          code: i.code,
          ...toShownIndexValue(r.indices[i.code], round?.indices.get(i.code)?.get(r.unitId)),
        })),
    workingHours: hidden ? null : r.workingHours,
    appraisalYesPct: hidden || r.appraisalYesPct === null ? null : Number(r.appraisalYesPct),
    appraisalUsefulness:
      hidden || r.appraisalUsefulness === null ? null : Number(r.appraisalUsefulness),
    version: r.version,
  };
}

const RESULT_SELECT = `ur.round_id AS "roundId", ur.unit_id AS "unitId", ur.invited, ur.respondents, ur.indices,
  ur.working_hours AS "workingHours", ur.appraisal_yes_pct AS "appraisalYesPct",
  ur.appraisal_usefulness AS "appraisalUsefulness", ur.version`;

interface UnitRow {
  id: string;
  code: string;
  nameNb: string;
  nameEn: string;
  parentId: string | null;
  path: string[];
}

@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly suppression: SuppressionService,
    private readonly writer: ResultsWriter,
    private readonly audit: AuditService,
  ) {}

  /** The case's unit, its parent, its institution, the sector and the unit's earlier rounds. */
  async forCase(actor: Actor, caseId: string): Promise<CaseResultsDto> {
    const { entity } = await this.cases.load(actor, caseId, null);
    const [round] = await this.db.query(
      `SELECT id, year, anonymity_threshold AS threshold, sector_benchmark AS sector FROM survey_round WHERE id = $1`,
      [entity.roundId],
    );
    const [unit]: UnitRow[] = await this.db.query(
      `SELECT id, code, name_nb AS "nameNb", name_en AS "nameEn", parent_id AS "parentId", path FROM org_unit WHERE id = $1`,
      [entity.unitId],
    );
    const institutionId = unit.path[0] !== unit.id ? unit.path[0] : null;
    const around: UnitRow[] = await this.db.query(
      `SELECT id, code, name_nb AS "nameNb", name_en AS "nameEn", parent_id AS "parentId", path FROM org_unit WHERE id = ANY($1::uuid[])`,
      [[unit.parentId, institutionId].filter(Boolean)],
    );
    const predecessors: UnitRow[] = await this.db.query(
      `SELECT o.id, o.code, o.name_nb AS "nameNb", o.name_en AS "nameEn", o.parent_id AS "parentId", o.path
         FROM unit_predecessor p JOIN org_unit o ON o.id = p.predecessor_id WHERE p.unit_id = $1`,
      [unit.id],
    );
    const rows: (ResultRow & { roundYear: number })[] = await this.db.query(
      `SELECT ${RESULT_SELECT}, r.year AS "roundYear"
         FROM unit_result ur JOIN survey_round r ON r.id = ur.round_id
        WHERE (ur.round_id = $1 AND ur.unit_id = ANY($2::uuid[]))
           OR (r.year < $3 AND ur.unit_id = ANY($4::uuid[]))
        ORDER BY r.year`,
      [
        round.id,
        [unit.id, ...around.map((u) => u.id)],
        round.year,
        [unit.id, ...predecessors.map((p) => p.id)],
      ],
    );
    const rounds = await this.suppression.forRounds([...new Set(rows.map((r) => r.roundId))]);
    const suppressions = new Map(rounds.map((r) => [r.roundId, r]));
    const show = (r: ResultRow) => toShownResult(r, suppressions.get(r.roundId));
    const inRound = (unitId: string) =>
      rows.find((r) => r.roundId === round.id && r.unitId === unitId);
    const compared = (u: UnitRow | undefined): ComparedUnitDto | null => {
      if (!u) return null;
      const r = inRound(u.id);
      return {
        unitId: u.id,
        unitCode: u.code,
        unitNameNb: u.nameNb,
        unitNameEn: u.nameEn,
        result: r ? show(r) : null,
      };
    };
    const current = inRound(unit.id);
    const earlier: EarlierResultDto[] = [];
    const codes = new Map([unit, ...predecessors].map((u) => [u.id, u.code]));
    for (const year of [
      ...new Set(rows.filter((r) => r.roundYear < round.year).map((r) => r.roundYear)),
    ]) {
      const sameUnit = rows.find((r) => r.roundYear === year && r.unitId === unit.id);
      const matches = sameUnit
        ? [sameUnit]
        : rows.filter((r) => r.roundYear === year && r.unitId !== unit.id);
      for (const r of matches) {
        earlier.push({
          ...show(r),
          roundYear: year,
          unitCode: codes.get(r.unitId) ?? '',
          matchedBy: r.unitId === unit.id ? 'unit' : 'predecessor',
        });
      }
    }
    return {
      roundId: round.id,
      roundYear: round.year,
      anonymityThreshold: round.threshold,
      unit: {
        unitId: unit.id,
        unitCode: unit.code,
        unitNameNb: unit.nameNb,
        unitNameEn: unit.nameEn,
      },
      current: current ? show(current) : null,
      previous: earlier,
      parent: compared(around.find((u) => u.id === unit.parentId)),
      institution: compared(around.find((u) => u.id === institutionId)),
      sector: round.sector ?? {},
    };
  }

  /** A leader types in their unit's result; the same validation as an import, audited. */
  async enterForCase(actor: Actor, caseId: string, dto: EnterResultsDto): Promise<CaseResultsDto> {
    await this.db.transaction(async (em) => {
      const { entity, scope } = await this.cases.loadForChange(actor, caseId, em);
      const { cells, problems: shape } = cellsOf(dto);
      const { values, problems } = validateResultRow(cells);
      const all = [...shape, ...problems].map((p) => ({
        field: fieldOf(p.column),
        problem: p.problem,
      }));
      if (all.length || !values) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: all.map((d) => `${d.field}: ${d.problem}`).join('; '),
          details: all,
        });
      }
      const [old]: (ResultRow & { id: string })[] = await em.query(
        `SELECT ur.id, ${RESULT_SELECT} FROM unit_result ur WHERE ur.round_id = $1 AND ur.unit_id = $2 FOR UPDATE`,
        [entity.roundId, entity.unitId],
      );
      if (old && dto.version !== old.version) throw staleVersion('result', old.version);
      if (!old && dto.version !== undefined)
        throw new ConflictException('The unit has no result yet: leave out version');
      const [{ code }] = await em.query('SELECT code FROM org_unit WHERE id = $1', [entity.unitId]);
      const summary = await this.writer.write(em, entity.roundId, [
        { unitId: entity.unitId, unitCode: code, values },
      ]);
      if (summary.inserted.length || summary.updated.length) {
        await this.audit.record(em, actor, scope, {
          action: 'results.enter',
          entity: 'unit_result',
          entityId: old?.id ?? null,
          caseId,
          before: old ? storedValues(old) : null,
          after: values,
        });
      }
    });
    return this.forCase(actor, caseId);
  }
}

/** The hand-entry body as the import format's cells, so both pass the one validation. */
function cellsOf(dto: EnterResultsDto): { cells: Record<string, Cell>; problems: Problem[] } {
  const problems: Problem[] = [];
  const cell = (v: unknown, column: string): Cell => {
    if (v === null || v === undefined || typeof v === 'number' || typeof v === 'string') return v;
    problems.push({ column, problem: 'must be a number' });
    return undefined;
  };
  const cells: Record<string, Cell> = {
    invited: cell(dto.invited, 'invited'),
    respondents: cell(dto.respondents, 'respondents'),
    appraisal_yes_pct: cell(dto.appraisalYesPct, 'appraisal_yes_pct'),
    appraisal_usefulness: cell(dto.appraisalUsefulness, 'appraisal_usefulness'),
  };
  const codes = new Set<string>(INDICES.map((i) => i.code));
  for (const [code, value] of Object.entries(dto.indices ?? {})) {
    if (!codes.has(code)) {
      problems.push({ column: `indices.${code}`, problem: 'is not one of the 17 survey indices' });
      continue;
    }
    if (typeof value !== 'object' || value === null) {
      problems.push({
        column: `indices.${code}`,
        problem: 'must be an object with mean, sd and n',
      });
      continue;
    }
    cells[`${code}_mean`] = cell(value.mean, `${code}_mean`);
    cells[`${code}_sd`] = cell(value.sd, `${code}_sd`);
    cells[`${code}_n`] = cell(value.n, `${code}_n`);
  }
  const buckets = new Map<string, string>(WORKING_HOURS_COLUMNS.map((h) => [h.bucket, h.column]));
  for (const [bucket, value] of Object.entries(dto.workingHours ?? {})) {
    const column = buckets.get(bucket);
    if (!column)
      problems.push({
        column: `workingHours.${bucket}`,
        problem: `must be one of ${[...buckets.keys()].join(', ')}`,
      });
    else cells[column] = cell(value, column);
  }
  return { cells, problems };
}

const FIELD_OF_COLUMN: Record<string, string> = {
  appraisal_yes_pct: 'appraisalYesPct',
  appraisal_usefulness: 'appraisalUsefulness',
  ...Object.fromEntries(WORKING_HOURS_COLUMNS.map((h) => [h.column, `workingHours.${h.bucket}`])),
  ...Object.fromEntries(
    INDICES.flatMap((i) =>
      ['mean', 'sd', 'n'].map((k) => [`${i.code}_${k}`, `indices.${i.code}.${k}`]),
    ),
  ),
};

/** Import columns named as the JSON body's fields. */
const fieldOf = (column: string) => FIELD_OF_COLUMN[column] ?? column;
