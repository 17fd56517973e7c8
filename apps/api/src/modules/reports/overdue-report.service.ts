import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OverdueMeasureDto, OverdueReportDto } from '@tiltak/shared/api-contract';
import { openMeasureSql } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { notFound } from '../../common/errors';
import { inNullableScopeSql, reportScope } from '../access';
import type { Cell } from './table-export';

/**
 * Open measures (planned, in progress, postponed) whose deadline has passed, with who is responsible
 * and how far the escalation has gone: the measure's last mail sent for its current deadline.
 *   $1 round, $2 today (Europe/Oslo), $3 scope units (their subtrees) or NULL, $4 limit (NULL: all), $5 offset
 */
const OVERDUE_SQL = `
SELECT m.id AS "measureId", c.id AS "caseId", o.id AS "unitId", o.code AS "unitCode",
       o.name_nb AS "unitNameNb", o.name_en AS "unitNameEn", m.title, m.status, m.deadline,
       $2::date - m.deadline AS "daysOverdue", u.name AS "responsibleName", m.responsible_role AS "responsibleRole",
       e.step_key AS "stepKey", e.sent_at AS "sentAt", count(*) OVER ()::int AS total
  FROM measure m
  JOIN follow_up_case c ON c.id = m.case_id
  JOIN org_unit o ON o.id = c.unit_id
  LEFT JOIN app_user u ON u.id = m.responsible_user_id
  LEFT JOIN LATERAL (
    SELECT n.step_key, n.sent_at FROM notification n
     WHERE n.subject_id = m.id AND n.deadline_version = m.deadline_version AND n.status = 'sent'
     ORDER BY n.sent_at DESC LIMIT 1
  ) e ON true
 WHERE c.round_id = $1 AND ${openMeasureSql()} AND m.deadline < $2::date
   AND ${inNullableScopeSql('o.path', '$3')}
 ORDER BY m.deadline, o.code, m.title, m.id
 LIMIT $4 OFFSET $5`;

type Row = Omit<OverdueMeasureDto, 'lastEscalation'> & {
  stepKey: string | null;
  sentAt: Date | null;
  total: number;
};

/** The export's columns: the JSON field names, the last escalation flattened. */
export const OVERDUE_COLUMNS = [
  'unitCode',
  'unitNameNb',
  'unitNameEn',
  'title',
  'status',
  'deadline',
  'daysOverdue',
  'responsibleName',
  'responsibleRole',
  'lastEscalation.stepKey',
  'lastEscalation.sentAt',
] as const;

export function overdueTable(report: OverdueReportDto): Cell[][] {
  return report.items.map((m) => [
    m.unitCode,
    m.unitNameNb,
    m.unitNameEn,
    m.title,
    m.status,
    m.deadline,
    m.daysOverdue,
    m.responsibleName,
    m.responsibleRole,
    m.lastEscalation?.stepKey ?? null,
    m.lastEscalation?.sentAt ?? null,
  ]);
}

/** Where deadlines slip (GET /api/reports/overdue): for HR/HSE and admins in their scope, leaders in their subtree. */
@Injectable()
export class OverdueReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** One page, or every row when `page` is null (the CSV/XLSX export). */
  async report(
    actor: Actor,
    roundId: string,
    unitId: string | undefined,
    page: { page: number; pageSize: number } | null,
  ): Promise<OverdueReportDto> {
    const scope = await reportScope(this.db, actor, unitId, {
      all: 'see overdue measures',
      unit: "see this unit's overdue measures",
    });
    const [round] = await this.db.query('SELECT id, year FROM survey_round WHERE id = $1', [
      roundId,
    ]);
    if (!round) throw notFound('Round');
    const today = this.clock.today();
    const rows: Row[] = await this.db.query(OVERDUE_SQL, [
      round.id,
      today,
      scope,
      page ? page.pageSize : null,
      page ? (page.page - 1) * page.pageSize : 0,
    ]);
    return {
      roundId: round.id,
      roundYear: round.year,
      unitId: unitId ?? null,
      today,
      items: rows.map(({ stepKey, sentAt, total: _, ...m }) => ({
        ...m,
        lastEscalation: stepKey && sentAt ? { stepKey, sentAt: sentAt.toISOString() } : null,
      })),
      total:
        rows[0]?.total ?? (page && page.page > 1 ? await this.total(round.id, today, scope) : 0),
      page: page?.page ?? 1,
      pageSize: page?.pageSize ?? rows.length,
    };
  }

  /** The total when the page asked for lies past the end, so that no row carries it. */
  private async total(roundId: string, today: string, scope: string[] | null): Promise<number> {
    const [first] = await this.db.query(OVERDUE_SQL, [roundId, today, scope, 1, 0]);
    return first?.total ?? 0;
  }
}
