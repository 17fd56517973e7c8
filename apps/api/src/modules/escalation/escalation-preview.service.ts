import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EscalationPreviewDto, EscalationPreviewItem } from '@tiltak/shared/api-contract';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/errors';
import { escalationScope, inScopeSql } from '../access';
import { EscalationScanService } from './escalation-scan.service';

const PREVIEW_LIMIT = 10_000;

/** Who gets what: what a scan would send now, then what falls due in the next `days` days (HR: within scope). */
@Injectable()
export class EscalationPreviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scanner: EscalationScanService,
    private readonly clock: Clock,
  ) {}

  async preview(actor: Actor, days: number): Promise<EscalationPreviewDto> {
    const scope = escalationScope(actor);
    if (scope !== null && scope.length === 0) throw forbidden('preview escalations');
    const units =
      scope === null
        ? null
        : (
            (await this.db.query(`SELECT id FROM org_unit WHERE ${inScopeSql('path', '$1')}`, [
              scope,
            ])) as {
              id: string;
            }[]
          ).map((u) => u.id);
    const planned = await this.scanner.plan(days, units);
    const truncated = planned.length > PREVIEW_LIMIT;
    const rows = planned
      .slice(0, PREVIEW_LIMIT)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.deadline.localeCompare(b.deadline));
    const [users, orgUnits] = await Promise.all([
      this.db.query('SELECT id, name, email FROM app_user WHERE id = ANY($1::uuid[])', [
        [...new Set(rows.map((r) => r.recipientId))],
      ]),
      this.db.query(
        'SELECT id, code, name_nb AS "nameNb", name_en AS "nameEn" FROM org_unit WHERE id = ANY($1::uuid[])',
        [[...new Set(rows.map((r) => r.unitId))]],
      ),
    ]);
    const userById = new Map(
      (users as { id: string; name: string; email: string }[]).map((u) => [u.id, u]),
    );
    const unitById = new Map((orgUnits as EscalationPreviewItem['unit'][]).map((u) => [u.id, u]));
    const items: EscalationPreviewItem[] = rows.map((r) => ({
      dueDate: r.dueDate,
      stepKey: r.stepKey,
      template: r.template,
      recipient: userById.get(r.recipientId) ?? {
        id: r.recipientId,
        name: '',
        email: '',
      },
      subject: {
        kind: r.subjectKind,
        id: r.subjectId,
        phase: r.phase,
        title: r.title,
        deadline: r.deadline,
        deadlineVersion: r.deadlineVersion,
      },
      caseId: r.caseId,
      unit: unitById.get(r.unitId) ?? {
        id: r.unitId,
        code: '',
        nameNb: '',
        nameEn: '',
      },
      missing: r.missing,
    }));
    return { today: this.clock.today(), days: days, items, truncated };
  }
}
