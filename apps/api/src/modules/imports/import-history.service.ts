import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { AuditService } from '../audit';

export type ImportKind = 'org-units' | 'people';

export interface ImportRunDto {
  id: string;
  kind: ImportKind;
  mode: 'merge' | 'full' | null;
  at: string;
  actorId: string | null;
  actorName: string | null;
  counts: Record<string, number>;
  sha256: string;
  filename: string | null;
  contentType: string;
  bytes: number;
}

export interface ImportedFile {
  body: Buffer;
  contentType: string;
  filename: string | null;
  sha256: string;
}

/** Applied organisation and people imports, each with its file, kept for the archive (dry runs are not). */
@Injectable()
export class ImportHistoryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * An applied import: its history row (with the file) and its audit event, in the caller's transaction.
   * `after` is what the audit event keeps beside the file's hash, its row count and the counts.
   */
  async record(
    em: EntityManager,
    actor: Actor | null,
    run: {
      kind: ImportKind;
      mode: 'merge' | 'full' | null;
      rows: number;
      counts: Record<string, number>;
      file: ImportedFile;
      after: Record<string, unknown>;
    },
  ): Promise<string> {
    const { kind, mode, counts, file } = run;
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO import_run (kind, mode, actor_id, counts, sha256, filename, content_type, file)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        kind,
        mode,
        actor?.userId ?? null,
        JSON.stringify(counts),
        file.sha256,
        file.filename,
        file.contentType,
        file.body,
      ],
    );
    await this.audit.record(em, actor, null, {
      action: kind === 'people' ? 'people.import' : 'org_units.import',
      entity: 'import_run',
      entityId: row.id,
      after: {
        sha256: file.sha256,
        ...(mode ? { mode } : {}),
        rows: run.rows,
        counts,
        ...run.after,
      },
    });
    return row.id;
  }

  list(limit = 200): Promise<ImportRunDto[]> {
    return this.db.query(
      `SELECT r.id, r.kind, r.mode, to_json(r.at) #>> '{}' AS at, r.actor_id AS "actorId", u.name AS "actorName", r.counts, r.sha256,
              r.filename, r.content_type AS "contentType", octet_length(r.file) AS bytes
         FROM import_run r LEFT JOIN app_user u ON u.id = r.actor_id
        ORDER BY r.at DESC, r.id LIMIT $1`,
      [limit],
    );
  }

  async file(id: string): Promise<ImportedFile & { kind: ImportKind; at: string }> {
    const [row] = await this.db.query(
      `SELECT file AS body, content_type AS "contentType", filename, sha256, kind, to_json(at) #>> '{}' AS at FROM import_run WHERE id = $1`,
      [id],
    );
    if (!row) throw notFound('Import');
    return row;
  }
}
