import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@tiltak/shared/api-contract';
import { addDays, openCaseSql, openMeasureSql } from '@tiltak/shared/domain';
import ical, { ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { phaseDeadlineRowsSql, type PhaseKey } from '../rounds';

/** Only a hash is stored: a database dump does not reveal anyone's feed address. */
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const PHASE_TITLE: Record<Language, Record<PhaseKey, string>> = {
  nb: {
    follow_up_meeting: 'Oppfølgingsmøte',
    plan_registered: 'Tiltaksplan registrert',
    evaluation: 'Evaluering av tiltak',
  },
  en: {
    follow_up_meeting: 'Follow-up meeting',
    plan_registered: 'Action plan registered',
    evaluation: 'Measures evaluated',
  },
};

interface FeedEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
  url: string;
}

/** A personal iCalendar feed of one's deadlines (all-day events) at a secret address that can be reset. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /** A new secret address; the previous one stops working. */
  async reset(userId: string): Promise<{ url: string }> {
    const token = randomBytes(24).toString('base64url');
    await this.db.query(
      'UPDATE app_user SET calendar_token = $2, updated_at = now() WHERE id = $1',
      [userId, hashToken(token)],
    );
    return {
      url: `${this.config.publicUrl.replace(/\/$/, '')}/api/calendar/${token}.ics`,
    };
  }

  async revoke(userId: string): Promise<void> {
    await this.db.query(
      'UPDATE app_user SET calendar_token = NULL, updated_at = now() WHERE id = $1',
      [userId],
    );
  }

  /** The feed, or null for an unknown token (the caller answers 404). */
  async feed(token: string): Promise<string | null> {
    const [user] = await this.db.query(
      'SELECT id, language FROM app_user WHERE calendar_token = $1 AND active',
      [hashToken(token)],
    );
    if (!user) return null;
    const lang: Language = user.language;
    const base = this.config.publicUrl.replace(/\/$/, '');
    const measures: {
      id: string;
      deadline_version: number;
      deadline: string;
      title: string;
      case_id: string;
      unit: string;
    }[] = await this.db.query(
      `SELECT m.id, m.deadline_version, m.deadline, m.title, c.id AS case_id, ${lang === 'nb' ? 'o.name_nb' : 'o.name_en'} AS unit
         FROM measure m JOIN follow_up_case c ON c.id = m.case_id JOIN org_unit o ON o.id = c.unit_id
        WHERE m.responsible_user_id = $1 AND m.deadline IS NOT NULL AND ${openMeasureSql()} AND ${openCaseSql()}
        ORDER BY m.deadline, m.id`,
      [user.id],
    );
    const phases: {
      phase: PhaseKey;
      deadline: string;
      case_id: string;
      unit: string;
    }[] = await this.db.query(
      `SELECT p.phase, p.deadline, c.id AS case_id, ${lang === 'nb' ? 'o.name_nb' : 'o.name_en'} AS unit
         FROM follow_up_case c JOIN org_unit o ON o.id = c.unit_id JOIN survey_round r ON r.id = c.round_id
         CROSS JOIN LATERAL (VALUES ${phaseDeadlineRowsSql()}) AS p(phase, deadline, open)
        WHERE o.leader_id = $1 AND p.open AND p.deadline IS NOT NULL
        ORDER BY p.deadline, c.id`,
      [user.id],
    );
    const events: FeedEvent[] = [
      ...measures.map((m) => ({
        uid: `measure-${m.id}-v${m.deadline_version}@tiltak`,
        date: m.deadline,
        summary: `${lang === 'nb' ? 'Frist' : 'Deadline'}: ${m.title}`,
        description: m.unit,
        url: `${base}/cases/${m.case_id}`,
      })),
      ...phases.map((p) => ({
        uid: `phase-${p.case_id}-${p.phase}@tiltak`,
        date: p.deadline,
        summary: `${lang === 'nb' ? 'Frist' : 'Deadline'}: ${PHASE_TITLE[lang][p.phase]}`,
        description: p.unit,
        url: `${base}/cases/${p.case_id}`,
      })),
    ];
    // Escaping, line folding and CRLF line ends are the library's (RFC 5545): no text breaks out of its line.
    const calendar = ical({
      name: lang === 'nb' ? 'Tiltak: mine frister' : 'Tiltak: my deadlines',
      prodId: { company: 'Tiltak', product: 'Deadlines', language: 'NB' },
      method: ICalCalendarMethod.PUBLISH,
      scale: 'GREGORIAN',
    });
    const stamp = this.clock.now();
    for (const e of events) {
      calendar.createEvent({
        id: e.uid,
        stamp,
        start: e.date,
        end: addDays(e.date, 1),
        allDay: true,
        summary: e.summary,
        description: e.description,
        url: e.url,
        transparency: ICalEventTransparency.TRANSPARENT,
      });
    }
    return calendar.toString();
  }
}
