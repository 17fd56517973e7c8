import { Inject, Injectable } from '@nestjs/common';
import type { Language } from '@tiltak/shared/api-contract';
import { isCaseOpen, isOpenMeasure, phaseDeadlineVersion } from '@tiltak/shared/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { openStates, PHASE_DEADLINE_COLUMN } from '../rounds';
import type { NoticeContext } from './mail-templates';
import type { NotificationEntity } from './notification.entity';

export type NoticeCheck =
  | { stale: string }
  | {
      stale: null;
      ctx: NoticeContext;
      to: { email: string; language: Language; active: boolean };
    };

/**
 * The send-time re-check: a measure that is done or cancelled, a moved deadline (new version) or a
 * phase that is behind the case gets nothing more on the old ladder. Otherwise gathers what the mail
 * says from the current data.
 */
@Injectable()
export class NoticeContextService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async check(em: EntityManager, n: NotificationEntity): Promise<NoticeCheck> {
    const [to] = await em.query('SELECT email, language, active FROM app_user WHERE id = $1', [
      n.recipientId,
    ]);
    if (!to?.active) return { stale: 'the recipient is no longer active' };
    const payload = n.payload as {
      recipientKind?: NoticeContext['recipientKind'];
      missing?: NoticeContext['missing'];
    };
    const base = {
      template: n.template,
      stepKey: n.stepKey ?? '',
      recipientKind: payload.recipientKind ?? 'responsible',
      missing: payload.missing ?? null,
      today: this.clock.today(),
    };
    if (n.subjectKind === 'measure') {
      const [m] = await em.query(
        `SELECT m.status, m.deadline, m.deadline_version, m.title, c.id AS case_id, c.state,
                o.name_nb, o.name_en, ru.name AS responsible
           FROM measure m JOIN follow_up_case c ON c.id = m.case_id JOIN org_unit o ON o.id = c.unit_id
           LEFT JOIN app_user ru ON ru.id = m.responsible_user_id
          WHERE m.id = $1`,
        [n.subjectId],
      );
      if (!m) return { stale: 'the measure no longer exists' };
      if (!isOpenMeasure(m.status)) return { stale: `the measure is ${m.status}` };
      if (m.deadline === null || m.deadline_version !== n.deadlineVersion)
        return { stale: 'the deadline was moved' };
      if (!isCaseOpen(m.state)) return { stale: 'the case is closed' };
      return {
        stale: null,
        to,
        ctx: {
          ...base,
          measureTitle: m.title,
          phase: null,
          unitName: to.language === 'nb' ? m.name_nb : m.name_en,
          responsibleName: m.responsible,
          deadline: m.deadline,
          caseUrl: this.caseUrl(m.case_id),
        },
      };
    }
    if (n.subjectKind === 'phase' && n.phase) {
      const [c] = await em.query(
        `SELECT c.id, c.state, to_char(r.${PHASE_DEADLINE_COLUMN[n.phase]}, 'YYYY-MM-DD') AS deadline, o.name_nb, o.name_en, lu.name AS leader
           FROM follow_up_case c JOIN survey_round r ON r.id = c.round_id JOIN org_unit o ON o.id = c.unit_id
           LEFT JOIN app_user lu ON lu.id = o.leader_id
          WHERE c.id = $1`,
        [n.subjectId],
      );
      if (!c) return { stale: 'the case no longer exists' };
      if (!openStates(n.phase).includes(c.state)) return { stale: 'the phase is completed' };
      if (!c.deadline || phaseDeadlineVersion(c.deadline) !== n.deadlineVersion)
        return { stale: 'the deadline was moved' };
      return {
        stale: null,
        to,
        ctx: {
          ...base,
          measureTitle: null,
          phase: n.phase,
          unitName: to.language === 'nb' ? c.name_nb : c.name_en,
          responsibleName: c.leader,
          deadline: c.deadline,
          caseUrl: this.caseUrl(c.id),
        },
      };
    }
    return { stale: 'unknown subject' };
  }

  private caseUrl(caseId: string): string {
    return `${this.config.publicUrl.replace(/\/$/, '')}/cases/${caseId}`;
  }
}
