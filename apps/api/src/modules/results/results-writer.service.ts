import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type ResultValues, sameValues } from './result-values';

export interface ResultWrite {
  unitId: string;
  unitCode: string;
  values: ResultValues;
}

export interface WriteSummary {
  inserted: string[];
  updated: string[];
  unchanged: number;
}

interface StoredRow {
  id: string;
  unitId: string;
  invited: number;
  respondents: number;
  indices: ResultValues['indices'];
  workingHours: Record<string, number> | null;
  appraisalYesPct: string | null;
  appraisalUsefulness: string | null;
  version: number;
}

/**
 * Stores unit results inside the caller's transaction, comparing with what is stored first: a row
 * that would not change is not touched (no version bump, no updated_at), so a re-import is a no-op.
 */
@Injectable()
export class ResultsWriter {
  async write(em: EntityManager, roundId: string, writes: ResultWrite[]): Promise<WriteSummary> {
    const summary: WriteSummary = { inserted: [], updated: [], unchanged: 0 };
    if (!writes.length) return summary;
    const stored: StoredRow[] = await em.query(
      `SELECT id, unit_id AS "unitId", invited, respondents, indices, working_hours AS "workingHours",
              appraisal_yes_pct AS "appraisalYesPct", appraisal_usefulness AS "appraisalUsefulness", version
         FROM unit_result WHERE round_id = $1 AND unit_id = ANY($2::uuid[]) FOR UPDATE`,
      [roundId, writes.map((w) => w.unitId)],
    );
    const byUnit = new Map(stored.map((s) => [s.unitId, s]));
    const inserts: object[] = [];
    const updates: object[] = [];
    for (const w of writes) {
      const old = byUnit.get(w.unitId);
      const v = w.values;
      const row = {
        invited: v.invited,
        respondents: v.respondents,
        indices: v.indices,
        working_hours: v.workingHours,
        appraisal_yes_pct: v.appraisalYesPct,
        appraisal_usefulness: v.appraisalUsefulness,
      };
      if (!old) {
        inserts.push({ ...row, unit_id: w.unitId });
        summary.inserted.push(w.unitCode);
      } else if (sameValues(storedValues(old), v)) {
        summary.unchanged += 1;
      } else {
        updates.push({ ...row, id: old.id });
        summary.updated.push(w.unitCode);
      }
    }
    const columns = `invited int, respondents int, indices jsonb, working_hours jsonb, appraisal_yes_pct numeric, appraisal_usefulness numeric`;
    if (inserts.length) {
      await em.query(
        `INSERT INTO unit_result (round_id, unit_id, invited, respondents, indices, working_hours, appraisal_yes_pct, appraisal_usefulness)
         SELECT $1, x.unit_id, x.invited, x.respondents, x.indices, nullif(x.working_hours, 'null'), x.appraisal_yes_pct, x.appraisal_usefulness
           FROM jsonb_to_recordset($2::jsonb) AS x(unit_id uuid, ${columns})`,
        [roundId, JSON.stringify(inserts)],
      );
    }
    if (updates.length) {
      await em.query(
        `UPDATE unit_result u
            SET invited = x.invited, respondents = x.respondents, indices = x.indices, working_hours = nullif(x.working_hours, 'null'),
                appraisal_yes_pct = x.appraisal_yes_pct, appraisal_usefulness = x.appraisal_usefulness,
                version = u.version + 1, updated_at = clock_timestamp()
           FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, ${columns})
          WHERE u.id = x.id`,
        [JSON.stringify(updates)],
      );
    }
    return summary;
  }
}

export function storedValues(r: Omit<StoredRow, 'id' | 'unitId' | 'version'>): ResultValues {
  return {
    invited: r.invited,
    respondents: r.respondents,
    indices: r.indices ?? {},
    workingHours: r.workingHours,
    appraisalYesPct: r.appraisalYesPct === null ? null : Number(r.appraisalYesPct),
    appraisalUsefulness: r.appraisalUsefulness === null ? null : Number(r.appraisalUsefulness),
  };
}
