import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language, PeopleImportMode } from '@tiltak/shared/api-contract';
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
import {
  countChanges,
  IMPORT_LOCK,
  type ImportFile,
  type ImportResultDto,
} from './org-units-import.service';
import {
  type PersonFields,
  PeopleSyncService,
  type RoleGrant,
  type SyncedRole,
} from './people-sync.service';

export const PEOPLE_COLUMNS = [
  'email',
  'name',
  'language',
  'unit_code',
  'role',
  'valid_from',
  'valid_to',
] as const;
const REQUIRED = ['email', 'name', 'unit_code', 'role'];
const DOC = 'docs/org-people-import.md';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The role column's words, in English and bokmål; admin is deliberately absent. */
export const ROLE_NAMES: Readonly<Record<string, SyncedRole>> = {
  leader: 'leader',
  leder: 'leader',
  verneombud: 'verneombud',
  hr: 'hr',
  hse: 'hr',
  hms: 'hr',
  'hr/hse': 'hr',
  'hr/hms': 'hr',
  employee: 'employee',
  ansatt: 'employee',
};

export type PersonChangeType = 'added' | 'changed' | 'role_granted' | 'role_ended' | 'deactivated';

export interface PersonChange {
  row: number | null;
  email: string;
  change: PersonChangeType;
  role: SyncedRole | null;
  unitCode: string | null;
  from: string | null;
  to: string | null;
}

/** A person the file would remove but who still answers for open measures: kept as they are. */
export interface PersonConflict {
  email: string;
  openMeasures: number;
  problem: string;
}

export interface PeopleImportResultDto extends ImportResultDto<PersonChange> {
  mode: PeopleImportMode;
  conflicts: PersonConflict[];
}

interface ExistingPerson {
  id: string;
  email: string;
  name: string;
  language: Language;
  active: boolean;
  /** "role unitCode" of every role, admin included. */
  roles: string[];
}

interface FileRow {
  row: number;
  email: string;
  key: string;
  name: string;
  language: Language | null;
  unitCode: string;
  role: SyncedRole;
  current: boolean;
}

interface Plan {
  upserts: PersonFields[];
  grants: (Omit<RoleGrant, 'userId'> & { key: string })[];
  ends: RoleGrant[];
  deactivate: string[];
  changes: PersonChange[];
  conflicts: PersonConflict[];
}

const roleKey = (role: string, unitCode: string) => `${role} ${unitCode}`;

const missing = (key: string): never => {
  throw new Error(`The person ${key} should have been created by this import`);
};

/**
 * The people and roles import (docs/org-people-import.md): one row per person and role. `merge` adds
 * and changes; `full` also ends every role the file no longer lists and deactivates whoever is left
 * with none, except people who still answer for open measures (listed as conflicts, left untouched).
 * The writes go through PeopleSyncService, the same code SCIM provisioning uses.
 */
