import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DEFAULT_ESCALATION_POLICY,
  type EscalationPolicy,
  openCaseSql,
  openMeasureSql,
  phaseDeadlineVersionSql,
  stepDueDate,
  validatePolicy,
} from '@tiltak/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { phaseDeadlineRowsSql } from '../rounds';
import { buildRecipientTable, type UnitRecipients, type UnitRow } from './recipient-table';
import { scanWindows, type StepWindow, upcomingWindows } from './step-windows';

export interface ScanResult {
  today: string;
  /** Notification rows written, by step key. */
  created: Record<string, number>;
  missingReports: number;
  durationMs: number;
}

export interface PlannedNotification {
  subjectKind: 'measure' | 'phase';
  subjectId: string;
  phase: string | null;
  deadlineVersion: number;
  deadline: string;
  title: string | null;
  caseId: string;
  unitId: string;
  roundId: string;
  stepKey: string;
  template: 'escalation' | 'missing_recipient';
  recipientId: string;
  missing: string | null;
}

/** Serializes scans across replicas; the unique dedupe key already makes a concurrent one harmless. */
const SCAN_LOCK = 727_301;

export function policyOf(raw: unknown): EscalationPolicy {
  if (
    raw &&
    typeof raw === 'object' &&
    Array.isArray((raw as EscalationPolicy).steps) &&
    validatePolicy(raw as EscalationPolicy).length === 0
  ) {
    return raw as EscalationPolicy;
  }
  return DEFAULT_ESCALATION_POLICY;
}

interface WindowParams {
  roundIds: string[];
  stepKeys: string[];
  recipients: string[];
  after: (string | null)[];
  upTo: string[];
}

/**
 * The subjects (open measures with a deadline; phase deadlines of cases not yet past the phase) whose
 * deadline falls in a step's window, routed to their recipients: responsible → line manager → HR/HSE,
 * each missing person falling back up the line. One statement over all subjects; the org tree and
 * the step windows come in as arrays.
 */
export function routedSql(opts: { onlyUndecided: boolean; unitScope: boolean }): string {
  return `
    WITH st AS (
      SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::date[]) AS t(round_id, step_key, recipient, after, up_to)
    ), un AS (
      SELECT * FROM unnest($6::uuid[], $7::uuid[], $8::uuid[], $9::boolean[], $10::uuid[]) AS t(unit_id, own_leader_id, leader_id, leader_fallback, above_id)
    ), hr AS (
      SELECT * FROM unnest($11::uuid[], $12::uuid[]) AS t(unit_id, user_id)
    ), subj AS (
      SELECT 'measure'::text AS kind, m.id AS subject_id, NULL::text AS phase, m.deadline_version AS ver, m.deadline, m.title,
             c.id AS case_id, c.unit_id, c.round_id, CASE WHEN ru.active THEN m.responsible_user_id END AS resp
        FROM measure m
        JOIN follow_up_case c ON c.id = m.case_id
        LEFT JOIN app_user ru ON ru.id = m.responsible_user_id
       WHERE ${openMeasureSql()} AND m.deadline IS NOT NULL AND m.deadline <= $13::date
         AND ${openCaseSql()} AND c.round_id = ANY($1::uuid[])
      UNION ALL
      SELECT 'phase', c.id, p.phase, ${phaseDeadlineVersionSql('p.deadline')}, p.deadline, NULL,
             c.id, c.unit_id, c.round_id, un.own_leader_id
        FROM follow_up_case c
        JOIN survey_round r ON r.id = c.round_id
        JOIN un ON un.unit_id = c.unit_id
        CROSS JOIN LATERAL (VALUES ${phaseDeadlineRowsSql()}) AS p(phase, deadline, open)
       WHERE p.open AND p.deadline IS NOT NULL AND p.deadline <= $13::date AND c.round_id = ANY($1::uuid[])
    ), due AS (
      SELECT s.*, st.step_key, st.recipient
        FROM subj s
        JOIN st ON st.round_id = s.round_id AND s.deadline <= st.up_to AND (st.after IS NULL OR s.deadline > st.after)
       WHERE ${opts.unitScope ? 's.unit_id = ANY($14::uuid[])' : 'true'}
       ${
         opts.onlyUndecided
           ? `AND NOT EXISTS (
         SELECT 1 FROM notification n
          WHERE n.subject_id = s.subject_id AND n.step_key = st.step_key AND n.deadline_version = s.ver
            AND n.phase IS NOT DISTINCT FROM s.phase)`
           : ''
       }
    ), routed AS (
      SELECT d.*,
             CASE WHEN d.recipient = 'responsible' AND d.resp IS NOT NULL THEN d.resp
                  WHEN d.recipient IN ('responsible', 'line_manager') THEN lm.id END AS user_id,
             CASE WHEN d.recipient = 'responsible' AND d.resp IS NULL
                    THEN CASE WHEN d.kind = 'measure' THEN 'no_responsible' ELSE 'no_leader' END
                  WHEN d.recipient = 'line_manager' AND (lm.id IS NULL OR lm.fallback) THEN 'no_leader' END AS missing
        FROM due d
        JOIN un ON un.unit_id = d.unit_id
        CROSS JOIN LATERAL (
          SELECT CASE WHEN d.resp = un.leader_id THEN un.above_id ELSE un.leader_id END AS id,
                 (d.resp IS DISTINCT FROM un.leader_id) AND un.leader_fallback AS fallback
        ) lm
    ), planned AS (
      SELECT r.*, r.user_id AS recipient_id, 'escalation'::text AS template FROM routed r WHERE r.user_id IS NOT NULL
      UNION ALL
      SELECT r.*, hr.user_id, 'escalation' FROM routed r JOIN hr ON hr.unit_id = r.unit_id WHERE r.user_id IS NULL
      UNION ALL
      SELECT r.*, hr.user_id, 'missing_recipient' FROM routed r JOIN hr ON hr.unit_id = r.unit_id
       WHERE r.user_id IS NOT NULL AND r.missing IS NOT NULL
    )`;
}

