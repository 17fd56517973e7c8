import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommentDto, ConfirmationDto, TimelineEventDto } from '@tiltak/shared/api-contract';
import { caseStateIndex } from '@tiltak/shared/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { AuditService } from '../audit';
import { CaseAccessService } from '../access';
import { MeasureEntity } from '../measures';
import { CommentEntity } from './comment.entity';
import type { CreateCommentDto, CreateConfirmationDto } from './comments.dto';
import { ConfirmationEntity } from './confirmation.entity';

/** Comments, safety-representative confirmations and the timeline: the follow-up conversation of a case. */
@Injectable()
export class CommentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly audit: AuditService,
  ) {}

  async comments(actor: Actor, caseId: string): Promise<CommentDto[]> {
    await this.cases.load(actor, caseId, 'readInternal');
    return this.db.query(
      `SELECT c.id, c.case_id AS "caseId", c.measure_id AS "measureId", c.author_id AS "authorId", u.name AS "authorName",
              c.body, c.created_at AS "createdAt"
         FROM case_comment c JOIN app_user u ON u.id = c.author_id
        WHERE c.case_id = $1 ORDER BY c.created_at, c.id`,
      [caseId],
    );
  }

  async comment(actor: Actor, caseId: string, dto: CreateCommentDto): Promise<CommentDto> {
    return this.db.transaction(async (em) => {
      const { scope } = await this.cases.load(actor, caseId, 'comment', { em });
      if (
        dto.measureId &&
        !(await em.getRepository(MeasureEntity).existsBy({ id: dto.measureId, caseId }))
      ) {
        throw new BadRequestException('measureId: no such measure in this case');
      }
      const saved = await em.getRepository(CommentEntity).save(
        em.create(CommentEntity, {
          caseId,
          measureId: dto.measureId ?? null,
          authorId: actor.userId,
          body: dto.body.trim(),
        }),
      );
      await this.audit.record(em, actor, scope, {
        action: 'comment.create',
        entity: 'comment',
        entityId: saved.id,
        caseId,
        after: { body: saved.body, measureId: saved.measureId },
      });
      return {
        id: saved.id,
        caseId,
        measureId: saved.measureId,
        authorId: actor.userId,
        authorName: actor.name,
        body: saved.body,
        createdAt: saved.createdAt.toISOString(),
      };
    });
  }

  async confirmations(actor: Actor, caseId: string): Promise<ConfirmationDto[]> {
    await this.cases.load(actor, caseId, 'readInternal');
    return this.db.query(
      `SELECT c.id, c.case_id AS "caseId", c.phase, c.user_id AS "userId", u.name AS "userName", c.note, c.created_at AS "createdAt"
         FROM confirmation c JOIN app_user u ON u.id = c.user_id
        WHERE c.case_id = $1 ORDER BY c.created_at, c.id`,
      [caseId],
    );
  }

  /** Working Environment Act § 6-2: the safety representative confirms taking part in a phase. */
  async confirm(
    actor: Actor,
    caseId: string,
    dto: CreateConfirmationDto,
  ): Promise<ConfirmationDto> {
    return this.db.transaction(async (em) => {
      const { entity, scope } = await this.cases.load(actor, caseId, 'confirm', { em, lock: true });
      if (caseStateIndex(dto.phase) > caseStateIndex(entity.state)) {
        throw new ConflictException(
          `phase: the case has not reached ${dto.phase} yet (it is ${entity.state})`,
        );
      }
      const repo = em.getRepository(ConfirmationEntity);
      if (await repo.existsBy({ caseId, phase: dto.phase, userId: actor.userId })) {
        throw new ConflictException(`phase: you have already confirmed ${dto.phase}`);
      }
      const saved = await repo.save(
        repo.create({ caseId, phase: dto.phase, userId: actor.userId, note: dto.note ?? null }),
      );
      await this.audit.record(em, actor, scope, {
        action: 'confirmation.create',
        entity: 'confirmation',
        entityId: saved.id,
        caseId,
        after: { phase: saved.phase, note: saved.note },
      });
      return {
        id: saved.id,
        caseId,
        phase: saved.phase,
        userId: actor.userId,
        userName: actor.name,
        note: saved.note,
        createdAt: saved.createdAt.toISOString(),
      };
    });
  }

  /** Everything that happened to the case, from the append-only audit trail. */
  async timeline(actor: Actor, caseId: string): Promise<TimelineEventDto[]> {
    await this.cases.load(actor, caseId, 'readInternal');
    return this.db.query(
      `SELECT e.id::text, e.at, e.actor_id AS "actorId", u.name AS "actorName", e.actor_role AS "actorRole",
              e.action, e.entity, e.entity_id AS "entityId", e.before, e.after
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.case_id = $1 ORDER BY e.at, e.id`,
      [caseId],
    );
  }
}
