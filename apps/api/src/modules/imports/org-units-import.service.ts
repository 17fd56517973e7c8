import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrgUnitKind } from '@tiltak/shared/api-contract';
import { openCaseSql } from '@tiltak/shared/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { parseDate, text, validOn } from './import-cells';
import {
  checkColumns,
  type FileProblem,
  readImportSheet,
  rejected,
  type Sheet,
} from './import-file';
import { ImportHistoryService } from './import-history.service';

export const ORG_UNIT_COLUMNS = [
  'code',
  'parent_code',
  'kind',
  'name_nb',
  'name_en',
  'valid_from',
  'valid_to',
  'predecessor_codes',
] as const;
const REQUIRED = ['code', 'parent_code', 'kind', 'name_nb', 'name_en'];
const KINDS: readonly OrgUnitKind[] = ['institution', 'faculty', 'department', 'section', 'group'];
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const DOC = 'docs/org-people-import.md';

/** One lock for both imports: a people file is planned against the units an organisation import may be changing. */
export const IMPORT_LOCK = 727101;

export type OrgUnitChangeType =
  | 'added'
  | 'renamed'
  | 'moved'
  | 'kind'
  | 'closed'
  | 'reopened'
  | 'predecessors';

export interface OrgUnitChange {
  /** The file row that causes it (null: none, e.g. a unit closed because a successor names it). */
  row: number | null;
  code: string;
  change: OrgUnitChangeType;
  from: string | null;
  to: string | null;
}

export interface ImportResultDto<C> {
  dryRun: boolean;
  rows: number;
  sha256: string;
  counts: Record<string, number>;
  changes: C[];
  /** The import_run row of an applied import that changed something. */
  importId: string | null;
}

interface ExistingUnit {
  id: string;
  code: string;
  parentCode: string | null;
  kind: OrgUnitKind;
  nameNb: string;
  nameEn: string;
  active: boolean;
  openCases: number;
  predecessors: string[];
}

interface PlannedUnit {
  row: number;
  code: string;
  parentCode: string | null;
  kind: OrgUnitKind;
  nameNb: string;
  nameEn: string;
  active: boolean;
  predecessors: string[];
}

interface Plan {
  units: PlannedUnit[];
  /** Units not in the file that a file row names as predecessor: closed with the reorganisation. */
  closedPredecessors: string[];
  changes: OrgUnitChange[];
}

export interface ImportFile {
  body: Buffer;
  contentType: string;
  filename: string | null;
}

/**
 * The organisation import (docs/org-people-import.md): the unit tree from an HR system's file.
 * Units keep their id and code whatever happens to them, so cases, results and their history stay
 * attached; a closed unit is only marked inactive, and predecessors feed the comparisons across a
 * reorganisation (unit_predecessor). The dry run and the apply compute the same plan; the apply does
 * so again inside its transaction, under a lock, so nothing written can differ from what was checked.
 */
