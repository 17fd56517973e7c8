/** Norwegian free texts for cases. Like measures, they name roles, never people. */

export const FACILITATORS = [
  'HR-rådgiver fra fakultetet',
  'Bedriftshelsetjenesten (BHT)',
  'Lederen selv, med verneombudet',
  'HMS-koordinator',
  'Organisasjonsrådgiver fra HR- og HMS-avdelingen',
];

export const WORKSHOP_NOTES = [
  'Resultatene ble presentert i allmøte, deretter gruppearbeid og plenum.',
  'Gjennomført i to økter: resultater og områder først, tiltak en uke senere.',
  'Digitalt møte for ansatte på andre campus; gruppene jobbet i egne rom.',
  'God oppslutning. Gruppene la særlig vekt på arbeidsbelastning og samarbeid.',
  'Kartleggingsmøtet ble holdt som del av seminardagen.',
];

export const CANCEL_REASONS = [
  'Erstattet av et felles tiltak for hele fakultetet.',
  'Ikke lenger aktuelt etter omorganiseringen.',
  'Slått sammen med et annet tiltak i planen.',
  'Gruppen ble enig om at tiltaket ikke ga ønsket effekt.',
];

export const DEADLINE_CHANGE_REASONS = [
  'Utsatt på grunn av sykefravær i administrasjonen.',
  'Venter på ny mal fra HR- og HMS-avdelingen.',
  'Flyttet til etter eksamensperioden.',
  'Bedriftshelsetjenesten hadde ikke kapasitet før til høsten.',
  'Ny frist avtalt i allmøtet.',
];

export const WHAT_CHANGED = {
  yes: [
    'Tiltaket er gjennomført som planlagt, og de ansatte melder at det har blitt bedre.',
    'Fast ordning nå; god oppslutning og positive tilbakemeldinger i allmøtet.',
    'Målet er nådd. Vi ser bedre samarbeid og færre misforståelser.',
  ],
  partly: [
    'Delvis gjennomført; oppslutningen falt utover i semesteret.',
    'Har fungert for noen grupper, ikke for alle. Justeres i neste periode.',
    'Kom sent i gang, men de første erfaringene er gode.',
  ],
  no: [
    'Lite endring så langt; tiltaket må tenkes nytt.',
    'Ble ikke prioritert i en travel periode.',
  ],
} as const;

export const COMMENTS = {
  verneombud: [
    'Verneombudet var med i gruppearbeidet og støtter prioriteringene.',
    'Husk å ta med de midlertidig ansatte i oppfølgingen.',
    'Flere har spurt om fremdriften på dette tiltaket. Kan vi ta det opp i neste allmøte?',
    'Arbeidsbelastningen er fortsatt høy i eksamensperioden; bør følges tett.',
  ],
  leader: [
    'Oppdatert etter allmøtet.',
    'Vi har fått hjelp fra bedriftshelsetjenesten til oppstarten.',
    'Fristen er justert; se begrunnelsen i fristhistorikken.',
  ],
  hr: [
    'HR- og HMS-avdelingen kan bistå med mal og fasilitering.',
    'Fint om planen registreres før fristen, slik at den kommer med i den årlige HMS-rapporten.',
  ],
} as const;

export const CONFIRMATION_NOTES = [
  'Deltok i kartleggingsmøtet.',
  'Tiltaksplanen er drøftet med verneombudet.',
  'Evalueringen er gjennomgått sammen med lederen.',
];
