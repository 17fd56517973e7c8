import type { Language } from '@tiltak/shared/api-contract';
import { diffDays, type EscalationRecipient } from '@tiltak/shared/domain';
import type { PhaseKey } from '../rounds';

/** Everything a notification mail says, gathered fresh at send time. */
export interface NoticeContext {
  template: 'escalation' | 'missing_recipient';
  stepKey: string;
  /** Who the step was addressed to by the policy. */
  recipientKind: EscalationRecipient;
  /** Why the mail went up the line, when it did. */
  missing: 'no_responsible' | 'no_leader' | null;
  measureTitle: string | null;
  phase: PhaseKey | null;
  unitName: string;
  responsibleName: string | null;
  deadline: string;
  today: string;
  caseUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const PHASE: Record<Language, Record<PhaseKey, string>> = {
  nb: {
    follow_up_meeting: 'oppfølgingsmøtet',
    plan_registered: 'registrering av tiltaksplanen',
    evaluation: 'evalueringen av tiltakene',
  },
  en: {
    follow_up_meeting: 'the follow-up meeting',
    plan_registered: 'registering the action plan',
    evaluation: 'evaluating the measures',
  },
};

const MISSING: Record<Language, Record<'no_responsible' | 'no_leader', string>> = {
  nb: {
    no_responsible: 'tiltaket har ingen ansvarlig person registrert',
    no_leader: 'enheten har ingen leder registrert',
  },
  en: {
    no_responsible: 'the measure has no responsible person registered',
    no_leader: 'the unit has no leader registered',
  },
};

function longDate(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

function days(n: number, lang: Language): string {
  return lang === 'nb' ? `${n} ${n === 1 ? 'dag' : 'dager'}` : `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** "how late it is", or how long is left. */
function lateness(ctx: NoticeContext, lang: Language): string {
  const late = diffDays(ctx.today, ctx.deadline);
  if (late > 0)
    return lang === 'nb'
      ? `${days(late, lang)} over fristen`
      : `${days(late, lang)} past the deadline`;
  if (late === 0) return lang === 'nb' ? 'fristen er i dag' : 'the deadline is today';
  return lang === 'nb'
    ? `${days(-late, lang)} til fristen`
    : `${days(-late, lang)} until the deadline`;
}

function what(ctx: NoticeContext, lang: Language): string {
  if (ctx.measureTitle !== null)
    return lang === 'nb' ? `tiltaket «${ctx.measureTitle}»` : `the measure “${ctx.measureTitle}”`;
  return PHASE[lang][ctx.phase ?? 'plan_registered'];
}

function lines(ctx: NoticeContext, lang: Language): { subject: string; paragraphs: string[] } {
  const nb = lang === 'nb';
  const subjectWhat = what(ctx, lang);
  const deadline = longDate(ctx.deadline, lang);
  const late = diffDays(ctx.today, ctx.deadline);
  const facts = [
    `${nb ? 'Enhet' : 'Unit'}: ${ctx.unitName}`,
    `${nb ? 'Frist' : 'Deadline'}: ${deadline} (${lateness(ctx, lang)})`,
    ...(ctx.responsibleName ? [`${nb ? 'Ansvarlig' : 'Responsible'}: ${ctx.responsibleName}`] : []),
  ];
  if (ctx.template === 'missing_recipient') {
    const why = MISSING[lang][ctx.missing ?? 'no_leader'];
    return {
      subject: nb
        ? `Mangler mottaker for varsel: ${ctx.unitName}`
        : `No recipient for a notice: ${ctx.unitName}`,
      paragraphs: [
        nb
          ? `Et varsel om ${subjectWhat} ble sendt videre oppover i linjen fordi ${why}. Registrer riktig person i Tiltak.`
          : `A notice about ${subjectWhat} was sent up the line because ${why}. Please register the right person in Tiltak.`,
        ...facts,
      ],
    };
  }
  const forwarded = ctx.missing
    ? [
        nb
          ? `Du får dette varselet fordi ${MISSING.nb[ctx.missing]}.`
          : `You receive this notice because ${MISSING.en[ctx.missing]}.`,
      ]
    : [];
  if (
    late < 0 ||
    (late === 0 && ctx.recipientKind === 'responsible' && ctx.stepKey === 'reminder')
  ) {
    return {
      subject: nb
        ? `Påminnelse: frist ${deadline} for ${subjectWhat}`
        : `Reminder: ${subjectWhat} is due ${deadline}`,
      paragraphs: [
        nb
          ? `Fristen for ${subjectWhat} nærmer seg.`
          : `The deadline for ${subjectWhat} is approaching.`,
        ...forwarded,
        ...facts,
      ],
    };
  }
  if (ctx.recipientKind === 'responsible') {
    return {
      subject: nb ? `Fristen er passert: ${subjectWhat}` : `Deadline passed: ${subjectWhat}`,
      paragraphs: [
        nb
          ? `Fristen for ${subjectWhat} er passert. Oppdater status, eller flytt fristen med en begrunnelse.`
          : `The deadline for ${subjectWhat} has passed. Please update its status, or move the deadline with a reason.`,
        ...forwarded,
        ...facts,
      ],
    };
  }
  return {
    subject: nb
      ? `Eskalering: ${subjectWhat} i ${ctx.unitName} er ${days(late, lang)} over fristen`
      : `Escalation: ${subjectWhat} in ${ctx.unitName} is ${days(late, lang)} overdue`,
    paragraphs: [
      ctx.recipientKind === 'hr'
        ? nb
          ? `Til orientering fra HR/HMS-oppfølgingen: ${subjectWhat} er fortsatt ikke fullført.`
          : `For HR/HSE follow-up: ${subjectWhat} is still not completed.`
        : nb
          ? `Som leder blir du varslet om at ${subjectWhat} ikke er fullført innen fristen.`
          : `As line manager you are told that ${subjectWhat} was not completed by its deadline.`,
      ...forwarded,
      ...facts,
    ],
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);

function wrapHtml(lang: Language, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;line-height:1.5">${body}<p style="color:#666;font-size:small">Tiltak</p></body></html>`;
}

function link(url: string, lang: Language): { text: string; html: string } {
  const label = lang === 'nb' ? 'Åpne saken' : 'Open the case';
  return {
    text: `${label}: ${url}`,
    html: `<p><a href="${escapeHtml(url)}">${label}</a></p>`,
  };
}

/**
 * A mail subject is one line: line breaks, tabs and other control characters in a title (stored before
 * titles were checked, or typed into a multi-line field) become single spaces, so no header is injected.
 */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function oneLine(text: string): string {
  return text.replace(LINE_BREAKING, ' ').replace(/ {2,}/g, ' ').trim();
}

export function renderNotice(ctx: NoticeContext, lang: Language): RenderedMail {
  const rendered = lines(ctx, lang);
  const { paragraphs } = rendered;
  const subject = oneLine(rendered.subject);
  const l = link(ctx.caseUrl, lang);
  return {
    subject,
    text: [...paragraphs, '', l.text].join('\n'),
    html: wrapHtml(
      lang,
      subject,
      `${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}${l.html}`,
    ),
  };
}

/** One daily mail listing every notice for a recipient in digest mode. */
export function renderDigest(items: NoticeContext[], lang: Language): RenderedMail {
  const nb = lang === 'nb';
  const subject = nb
    ? `Tiltak: ${items.length} ${items.length === 1 ? 'frist trenger' : 'frister trenger'} oppfølging`
    : `Tiltak: ${items.length} ${items.length === 1 ? 'deadline needs' : 'deadlines need'} attention`;
  const parts = items.map((ctx) => {
    const { subject: itemSubject, paragraphs } = lines(ctx, lang);
    return { subject: oneLine(itemSubject), paragraphs, link: link(ctx.caseUrl, lang) };
  });
  const text = parts
    .map((p) =>
      [`* ${p.subject}`, ...p.paragraphs.map((x) => `  ${x}`), `  ${p.link.text}`].join('\n'),
    )
    .join('\n\n');
  const html = parts
    .map(
      (p) =>
        `<h2 style="font-size:1.1em">${escapeHtml(p.subject)}</h2>${p.paragraphs.map((x) => `<p>${escapeHtml(x)}</p>`).join('')}${p.link.html}`,
    )
    .join('');
  return { subject: oneLine(subject), text, html: wrapHtml(lang, subject, html) };
}
