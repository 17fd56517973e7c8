import {
  type Achieved,
  AREA_KIND_LABELS,
  type AreaKindValue,
  CASE_STATE_LABELS,
  type Language,
  MEASURE_STATUS_LABELS,
  type Verdict,
} from '@tiltak/shared/api-contract';
import { type CaseState, isOverdue, type MeasureStatus } from '@tiltak/shared/domain';

/**
 * A case's action plan laid out as the workshop deck's TILTAKSPLAN table, ready for the PDF and XLSX
 * renderers: both print exactly these strings.
 */
export interface PlanDocument {
  language: Language;
  title: string;
  /** Label/value pairs above the table: unit, round, state, dates. */
  facts: [string, string][];
  columns: string[];
  rows: string[][];
  fileName: string;
}

export interface PlanSource {
  unit: { code: string; nameNb: string; nameEn: string };
  round: {
    name: string;
    year: number;
    followUpMeetingBy: string | null;
    planRegisteredBy: string | null;
    evaluationBy: string | null;
  };
  state: CaseState;
  workshopDate: string | null;
  stateChangedAt: string;
  areas: {
    id: string;
    kind: AreaKindValue;
    title: string;
    selected: boolean;
    rank: number | null;
  }[];
  measures: {
    areaId: string;
    title: string;
    description: string | null;
    goal: string | null;
    responsibleRole: string | null;
    responsibleName: string | null;
    deadline: string | null;
    status: MeasureStatus;
    completedOn: string | null;
    cancelReason: string | null;
    evalAchieved: Achieved | null;
    evalVerdict: Verdict | null;
    evalOn: string | null;
  }[];
  today: string;
}

const TEXT = {
  nb: {
    title: 'Tiltaksplan',
    unit: 'Enhet',
    round: 'Undersøkelsesrunde',
    state: 'Status for saken',
    workshop: 'Oppfølgingsmøte holdt',
    deadlines: 'Frister',
    deadlineText: (p: string, e: string) => `tiltaksplan ${p}, evaluering ${e}`,
    printed: 'Utskrevet',
    columns: [
      'Område',
      'Tiltak',
      'Beskrivelse',
      'Mål',
      'Ansvarlig',
      'Frist',
      'Gjennomført / evaluert',
    ],
    kind: AREA_KIND_LABELS.nb,
    states: CASE_STATE_LABELS.nb,
    status: MEASURE_STATUS_LABELS.nb,
    overdue: 'over frist',
    achieved: { yes: 'ja', partly: 'delvis', no: 'nei' },
    verdict: { keep: 'beholde', adjust: 'justere', stop: 'avslutte' },
    evaluated: (on: string, a: string, v: string) => `Evaluert ${on}: oppnådd ${a}, ${v}`,
    none: 'Ingen tiltak registrert',
    notSet: 'ikke satt',
  },
  en: {
    title: 'Action plan',
    unit: 'Unit',
    round: 'Survey round',
    state: 'Case state',
    workshop: 'Follow-up meeting held',
    deadlines: 'Deadlines',
    deadlineText: (p: string, e: string) => `action plan ${p}, evaluation ${e}`,
    printed: 'Printed',
    columns: [
      'Area',
      'Measure',
      'Description',
      'Goal',
      'Responsible',
      'Deadline',
      'Done / evaluated',
    ],
    kind: AREA_KIND_LABELS.en,
    states: CASE_STATE_LABELS.en,
    status: MEASURE_STATUS_LABELS.en,
    overdue: 'overdue',
    achieved: { yes: 'yes', partly: 'partly', no: 'no' },
    verdict: { keep: 'keep', adjust: 'adjust', stop: 'stop' },
    evaluated: (on: string, a: string, v: string) => `Evaluated ${on}: achieved ${a}, ${v}`,
    none: 'No measures registered',
    notSet: 'not set',
  },
} as const;

export function planDocument(src: PlanSource, language: Language): PlanDocument {
  const t = TEXT[language];
  const unitName = language === 'nb' ? src.unit.nameNb : src.unit.nameEn;
  const areas = src.areas
    .filter((a) => a.selected || src.measures.some((m) => m.areaId === a.id))
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) ||
        (a.rank ?? 99) - (b.rank ?? 99) ||
        a.title.localeCompare(b.title),
    );
  const rows: string[][] = [];
  for (const area of areas) {
    const label = `${t.kind[area.kind]}: ${area.title}`;
    const measures = src.measures.filter((m) => m.areaId === area.id);
    if (!measures.length) rows.push([label, t.none, '', '', '', '', '']);
    for (const m of measures) {
      const status = [
        t.status[m.status] +
          (m.completedOn ? ` ${m.completedOn}` : '') +
          (isOverdue(m, src.today) ? ` (${t.overdue})` : ''),
      ];
      if (m.status === 'cancelled' && m.cancelReason) status.push(m.cancelReason);
      if (m.evalAchieved && m.evalVerdict)
        status.push(
          t.evaluated(m.evalOn ?? '', t.achieved[m.evalAchieved], t.verdict[m.evalVerdict]),
        );
      const responsible = [
        m.responsibleRole,
        m.responsibleName && m.responsibleRole ? `(${m.responsibleName})` : m.responsibleName,
      ]
        .filter(Boolean)
        .join(' ');
      rows.push([
        label,
        m.title,
        m.description ?? '',
        m.goal ?? '',
        responsible,
        m.deadline ?? '',
        status.join('\n'),
      ]);
    }
  }
  return {
    language,
    title: `${t.title} – ${unitName}`,
    facts: [
      [t.unit, `${unitName} (${src.unit.code})`],
      [t.round, src.round.name],
      [t.state, `${t.states[src.state]} (${src.stateChangedAt})`],
      [t.workshop, src.workshopDate ?? t.notSet],
      [
        t.deadlines,
        t.deadlineText(src.round.planRegisteredBy ?? t.notSet, src.round.evaluationBy ?? t.notSet),
      ],
      [t.printed, src.today],
    ],
    columns: [...t.columns],
    rows,
    fileName: `${language === 'nb' ? 'tiltaksplan' : 'action-plan'}-${src.unit.code}-${src.round.year}`,
  };
}
