import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type CaseScope, roleFor } from '../access';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string | null;
  caseId?: string | null;
  before?: unknown;
  after?: unknown;
  /** For changes without a signed-in actor (SCIM provisioning): the request that made them. */
  requestId?: string | null;
}

/** One audit row per mutation, written inside the mutation's own transaction. */
@Injectable()
export class AuditService {
  async record(
    em: EntityManager,
    actor: Actor | null,
    scope: CaseScope | null,
    entry: AuditEntry,
  ): Promise<void> {
    await em.insert(AuditEventEntity, {
      actorId: actor?.userId ?? null,
      actorRole: actor ? roleFor(actor, scope) : null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      caseId: entry.caseId ?? null,
      before: (entry.before ?? null) as object,
      after: (entry.after ?? null) as object,
      requestId: actor?.requestId ?? entry.requestId ?? null,
    });
  }
}
