import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { SuppressionReason } from '@tiltak/shared/api-contract';
import { computeIndexSuppression, computeSuppression, type ResultNode } from './anonymity';

export interface RoundSuppression {
  roundId: string;
  threshold: number;
  /** Units whose results must not be shown, and why. */
  suppressed: ReadonlyMap<string, SuppressionReason>;
  /** Per index code, the units whose value of that index must not be shown (docs/anonymity.md). */
  readonly indices: ReadonlyMap<string, ReadonlyMap<string, SuppressionReason>>;
}

/**
 * The anonymity rule applied to a whole round's tree of results, per unit and per index. Kept per round
 * and recomputed when the round's results, its threshold or the organisation change (a cheap
 * fingerprint query), so that reports over thousands of units do not pay for it on every request. An
 * index's n lives in the result's row, whose version and updated_at change with it, so the fingerprint
 * covers the per-index rule too.
 */
@Injectable()
export class SuppressionService {
  private readonly cache = new Map<string, { fingerprint: string; value: RoundSuppression }>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async forRound(roundId: string, em: EntityManager = this.db.manager): Promise<RoundSuppression> {
    return (await this.forRounds([roundId], em))[0];
  }

  /** The rule for several rounds, checked for changes in one query. Unknown rounds hide nothing. */
  async forRounds(
    roundIds: string[],
    em: EntityManager = this.db.manager,
  ): Promise<RoundSuppression[]> {
    const states: { id: string; threshold: number; fingerprint: string }[] = await em.query(
      `SELECT r.id, r.anonymity_threshold AS threshold,
              (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')
                 FROM unit_result WHERE round_id = r.id) || '/' || o.state AS fingerprint
         FROM survey_round r
        CROSS JOIN (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') AS state FROM org_unit) o
        WHERE r.id = ANY($1::uuid[])`,
      [roundIds],
    );
    const inTransaction = !!em.queryRunner?.isTransactionActive;
    return Promise.all(
      roundIds.map(async (roundId) => {
        const state = states.find((s) => s.id === roundId);
        if (!state) return { roundId, threshold: 5, suppressed: new Map(), indices: new Map() };
        const fingerprint = `${state.threshold}/${state.fingerprint}`;
        const cached = this.cache.get(roundId);
        if (cached && cached.fingerprint === fingerprint && !inTransaction) return cached.value;
        const rows: {
          id: string;
          respondents: number;
          path: string[];
          indexN: Record<string, number>;
        }[] = await em.query(
          `SELECT ur.unit_id AS id, ur.respondents, o.path,
                  (SELECT coalesce(jsonb_object_agg(k.code, (k.v ->> 'n')::int), '{}') FROM jsonb_each(ur.indices) AS k(code, v)) AS "indexN"
             FROM unit_result ur JOIN org_unit o ON o.id = ur.unit_id
            WHERE ur.round_id = $1`,
          [roundId],
        );
        const nodes = toNodes(rows).map((n, i) => ({ ...n, indexN: rows[i].indexN }));
        let indices: RoundSuppression['indices'] | undefined;
        const value: RoundSuppression = {
          roundId,
          threshold: state.threshold,
          suppressed: computeSuppression(nodes, state.threshold),
          // On first use only: 17 runs of the rule, which the completion report does not need.
          get indices() {
            return (indices ??= computeIndexSuppression(nodes, state.threshold));
          },
        };
        if (!inTransaction) this.cache.set(roundId, { fingerprint, value });
        return value;
      }),
    );
  }
}

/** Each unit's parent in the anonymity tree is its nearest ancestor that has a result too. */
export function toNodes(rows: { id: string; respondents: number; path: string[] }[]): ResultNode[] {
  const present = new Set(rows.map((r) => r.id));
  return rows.map((r) => {
    let parentId: string | null = null;
    for (let i = r.path.length - 2; i >= 0; i--) {
      if (present.has(r.path[i])) {
        parentId = r.path[i];
        break;
      }
    }
    return { id: r.id, parentId, respondents: r.respondents };
  });
}