@Injectable()
export class PeopleImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sync: PeopleSyncService,
    private readonly history: ImportHistoryService,
    private readonly clock: Clock,
  ) {}

  async import(
    actor: Actor,
    file: ImportFile,
    mode: PeopleImportMode,
    dryRun: boolean,
  ): Promise<PeopleImportResultDto> {
    if (dryRun) return this.run(this.db.manager, actor, file, mode, true);
    return this.db.transaction((em) => this.run(em, actor, file, mode, false));
  }

  /** The import inside the caller's transaction (the embedded start loads the demo people with it). */
  async run(
    em: EntityManager,
    actor: Actor | null,
    file: ImportFile,
    mode: PeopleImportMode,
    dryRun: boolean,
  ): Promise<PeopleImportResultDto> {
    const sheet = await readImportSheet(file.body, file.contentType);
    const columnProblems = checkColumns(sheet, PEOPLE_COLUMNS, REQUIRED, DOC);
    if (columnProblems.length) throw rejected(columnProblems);
    const sha256 = createHash('sha256').update(file.body).digest('hex');
    const result = (plan: Plan, importId: string | null): PeopleImportResultDto => ({
      dryRun,
      mode,
      rows: sheet.rows.length,
      sha256,
      counts: countChanges(plan.changes),
      changes: plan.changes,
      conflicts: plan.conflicts,
      importId,
    });
    if (dryRun) return result(await this.plan(em, sheet, mode), null);

    await em.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
    const plan = await this.plan(em, sheet, mode);
    if (!plan.changes.length) return result(plan, null);
    await this.apply(em, plan);
    const importId = await this.history.record(em, actor, {
      kind: 'people',
      mode,
      rows: sheet.rows.length,
      counts: countChanges(plan.changes),
      file: { ...file, sha256 },
      after: { changes: plan.changes, conflicts: plan.conflicts },
    });
    return result(plan, importId);
  }

  private async plan(em: EntityManager, sheet: Sheet, mode: PeopleImportMode): Promise<Plan> {
    const today = this.clock.today();
    const problems: FileProblem[] = [];
    const [people, units] = await Promise.all([this.existingPeople(em), this.units(em)]);
    const rows = this.readRows(sheet, today, people, units, problems);

    // Who leads each unit afterwards: more than one is a conflict in either mode.
    const leaders = new Map<string, Map<string, { email: string; row: number | null }>>();
    const addLeader = (unitCode: string, key: string, email: string, row: number | null) => {
      const unit =
        leaders.get(unitCode) ?? new Map<string, { email: string; row: number | null }>();
      if (unit.get(key)?.row == null) unit.set(key, { email, row });
      leaders.set(unitCode, unit);
    };
    const wanted = new Map<string, Set<string>>();
    for (const r of rows.filter((r) => r.current)) {
      wanted.set(r.key, (wanted.get(r.key) ?? new Set()).add(roleKey(r.role, r.unitCode)));
    }
    const endedByRow = new Map(
      rows.filter((r) => !r.current).map((r) => [`${r.key} ${roleKey(r.role, r.unitCode)}`, r.row]),
    );

    // Roles that end: in `full` every listed-nowhere role, in both modes the rows whose valid_to has passed.
    const ends: (RoleGrant & { key: string; email: string; row: number | null })[] = [];
    for (const [key, p] of people) {
      for (const rk of p.roles) {
        const [role, unitCode] = rk.split(' ') as [string, string];
        if (role === 'admin' || wanted.get(key)?.has(rk)) continue;
        const explicit = endedByRow.get(`${key} ${rk}`) ?? null;
        if (mode === 'full' || explicit)
          ends.push({
            userId: p.id,
            role: role as SyncedRole,
            unitCode,
            key,
            email: p.email,
            row: explicit,
          });
      }
    }

    // Full mode: people left with no role are deactivated, unless they still answer for open measures.
    const conflicts: PersonConflict[] = [];
    let deactivate: ExistingPerson[] = [];
    if (mode === 'full') {
      const endsOf = new Map<string, number>();
      for (const e of ends) endsOf.set(e.key, (endsOf.get(e.key) ?? 0) + 1);
      const leftWithNone = [...people]
        .filter(
          ([key, p]) =>
            !wanted.get(key)?.size && p.roles.length > 0 && p.roles.length === endsOf.get(key),
        )
        .map(([, p]) => p);
      const open = await this.sync.openResponsibilities(
        em,
        leftWithNone.map((p) => p.id),
      );
      const kept = new Set<string>();
      for (const p of leftWithNone) {
        const n = open.get(p.id);
        if (!n) continue;
        kept.add(p.email.toLowerCase());
        conflicts.push({
          email: p.email,
          openMeasures: n,
          problem: `is responsible for ${n} open measure(s): reassign them first; kept with every role`,
        });
      }
      deactivate = leftWithNone.filter((p) => p.active && !kept.has(p.email.toLowerCase()));
      for (let i = ends.length - 1; i >= 0; i--) if (kept.has(ends[i].key)) ends.splice(i, 1);
    }

    const ending = new Set(ends.map((e) => `${e.key} ${roleKey(e.role, e.unitCode)}`));
    for (const [key, p] of people) {
      for (const rk of p.roles) {
        const [role, unitCode] = rk.split(' ');
        if (role === 'leader' && !ending.has(`${key} ${rk}`))
          addLeader(unitCode, key, p.email, null);
      }
    }
    for (const r of rows.filter((r) => r.current && r.role === 'leader'))
      addLeader(r.unitCode, r.key, r.email, r.row);
    for (const [unitCode, unit] of leaders) {
      if (unit.size < 2) continue;
      const names = [...unit.values()].map((l) => l.email);
      for (const row of new Set(
        [...unit.values()].map((l) => l.row).filter((r): r is number => r !== null),
      )) {
        problems.push({
          row,
          column: 'role',
          problem: `${unitCode} would have ${unit.size} leaders (${names.join(', ')}); a unit has one`,
        });
      }
    }
    if (problems.length) throw rejected(problems.sort((a, b) => a.row - b.row));

    // The difference, person by person, in file order.
    const changes: PersonChange[] = [];
    const upserts: PersonFields[] = [];
    const seen = new Set<string>();
    const grants: Plan['grants'] = [];
    for (const r of rows) {
      const before = people.get(r.key);
      if (r.current && !seen.has(r.key)) {
        seen.add(r.key);
        const language = r.language ?? before?.language ?? 'nb';
        if (!before) {
          changes.push({
            row: r.row,
            email: r.email,
            change: 'added',
            role: null,
            unitCode: null,
            from: null,
            to: `${r.name} (${language})`,
          });
          upserts.push({ email: r.email, name: r.name, language });
        } else if (before.name !== r.name || before.language !== language || !before.active) {
          const describe = (name: string, lang: string, active: boolean) =>
            `${name} (${lang})${active ? '' : ', inactive'}`;
          changes.push({
            row: r.row,
            email: before.email,
            change: 'changed',
            role: null,
            unitCode: null,
            from: describe(before.name, before.language, before.active),
            to: describe(r.name, language, true),
          });
          upserts.push({ email: before.email, name: r.name, language });
        }
      }
      if (r.current && !before?.roles.includes(roleKey(r.role, r.unitCode))) {
        changes.push({
          row: r.row,
          email: before?.email ?? r.email,
          change: 'role_granted',
          role: r.role,
          unitCode: r.unitCode,
          from: null,
          to: null,
        });
        grants.push({ key: r.key, role: r.role, unitCode: r.unitCode });
      }
    }
    for (const e of ends)
      changes.push({
        row: e.row,
        email: e.email,
        change: 'role_ended',
        role: e.role,
        unitCode: e.unitCode,
        from: null,
        to: null,
      });
    for (const p of deactivate)
      changes.push({
        row: null,
        email: p.email,
        change: 'deactivated',
        role: null,
        unitCode: null,
        from: null,
        to: null,
      });
    return {
      upserts,
      grants,
      ends: ends.map(({ userId, role, unitCode }) => ({ userId, role, unitCode })),
      deactivate: deactivate.map((p) => p.id),
      changes,
      conflicts,
    };
  }

  /** Row checks; the file's rows that passed them, with every problem added to `problems`. */
  private readRows(
    sheet: Sheet,
    today: string,
    people: Map<string, ExistingPerson>,
    units: Map<string, boolean>,
    problems: FileProblem[],
  ): FileRow[] {
    const rows: FileRow[] = [];
    const firstOf = new Map<string, FileRow>();
    const spelled = new Map<string, { email: string; row: number }>();
    const seenRole = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const before = problems.length;
      const problem = (column: string, message: string) =>
        problems.push({ row, column, problem: message });
      const email = text(cells['email']);
      const key = email.toLowerCase();
      if (!email) problem('email', 'is required');
      else if (email.length > 254 || !EMAIL.test(email))
        problem('email', `"${email.slice(0, 60)}" is not an e-mail address`);
      else {
        const existing = people.get(key);
        if (existing && existing.email !== email)
          problem(
            'email',
            `${email} differs only in case from the existing user ${existing.email}: write it the same way`,
          );
        const other = spelled.get(key);
        if (other && other.email !== email)
          problem('email', `${email} differs only in case from ${other.email} on row ${other.row}`);
        if (!other) spelled.set(key, { email, row });
      }
      const name = text(cells['name']);
      if (!name) problem('name', 'is required');
      else if (name.length > 200) problem('name', 'is longer than 200 characters');
      const lang = text(cells['language']).toLowerCase();
      if (lang && lang !== 'nb' && lang !== 'en')
        problem('language', `"${lang.slice(0, 10)}" is not nb or en`);
      const unitCode = text(cells['unit_code']);
      if (!unitCode) problem('unit_code', 'is required');
      else if (!units.has(unitCode))
        problem(
          'unit_code',
          `"${unitCode.slice(0, 40)}" is not a known unit code (import the organisation first)`,
        );
      const word = text(cells['role']).toLowerCase();
      const role = ROLE_NAMES[word];
      if (!word) problem('role', 'is required');
      else if (word === 'admin')
        problem('role', 'admin is granted by hand in Tiltak, never by an import');
      else if (!role)
        problem('role', `"${word.slice(0, 30)}" is not one of leader, verneombud, hr, employee`);
      const from = parseDate(cells['valid_from']);
      const to = parseDate(cells['valid_to']);
      if ('error' in from) problem('valid_from', from.error);
      if ('error' in to) problem('valid_to', to.error);
      const fromDate = 'date' in from ? from.date : null;
      const toDate = 'date' in to ? to.date : null;
      if (fromDate && toDate && toDate < fromDate)
        problem('valid_to', `is before valid_from (${fromDate})`);
      if (problems.length > before) continue;

      const current = validOn(today, fromDate, toDate);
      if (current && units.get(unitCode) === false) {
        problem('unit_code', `${unitCode} is closed: roles can only be given at open units`);
        continue;
      }
      const dup = `${key} ${roleKey(role, unitCode)}`;
      if (seenRole.has(dup)) {
        problem('role', `${role} at ${unitCode} for ${email} is also on row ${seenRole.get(dup)}`);
        continue;
      }
      seenRole.set(dup, row);
      const r: FileRow = {
        row,
        email,
        key,
        name,
        language: (lang || null) as FileRow['language'],
        unitCode,
        role,
        current,
      };
      const first = firstOf.get(key);
      if (first && first.name !== name)
        problem(
          'name',
          `differs from row ${first.row} ("${first.name.slice(0, 60)}") for the same person`,
        );
      else if (first && r.language && first.language && first.language !== r.language)
        problem('language', `differs from row ${first.row} for the same person`);
      if (!first) firstOf.set(key, r);
      rows.push(r);
    }
    return rows;
  }

  private async existingPeople(em: EntityManager): Promise<Map<string, ExistingPerson>> {
    const rows: ExistingPerson[] = await em.query(
      `SELECT u.id, u.email, u.name, u.language, u.active,
              COALESCE(array_agg(r.role || ' ' || o.code) FILTER (WHERE r.id IS NOT NULL), '{}') AS roles
         FROM app_user u LEFT JOIN role_assignment r ON r.user_id = u.id LEFT JOIN org_unit o ON o.id = r.unit_id
        GROUP BY u.id`,
    );
    return new Map(rows.map((r) => [r.email.toLowerCase(), r]));
  }

  /** Unit code → open. */
  private async units(em: EntityManager): Promise<Map<string, boolean>> {
    const rows: { code: string; active: boolean }[] = await em.query(
      `SELECT code, active FROM org_unit`,
    );
    return new Map(rows.map((r) => [r.code, r.active]));
  }

  private async apply(em: EntityManager, plan: Plan): Promise<void> {
    await this.sync.upsertPeople(em, plan.upserts);
    const keys = [...new Set(plan.grants.map((g) => g.key))];
    const ids: { id: string; key: string }[] = keys.length
      ? await em.query(
          `SELECT id, lower(email) AS key FROM app_user WHERE lower(email) = ANY($1::text[])`,
          [keys],
        )
      : [];
    const idOf = new Map(ids.map((r) => [r.key, r.id]));
    await this.sync.endRoles(em, plan.ends);
    await this.sync.grantRoles(
      em,
      plan.grants.map((g) => ({
        userId: idOf.get(g.key) ?? missing(g.key),
        role: g.role,
        unitCode: g.unitCode,
      })),
    );
    await this.sync.deactivateMany(em, plan.deactivate);
  }
}