@Injectable()
export class EscalationScanService {
  private readonly logger = new Logger('EscalationScan');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Writes every newly due ladder step to the outbox, at most once per (subject, version, step, recipient). */
  async scan(): Promise<ScanResult> {
    const started = Date.now();
    const today = this.clock.today();
    return this.db.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock($1)', [SCAN_LOCK]);
      const windows = await this.windows(em, (policy) => scanWindows(policy, today));
      const created: Record<string, number> = {};
      let missingReports = 0;
      if (windows.roundIds.length) {
        const people = await this.recipientParams(em);
        // Decide first, then write: an anti-join against the table being written would rescan the
        // rows this very statement inserts (quadratic on a first scan over a large backlog).
        // Most due steps were decided by earlier scans: one hash anti-join over the outbox beats a
        // million index probes, which the planner picks when it underestimates the range join.
        await em.query(`SET LOCAL work_mem = '64MB'`);
        await em.query(`SET LOCAL enable_nestloop = off`);
        await em.query(
          `CREATE TEMP TABLE escalation_planned ON COMMIT DROP AS
           ${routedSql({ onlyUndecided: true, unitScope: false })}
           SELECT p.*, u.language FROM planned p JOIN app_user u ON u.id = p.recipient_id`,
          [...this.windowArgs(windows), ...people, maxDate(windows.upTo)],
        );
        const rows: { step_key: string; template: string }[] = await em.query(
          `INSERT INTO notification (recipient_id, template, language, payload, dedupe_key,
                                     subject_kind, subject_id, phase, deadline_version, step_key, case_id, unit_id)
           SELECT p.recipient_id, p.template, p.language,
                  jsonb_build_object('deadline', p.deadline, 'recipientKind', p.recipient, 'missing', p.missing, 'roundId', p.round_id),
                  p.kind || ':' || p.subject_id || coalesce('.' || p.phase, '') || ':v' || p.ver || ':' || p.step_key
                    || CASE WHEN p.template = 'missing_recipient' THEN '.missing' ELSE '' END || ':' || p.recipient_id,
                  p.kind, p.subject_id, p.phase, p.ver, p.step_key, p.case_id, p.unit_id
             FROM escalation_planned p
           ON CONFLICT (dedupe_key) DO NOTHING
           RETURNING step_key, template`,
        );
        for (const row of rows) {
          if (row.template === 'missing_recipient') missingReports++;
          else created[row.step_key] = (created[row.step_key] ?? 0) + 1;
        }
      }
      const result = {
        today,
        created,
        missingReports,
        durationMs: Date.now() - started,
      };
      this.logger.log(
        `Scan for ${today}: ${JSON.stringify(created)}, ${missingReports} missing-person report(s), ${result.durationMs} ms`,
      );
      return result;
    });
  }

  /** What the scan would write now (not yet decided) and what falls due in the next `days` days. */
  async plan(
    days: number,
    unitScope: string[] | null,
  ): Promise<(PlannedNotification & { dueDate: string })[]> {
    const today = this.clock.today();
    const em = this.db.manager;
    const people = await this.recipientParams(em);
    const scope = unitScope ? [unitScope] : [];
    const run = async (windows: WindowParams, onlyUndecided: boolean) => {
      if (!windows.roundIds.length) return [];
      return (await em.query(
        `${routedSql({ onlyUndecided, unitScope: unitScope !== null })}
         SELECT p.kind AS "subjectKind", p.subject_id AS "subjectId", p.phase, p.ver AS "deadlineVersion", p.deadline,
                p.title, p.case_id AS "caseId", p.unit_id AS "unitId", p.round_id AS "roundId", p.step_key AS "stepKey",
                p.template, p.recipient_id AS "recipientId", p.missing
           FROM planned p
          ORDER BY p.deadline, p.subject_id, p.step_key, p.recipient_id
          LIMIT 10001`,
        [...this.windowArgs(windows), ...people, maxDate(windows.upTo), ...scope],
      )) as PlannedNotification[];
    };
    const policies = new Map<string, EscalationPolicy>();
    const now = await run(await this.windows(em, (p) => scanWindows(p, today), policies), true);
    const later = await run(
      await this.windows(em, (p) => upcomingWindows(p, today, days), policies),
      false,
    );
    const dueDate = (p: PlannedNotification) => {
      const step = policies.get(p.roundId)?.steps.find((s) => s.key === p.stepKey);
      return step ? stepDueDate(p.deadline, step) : today;
    };
    return [
      ...now.map((p) => ({ ...p, dueDate: today })),
      ...later.map((p) => ({ ...p, dueDate: dueDate(p) })),
    ];
  }

  private async windows(
    em: EntityManager,
    windowsOf: (policy: EscalationPolicy) => StepWindow[],
    policies = new Map<string, EscalationPolicy>(),
  ): Promise<WindowParams> {
    const rounds: { id: string; escalation_policy: unknown }[] = await em.query(
      `SELECT r.id, r.escalation_policy FROM survey_round r
        WHERE EXISTS (SELECT 1 FROM follow_up_case c WHERE c.round_id = r.id AND ${openCaseSql()})`,
    );
    const params: WindowParams = {
      roundIds: [],
      stepKeys: [],
      recipients: [],
      after: [],
      upTo: [],
    };
    for (const round of rounds) {
      const policy = policyOf(round.escalation_policy);
      if (round.escalation_policy && policy === DEFAULT_ESCALATION_POLICY) {
        this.logger.warn(`Round ${round.id} has an invalid escalation policy; the default applies`);
      }
      policies.set(round.id, policy);
      for (const w of windowsOf(policy)) {
        params.roundIds.push(round.id);
        params.stepKeys.push(w.step.key);
        params.recipients.push(w.step.recipient);
        params.after.push(w.after);
        params.upTo.push(w.upTo);
      }
    }
    return params;
  }

  private windowArgs(w: WindowParams): unknown[] {
    return [w.roundIds, w.stepKeys, w.recipients, w.after, w.upTo];
  }

  private async recipientParams(em: EntityManager): Promise<unknown[]> {
    const units: UnitRow[] = await em.query(
      `SELECT o.id, o.parent_id AS "parentId", o.path, CASE WHEN u.active THEN o.leader_id END AS "leaderId"
         FROM org_unit o LEFT JOIN app_user u ON u.id = o.leader_id`,
    );
    const roles: { role: 'hr' | 'admin'; unit_id: string; user_id: string }[] = await em.query(
      `SELECT r.role, r.unit_id, r.user_id FROM role_assignment r JOIN app_user u ON u.id = r.user_id
        WHERE r.role IN ('hr', 'admin') AND u.active ORDER BY r.user_id`,
    );
    const hrByUnit = new Map<string, string[]>();
    for (const r of roles.filter((x) => x.role === 'hr'))
      hrByUnit.set(r.unit_id, [...(hrByUnit.get(r.unit_id) ?? []), r.user_id]);
    const adminIds = [...new Set(roles.filter((x) => x.role === 'admin').map((x) => x.user_id))];
    const table: UnitRecipients[] = buildRecipientTable(units, hrByUnit, adminIds);
    const hrPairs = table.flatMap((t) => t.hrIds.map((userId) => [t.unitId, userId] as const));
    return [
      table.map((t) => t.unitId),
      table.map((t) => t.ownLeaderId),
      table.map((t) => t.leaderId),
      table.map((t) => t.leaderFallback),
      table.map((t) => t.aboveId),
      hrPairs.map((p) => p[0]),
      hrPairs.map((p) => p[1]),
    ];
  }
}

function maxDate(dates: string[]): string {
  return dates.reduce((a, b) => (a > b ? a : b), '1900-01-01');
}