@Injectable()
export class OrgUnitsImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly history: ImportHistoryService,
    private readonly clock: Clock,
  ) {}

  async import(
    actor: Actor,
    file: ImportFile,
    dryRun: boolean,
  ): Promise<ImportResultDto<OrgUnitChange>> {
    if (dryRun) return this.run(this.db.manager, actor, file, true);
    return this.db.transaction((em) => this.run(em, actor, file, false));
  }

  /**
   * The import inside the caller's transaction (the embedded start loads the demo organisation with it).
   * Applying takes a lock first, so two imports never plan against the same state.
   */
  async run(
    em: EntityManager,
    actor: Actor | null,
    file: ImportFile,
    dryRun: boolean,
  ): Promise<ImportResultDto<OrgUnitChange>> {
    const sheet = await readImportSheet(file.body, file.contentType);
    const columnProblems = checkColumns(sheet, ORG_UNIT_COLUMNS, REQUIRED, DOC);
    if (columnProblems.length) throw rejected(columnProblems);
    const sha256 = createHash('sha256').update(file.body).digest('hex');
    const result = (plan: Plan, importId: string | null): ImportResultDto<OrgUnitChange> => ({
      dryRun,
      rows: sheet.rows.length,
      sha256,
      counts: countChanges(plan.changes),
      changes: plan.changes,
      importId,
    });
    if (dryRun) return result(await this.plan(em, sheet), null);

    await em.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const plan = await this.plan(em, sheet);
    if (!plan.changes.length) return result(plan, null);
    await this.apply(em, plan);
    const importId = await this.history.record(em, actor, {
      kind: 'org-units',
      mode: null,
      rows: sheet.rows.length,
      counts: countChanges(plan.changes),
      file: { ...file, sha256 },
      after: { changes: plan.changes },
    });
    return result(plan, importId);
  }

  /** Every problem of the file (thrown as one 400), or the difference from today's tree. */
  private async plan(em: EntityManager, sheet: Sheet): Promise<Plan> {
    const today = this.clock.today();
    const existing = await this.existing(em);
    const problems: FileProblem[] = [];
    const units: PlannedUnit[] = [];
    const rowOf = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const problem = (column: string, message: string) =>
        problems.push({ row, column, problem: message });
      const code = text(cells['code']);
      if (!code) problem('code', 'is required');
      else if (!CODE.test(code))
        problem(
          'code',
          `"${code.slice(0, 40)}" must be 1–40 letters, digits, ".", "_" or "-", starting with a letter or digit`,
        );
      else if (rowOf.has(code)) problem('code', `${code} is also on row ${rowOf.get(code)}`);
      if (code && !rowOf.has(code)) rowOf.set(code, row);
      const kind = text(cells['kind']).toLowerCase() as OrgUnitKind;
      if (!KINDS.includes(kind))
        problem(
          'kind',
          kind ? `"${kind.slice(0, 30)}" is not one of ${KINDS.join(', ')}` : 'is required',
        );
      const parentCode = text(cells['parent_code']) || null;
      if (kind === 'institution' && parentCode)
        problem('parent_code', 'must be empty for an institution');
      if (kind && kind !== 'institution' && KINDS.includes(kind) && !parentCode)
        problem('parent_code', `is required for a ${kind}`);
      if (parentCode && parentCode === code) problem('parent_code', 'cannot be the unit itself');
      const nameNb = text(cells['name_nb']);
      const nameEn = text(cells['name_en']);
      for (const [column, name] of [
        ['name_nb', nameNb],
        ['name_en', nameEn],
      ]) {
        if (!name) problem(column, 'is required');
        else if (name.length > 200) problem(column, 'is longer than 200 characters');
      }
      const from = parseDate(cells['valid_from']);
      const to = parseDate(cells['valid_to']);
      if ('error' in from) problem('valid_from', from.error);
      if ('error' in to) problem('valid_to', to.error);
      const fromDate = 'date' in from ? from.date : null;
      const toDate = 'date' in to ? to.date : null;
      if (fromDate && toDate && toDate < fromDate)
        problem('valid_to', `is before valid_from (${fromDate})`);
      const predecessors = [
        ...new Set(
          text(cells['predecessor_codes'])
            .split(/[\s,;|]+/)
            .filter(Boolean),
        ),
      ];
      if (code && predecessors.includes(code))
        problem('predecessor_codes', 'cannot name the unit itself');
      units.push({
        row,
        code,
        parentCode,
        kind,
        nameNb,
        nameEn,
        active: validOn(today, fromDate, toDate),
        predecessors,
      });
    }

    const inFile = new Map(units.filter((u) => u.code).map((u) => [u.code, u]));
    const known = (code: string) => inFile.has(code) || existing.has(code);
    for (const u of units) {
      if (u.parentCode && u.parentCode !== u.code && !known(u.parentCode)) {
        problems.push({
          row: u.row,
          column: 'parent_code',
          problem: `"${u.parentCode.slice(0, 40)}" is not a unit in the file or in Tiltak`,
        });
      }
      for (const p of u.predecessors.filter((p) => p !== u.code && !known(p))) {
        problems.push({
          row: u.row,
          column: 'predecessor_codes',
          problem: `"${p.slice(0, 40)}" is not a unit in the file or in Tiltak`,
        });
      }
    }
    const closedPredecessors = [...new Set(units.flatMap((u) => u.predecessors))].filter(
      (p) => !inFile.has(p) && existing.get(p)?.active,
    );

    // The tree after the import: the file's units as written, the others as they are (or closed as predecessors).
    const parentOf = (code: string): string | null =>
      inFile.get(code)?.parentCode ??
      (inFile.has(code) ? null : (existing.get(code)?.parentCode ?? null));
    const activeAfter = (code: string): boolean =>
      inFile.get(code)?.active ??
      (closedPredecessors.includes(code) ? false : (existing.get(code)?.active ?? false));
    for (const u of units) {
      if (!u.code || !u.parentCode) continue;
      const seen = [u.code];
      for (let p: string | null = u.parentCode; p; p = parentOf(p)) {
        if (seen.includes(p)) {
          problems.push({
            row: u.row,
            column: 'parent_code',
            problem: `makes a cycle: ${[...seen, p].join(' → ')}`,
          });
          break;
        }
        seen.push(p);
      }
      if (u.active && known(u.parentCode) && !activeAfter(u.parentCode)) {
        problems.push({
          row: u.row,
          column: 'parent_code',
          problem: `${u.parentCode} is closed: an open unit cannot belong to it`,
        });
      }
    }
    // Open units outside the file under a unit the file closes.
    for (const e of existing.values()) {
      if (inFile.has(e.code) || !activeAfter(e.code) || !e.parentCode || activeAfter(e.parentCode))
        continue;
      const closer = inFile.get(e.parentCode);
      problems.push({
        row: closer?.row ?? sheet.headerRow,
        column: closer ? 'valid_to' : 'predecessor_codes',
        problem: `${e.parentCode} cannot close while its unit ${e.code} stays open`,
      });
    }

    const changes: OrgUnitChange[] = [];
    for (const u of units) {
      if (!u.code) continue;
      const before = existing.get(u.code);
      if (!before) {
        changes.push({
          row: u.row,
          code: u.code,
          change: 'added',
          from: null,
          to: `${u.nameNb} / ${u.nameEn}`,
        });
        if (!u.active)
          changes.push({ row: u.row, code: u.code, change: 'closed', from: null, to: null });
      } else {
        if (before.nameNb !== u.nameNb || before.nameEn !== u.nameEn) {
          changes.push({
            row: u.row,
            code: u.code,
            change: 'renamed',
            from: `${before.nameNb} / ${before.nameEn}`,
            to: `${u.nameNb} / ${u.nameEn}`,
          });
        }
        if (before.parentCode !== u.parentCode)
          changes.push({
            row: u.row,
            code: u.code,
            change: 'moved',
            from: before.parentCode,
            to: u.parentCode,
          });
        if (before.kind !== u.kind)
          changes.push({ row: u.row, code: u.code, change: 'kind', from: before.kind, to: u.kind });
        if (before.active && !u.active) {
          changes.push({ row: u.row, code: u.code, change: 'closed', from: null, to: null });
          if (before.openCases)
            problems.push({
              row: u.row,
              column: 'valid_to',
              problem: `${u.code} still has ${before.openCases} open case(s): close them before closing the unit`,
            });
        }
        if (!before.active && u.active)
          changes.push({ row: u.row, code: u.code, change: 'reopened', from: null, to: null });
      }
      const added = u.predecessors.filter(
        (p) => p !== u.code && known(p) && !before?.predecessors.includes(p),
      );
      if (added.length)
        changes.push({
          row: u.row,
          code: u.code,
          change: 'predecessors',
          from: before?.predecessors.join(' ') || null,
          to: added.join(' '),
        });
    }
    for (const code of closedPredecessors) {
      const successor = units.find((u) => u.predecessors.includes(code));
      changes.push({ row: successor?.row ?? null, code, change: 'closed', from: null, to: null });
      const openCases = existing.get(code)?.openCases ?? 0;
      if (openCases && successor) {
        problems.push({
          row: successor.row,
          column: 'predecessor_codes',
          problem: `${code} still has ${openCases} open case(s): close them before closing the unit`,
        });
      }
    }
    if (problems.length) throw rejected(problems.sort((a, b) => a.row - b.row));
    return { units, closedPredecessors, changes };
  }

  private async existing(em: EntityManager): Promise<Map<string, ExistingUnit>> {
    const rows: ExistingUnit[] = await em.query(
      `SELECT o.id, o.code, p.code AS "parentCode", o.kind, o.name_nb AS "nameNb", o.name_en AS "nameEn", o.active,
              (SELECT count(*)::int FROM follow_up_case c WHERE c.unit_id = o.id AND ${openCaseSql()}) AS "openCases",
              ARRAY(SELECT pre.code FROM unit_predecessor up JOIN org_unit pre ON pre.id = up.predecessor_id WHERE up.unit_id = o.id ORDER BY pre.code) AS predecessors
         FROM org_unit o LEFT JOIN org_unit p ON p.id = o.parent_id`,
    );
    return new Map(rows.map((r) => [r.code, r]));
  }

  private async apply(em: EntityManager, plan: Plan): Promise<void> {
    const units = plan.units;
    const column = <K extends keyof PlannedUnit>(k: K) => units.map((u) => u[k]);
    await em.query(
      `INSERT INTO org_unit (code, kind, name_nb, name_en, active, path)
       SELECT code, kind, name_nb, name_en, active, '{}' FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[]) AS f(code, kind, name_nb, name_en, active)
       ON CONFLICT (code) DO NOTHING`,
      [column('code'), column('kind'), column('nameNb'), column('nameEn'), column('active')],
    );
    await em.query(
      `UPDATE org_unit o SET parent_id = p.id, kind = f.kind, name_nb = f.name_nb, name_en = f.name_en, active = f.active, updated_at = clock_timestamp()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[]) AS f(code, parent_code, kind, name_nb, name_en, active)
         LEFT JOIN org_unit p ON p.code = f.parent_code
        WHERE o.code = f.code AND (o.parent_id, o.kind, o.name_nb, o.name_en, o.active) IS DISTINCT FROM (p.id, f.kind, f.name_nb, f.name_en, f.active)`,
      [
        column('code'),
        column('parentCode'),
        column('kind'),
        column('nameNb'),
        column('nameEn'),
        column('active'),
      ],
    );
    if (plan.closedPredecessors.length) {
      await em.query(
        `UPDATE org_unit SET active = false, updated_at = clock_timestamp() WHERE code = ANY($1::text[]) AND active`,
        [plan.closedPredecessors],
      );
    }
    // Subtree queries read path: recompute it for every unit whose ancestors changed (moves and new units).
    await em.query(
      `WITH RECURSIVE tree AS (
         SELECT id, ARRAY[id] AS path FROM org_unit WHERE parent_id IS NULL
         UNION ALL
         SELECT o.id, tree.path || o.id FROM org_unit o JOIN tree ON o.parent_id = tree.id
       )
       UPDATE org_unit o SET path = tree.path FROM tree WHERE o.id = tree.id AND o.path IS DISTINCT FROM tree.path`,
    );
    const pairs = units.flatMap((u) =>
      u.predecessors.filter((p) => p !== u.code).map((p) => [u.code, p]),
    );
    if (pairs.length) {
      await em.query(
        `INSERT INTO unit_predecessor (unit_id, predecessor_id)
         SELECT u.id, p.id FROM unnest($1::text[], $2::text[]) AS f(code, predecessor)
           JOIN org_unit u ON u.code = f.code JOIN org_unit p ON p.code = f.predecessor
         ON CONFLICT DO NOTHING`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
    }
  }
}

export function countChanges<C extends { change: string }>(
  changes: readonly C[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of changes) counts[c.change] = (counts[c.change] ?? 0) + 1;
  return counts;
}
