import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContentPageDto } from '@tiltak/shared/api-contract';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { lockVersioned } from '../../common/optimistic-lock';
import { AuditService } from '../audit';
import { ContentPageEntity } from './content-page.entity';
import type { UpdateContentPageDto } from './content.dto';

const toDto = (p: ContentPageEntity): ContentPageDto => ({
  key: p.key,
  bodyNb: p.bodyNb,
  bodyEn: p.bodyEn,
  version: p.version,
  updatedAt: p.updatedAt.toISOString(),
});

@Injectable()
export class ContentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(key: string): Promise<ContentPageDto> {
    const page = await this.db.getRepository(ContentPageEntity).findOneBy({ key });
    if (!page) throw notFound('Page');
    return toDto(page);
  }

  async update(actor: Actor, key: string, dto: UpdateContentPageDto): Promise<ContentPageDto> {
    return this.db.transaction(async (em) => {
      const found = await em.getRepository(ContentPageEntity).findOneBy({ key });
      if (!found) throw notFound('Page');
      const page = await lockVersioned(em, ContentPageEntity, found.id, dto.version, 'page');
      const before = { bodyNb: page.bodyNb, bodyEn: page.bodyEn, version: dto.version };
      Object.assign(page, { bodyNb: dto.bodyNb, bodyEn: dto.bodyEn, updatedBy: actor.userId });
      const saved = await em.getRepository(ContentPageEntity).save(page);
      await this.audit.record(em, actor, null, {
        action: 'content.update',
        entity: 'content_page',
        entityId: saved.id,
        before,
        after: { key, bodyNb: saved.bodyNb, bodyEn: saved.bodyEn, version: saved.version },
      });
      return toDto(saved);
    });
  }
}
