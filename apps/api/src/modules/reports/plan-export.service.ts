import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { Clock } from '../../common/clock';
import { CaseAccessService } from '../access';
import { type PlanDocument, planDocument, type PlanSource } from './plan-document';

/** Everything the TILTAKSPLAN export prints, for anyone who may read the case (employees included). */
@Injectable()
export class PlanExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly clock: Clock,
  ) {}

  async document(actor: Actor, caseId: string): Promise<PlanDocument> {
    const { entity } = await this.cases.load(actor, caseId, null);
    const [[unit], [round], areas, measures] = await Promise.all([
      this.db.query(
        `SELECT code, name_nb AS "nameNb", name_en AS "nameEn" FROM org_unit WHERE id = $1`,
        [entity.unitId],
      ),
      this.db.query(
        `SELECT name, year, follow_up_meeting_by AS "followUpMeetingBy", plan_registered_by AS "planRegisteredBy", evaluation_by AS "evaluationBy"
           FROM survey_round WHERE id = $1`,
        [entity.roundId],
      ),
      this.db.query(`SELECT id, kind, title, selected, rank FROM area WHERE case_id = $1`, [
        caseId,
      ]),
      this.db.query(
        `SELECT m.area_id AS "areaId", m.title, m.description, m.goal, m.responsible_role AS "responsibleRole", u.name AS "responsibleName",
                m.deadline, m.status, m.completed_on AS "completedOn", m.cancel_reason AS "cancelReason",
                m.eval_achieved AS "evalAchieved", m.eval_verdict AS "evalVerdict", m.eval_on AS "evalOn"
           FROM measure m LEFT JOIN app_user u ON u.id = m.responsible_user_id
          WHERE m.case_id = $1 ORDER BY m.deadline NULLS LAST, m.created_at`,
        [caseId],
      ),
    ]);
    const source: PlanSource = {
      unit,
      round,
      state: entity.state,
      workshopDate: entity.workshopDate,
      stateChangedAt: new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(
        entity.stateChangedAt,
      ),
      areas,
      measures,
      today: this.clock.today(),
    };
    return planDocument(source, actor.language);
  }
}
