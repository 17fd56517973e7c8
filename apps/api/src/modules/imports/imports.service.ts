import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INDICES } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import { type Actor, isAdmin } from '../../common/actor';
import { forbidden, notFound } from '../../common/errors';
import { AuditService } from '../audit';
import {
  parseNumber,
  REQUIRED_COLUMNS,
  RESULT_COLUMNS,
  validateResultRow,
  type ResultWrite,
  ResultsWriter,
} from '../results';
import { checkColumns, readImportSheet, rejected } from './import-file';

export interface ImportSummaryDto {
  roundId: string;
  /** Data rows in the file. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  insertedUnits: string[];
  updatedUnits: string[];
  sha256: string;
}

export interface SectorImportSummaryDto {
  roundId: string;
  indices: number;
  changed: boolean;
  sha256: string;
}

/**
 * Survey result imports (docs/results-import.md): the whole file is checked and every problem reported
 * before anything is written; then it is stored in one transaction, and only rows that change are
 * touched, so importing the same file twice changes nothing the second time.
 */
@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly writer: ResultsWriter,
    private readonly audit: AuditService,
  ) {}

  /** Admins import for any unit; HR/HSE for the units within their scope. */
  static mayImportResults(actor: Actor): boolean {
    return isAdmin(actor) || actor.assignments.some((a) => a.role === 'hr');
  }

  async importResults(
    actor: Actor,
    roundId: string,
    body: Buffer,
    contentType: string,
  ): Promise<ImportSummaryDto> {
    if (!ImportsService.mayImportResults(actor)) throw forbidden('import survey results');
    await this.requireRound(roundId);
    const sheet = await readImportSheet(body, contentType);
    const problems = checkColumns(sheet, RESULT_COLUMNS, REQUIRED_COLUMNS);
    if (problems.length) throw rejected(problems);

    const codes = [
      ...new Set(sheet.rows.map((r) => String(r.cells['unit_code'] ?? '').trim()).filter(Boolean)),
    ];
    const units: { id: string; code: string; path: string[] }[] = await this.db.query(
      `SELECT id, code, path FROM org_unit WHERE code = ANY($1::text[])`,
      [codes],
    );
    const byCode = new Map(units.map((u) => [u.code, u]));
    const scope = isAdmin(actor)
      ? null
      : actor.assignments.filter((a) => a.role === 'hr').map((a) => a.unitId);
    const firstRow = new Map<string, number>();
    const writes: ResultWrite[] = [];
    for (const { row, cells } of sheet.rows) {
      const code = String(cells['unit_code'] ?? '').trim();
      const unit = byCode.get(code);
      if (!code) problems.push({ row, column: 'unit_code', problem: 'is required' });
      else if (!unit)
        problems.push({
          row,
          column: 'unit_code',
          problem: `"${code.slice(0, 40)}" is not a known unit code`,
        });
      else if (scope && !unit.path.some((id) => scope.includes(id)))
        problems.push({
          row,
          column: 'unit_code',
          problem: `${code} is outside your HR/HSE scope`,
        });
      else if (firstRow.has(code))
        problems.push({
          row,
          column: 'unit_code',
          problem: `${code} is also on row ${firstRow.get(code)}`,
        });
      if (code && !firstRow.has(code)) firstRow.set(code, row);
      const { values, problems: own } = validateResultRow(cells);
      problems.push(...own.map((p) => ({ row, ...p })));
      if (unit && values) writes.push({ unitId: unit.id, unitCode: unit.code, values });
    }
    if (problems.length) throw rejected(problems);

    const sha256 = createHash('sha256').update(body).digest('hex');
    const summary = await this.db.transaction(async (em) => {
      const written = await this.writer.write(em, roundId, writes);
      if (written.inserted.length || written.updated.length) {
        await this.audit.record(em, actor, null, {
          action: 'results.import',
          entity: 'survey_round',
          entityId: roundId,
          after: {
            sha256,
            rows: sheet.rows.length,
            inserted: written.inserted,
            updated: written.updated,
            unchanged: written.unchanged,
          },
        });
      }
      return written;
    });
    return {
      roundId,
      rows: sheet.rows.length,
      inserted: summary.inserted.length,
      updated: summary.updated.length,
      unchanged: summary.unchanged,
      insertedUnits: summary.inserted,
      updatedUnits: summary.updated,
      sha256,
    };
  }

  /** The sector benchmark of a round: one row per index (index_code, mean); admin or institution HR. */
  async importSectorBenchmark(
    actor: Actor,
    roundId: string,
    body: Buffer,
    contentType: string,
  ): Promise<SectorImportSummaryDto> {
    if (!isAdmin(actor) && !actor.institutionHr) throw forbidden('import the sector benchmark');
    await this.requireRound(roundId);
    const sheet = await readImportSheet(body, contentType);
    const problems = checkColumns(sheet, ['index_code', 'mean'], ['index_code', 'mean']);
    if (problems.length) throw rejected(problems);
    const codes = new Set<string>(INDICES.map((i) => i.code));
    const benchmark: Record<string, number> = {};
    const firstRow = new Map<string, number>();
    for (const { row, cells } of sheet.rows) {
      const code = String(cells['index_code'] ?? '').trim();
      if (!codes.has(code))
        problems.push({
          row,
          column: 'index_code',
          problem: code
            ? `"${code.slice(0, 40)}" is not one of the 17 survey indices`
            : 'is required',
        });
      else if (firstRow.has(code))
        problems.push({
          row,
          column: 'index_code',
          problem: `${code} is also on row ${firstRow.get(code)}`,
        });
      else firstRow.set(code, row);
      const mean = parseNumber(cells['mean']);
      if (mean === null) problems.push({ row, column: 'mean', problem: 'is required' });
      else if (Number.isNaN(mean) || mean < 1 || mean > 5)
        problems.push({ row, column: 'mean', problem: 'must be a number between 1 and 5' });
      else if (codes.has(code)) benchmark[code] = Math.round(mean * 100) / 100;
    }
    if (problems.length) throw rejected(problems);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const changed = await this.db.transaction(async (em) => {
      const [round] = await em.query(
        'SELECT sector_benchmark AS sector FROM survey_round WHERE id = $1 FOR UPDATE',
        [roundId],
      );
      const sorted = (o: Record<string, number>) =>
        JSON.stringify(
          Object.keys(o)
            .sort()
            .map((k) => [k, Number(o[k])]),
        );
      if (sorted(round.sector ?? {}) === sorted(benchmark)) return false;
      await em.query(
        `UPDATE survey_round SET sector_benchmark = $2, version = version + 1, updated_at = clock_timestamp() WHERE id = $1`,
        [roundId, JSON.stringify(benchmark)],
      );
      await this.audit.record(em, actor, null, {
        action: 'results.sector_benchmark',
        entity: 'survey_round',
        entityId: roundId,
        before: round.sector,
        after: { sha256, benchmark },
      });
      return true;
    });
    return { roundId, indices: Object.keys(benchmark).length, changed, sha256 };
  }

  private async requireRound(roundId: string): Promise<void> {
    const [round] = await this.db.query('SELECT 1 FROM survey_round WHERE id = $1', [roundId]);
    if (!round) throw notFound('Round');
  }
}
