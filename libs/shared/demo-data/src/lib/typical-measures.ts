import { type IndexCode } from './catalogue';

/**
 * The typical measures of ../shared/domain/typical-measures.md as data, grouped by the indices they
 * aim at, with area titles to preserve or develop. Measure texts name roles, never people (unit
 * reports and plans can be requested by the public); `{leder}` becomes the unit's leader title.
 */
export interface MeasureTemplate {
  title: string;
  description: string;
  goal: string;
  responsibleRole: string;
}

export interface AreaTheme {
  key: string;
  indexCodes: readonly IndexCode[];
  develop: { title: string; description: string };
  preserve: { title: string; description: string };
  measures: readonly MeasureTemplate[];
}

export const TYPICAL_MEASURES: readonly AreaTheme[] = [
  {
    key: 'roles',
    indexCodes: ['role_clarity', 'no_role_conflict'],
    develop: {
      title: 'Tydeligere roller og ansvarsfordeling',
      description:
        'Flere opplever uklare forventninger og motstridende krav mellom faggruppe og administrasjon.',
    },
    preserve: {
      title: 'God rolleforståelse',
      description: 'Vi vet hva som forventes av oss og hvem som gjør hva.',
    },
    measures: [
      {
        title: 'Tydeligere stillingsbeskrivelser',
        description:
          'Gå gjennom og oppdatere stillingsbeskrivelsene sammen med hver enkelt medarbeider.',
        goal: 'Alle har en oppdatert stillingsbeskrivelse; høyere score på rolleklarhet i neste undersøkelse.',
        responsibleRole: '{leder} og HR-rådgiver',
      },
      {
        title: 'Avklare ansvar mellom faggruppe og administrasjon',
        description:
          'Felles møte der faggruppeledere og administrasjonen går gjennom oppgaver som faller mellom to stoler.',
        goal: 'En skriftlig ansvarsfordeling er kjent for alle ansatte.',
        responsibleRole: '{leder} og administrasjonssjef',
      },
      {
        title: 'Oversikt over hvem som gjør hva',
        description: 'Lage og publisere en oppgaveoversikt på intranettet og holde den oppdatert.',
        goal: 'Færre henvendelser til feil person; oversikten brukes av alle nyansatte.',
        responsibleRole: 'Kontorsjef',
      },
      {
        title: 'Revidere arbeidsplan og undervisningsregnskap',
        description:
          'Gå gjennom arbeidsplanene slik at tid til forskning, undervisning og administrasjon er synlig og realistisk.',
        goal: 'Alle vitenskapelig ansatte har en omforent arbeidsplan.',
        responsibleRole: '{leder} og nestleder for utdanning',
      },
    ],
  },
  {
    key: 'workload',
    indexCodes: ['no_stress', 'no_work_home_conflict'],
    develop: {
      title: 'Arbeidsbelastning og balanse mellom jobb og fritid',
      description: 'Mange opplever høyt arbeidspress og at jobben tar av fritiden.',
    },
    preserve: {
      title: 'God balanse mellom jobb og fritid',
      description: 'Vi har forutsigbare arbeidsdager og respekterer hverandres fritid.',
    },
    measures: [
      {
        title: 'Kjøreregler for e-post utenom arbeidstid',
        description: 'Enes om forventninger til svar på e-post på kveldstid, i helger og i ferier.',
        goal: 'Ingen forventer svar utenom arbeidstid; bedre score på fravær av arbeid-hjem-konflikt.',
        responsibleRole: '{leder} i samråd med verneombudet',
      },
      {
        title: 'Møtefrie tidsrom',
        description: 'Sette av faste møtefrie formiddager til konsentrert arbeid.',
        goal: 'Minst to møtefrie formiddager i uken ligger fast i kalenderen.',
        responsibleRole: '{leder}',
      },
      {
        title: 'Jevnere fordeling av undervisning og veiledning',
        description: 'Gå gjennom fordelingen av undervisning og veiledning før hvert semester.',
        goal: 'Ingen har mer enn 20 % over normert undervisningsbelastning.',
        responsibleRole: 'Nestleder for utdanning',
      },
      {
        title: 'Kurs i stressmestring med bedriftshelsetjenesten',
        description:
          'Tilby kurs og samtalegrupper om stressmestring i samarbeid med bedriftshelsetjenesten (BHT).',
        goal: 'Kurset er gjennomført, og minst halvparten av de ansatte har deltatt.',
        responsibleRole: 'HMS-koordinator',
      },
      {
        title: 'Arbeidsbelastning som fast tema i medarbeidersamtalen',
        description: 'Legge arbeidsbelastning inn som eget punkt i samtalemalen.',
        goal: 'Arbeidsbelastning er drøftet i alle medarbeidersamtaler.',
        responsibleRole: '{leder}',
      },
    ],
  },
  {
    key: 'leadership',
    indexCodes: ['leader_relations', 'recognition', 'clear_expectations'],
    develop: {
      title: 'Anerkjennelse og tydelige forventninger fra ledelsen',
      description: 'Vi ønsker tydeligere tilbakemeldinger og at godt arbeid blir sett.',
    },
    preserve: {
      title: 'Godt forhold mellom ledelse og medarbeidere',
      description: 'Ledelsen er tilgjengelig, lyttende og gir støtte.',
    },
    measures: [
      {
        title: 'Forventningsavklaring ved oppstart',
        description:
          'Samtale om forventninger og prioriteringer ved oppstart av nye oppgaver og i starten av hvert semester.',
        goal: 'Alle har hatt en forventningsavklaring; bedre score på tydelighet i forventninger.',
        responsibleRole: '{leder}',
      },
      {
        title: 'Markere oppnådde resultater',
        description:
          'Synliggjøre og feire publiseringer, prosjekter og godt arbeid i allmøter og nyhetsbrev.',
        goal: 'Resultater markeres jevnlig; bedre score på anerkjennelse fra ledelsen.',
        responsibleRole: '{leder} og kommunikasjonsrådgiver',
      },
      {
        title: 'Lederutvikling',
        description: 'Ledere på alle nivåer deltar i lederutviklingsprogrammet.',
        goal: 'Alle ledere har gjennomført programmet.',
        responsibleRole: '{leder} og HR-rådgiver',
      },
      {
        title: 'Jevnlige en-til-en-samtaler',
        description:
          'Korte, faste samtaler mellom leder og hver medarbeider utenom medarbeidersamtalen.',
        goal: 'Alle medarbeidere har hatt minst to en-til-en-samtaler i året.',
        responsibleRole: '{leder} og faggruppeledere',
      },
    ],
  },
  {
    key: 'influence',
    indexCodes: ['influence'],
    develop: {
      title: 'Mer medvirkning i beslutninger',
      description: 'Beslutninger oppleves som tatt uten at de ansatte er hørt.',
    },
    preserve: {
      title: 'Åpenhet og medvirkning',
      description: 'Vi blir hørt før viktige beslutninger tas.',
    },
    measures: [
      {
        title: 'Faste allmøter med saksliste på forhånd',
        description:
          'Allmøte hver måned; sakslisten sendes ut en uke før, og alle kan melde inn saker.',
        goal: 'Allmøte hver måned med saksliste minst en uke før.',
        responsibleRole: '{leder}',
      },
      {
        title: 'Involvere ansatte i strategi og budsjett',
        description:
          'Arbeidsgrupper med ansatte fra alle stillingsgrupper får strategi og budsjett på høring.',
        goal: 'Alle stillingsgrupper har gitt innspill før vedtak.',
        responsibleRole: '{leder} og økonomirådgiver',
      },
      {
        title: 'Publisere referat fra ledermøter',
        description: 'Referat fra ledermøtene publiseres på intranettet innen en uke.',
        goal: 'Alle referater er publisert; bedre score på innflytelse og medvirkning.',
        responsibleRole: 'Kontorsjef',
      },
    ],
  },
  {
    key: 'community',
    indexCodes: ['collegial_community', 'extra_role'],
    develop: {
      title: 'Behov for bedre samarbeid om og utvikling av undervisningen',
      description:
        'Undervisningen planlegges i liten grad i fellesskap, og få møteplasser har faglig fokus.',
    },
    preserve: {
      title: 'Godt kollegialt fellesskap',
      description: 'Vi hjelper hverandre og trives sammen.',
    },
    measures: [
      {
        title: 'Faste møter med faglig fokus',
        description: 'Faste møter for alle som er delaktige i hvert av studieprogrammene.',
        goal: 'Mer fornøyde studenter, bedre score i studentevalueringer, studentene får bedre resultater, mer faglig samhandling.',
        responsibleRole: 'Studieprogramledere og alle som er delaktige i undervisningen',
      },
      {
        title: 'Bedre organisering',
        description:
          'Tydelig organisering av samarbeidet om undervisningen i hvert studieprogram. Oppstart umiddelbart, evaluering etter et halvt år.',
        goal: 'Hvert studieprogram har en fast arbeidsform for samarbeid om undervisningen.',
        responsibleRole: 'Studieprogramledere',
      },
      {
        title: 'Lunsjseminar og fagdag',
        description:
          'Månedlige lunsjseminarer og en årlig fagdag der faggruppene presenterer arbeidet sitt.',
        goal: 'Minst åtte lunsjseminarer og én fagdag i året.',
        responsibleRole: 'Faggruppeledere',
      },
      {
        title: 'Felles lunsj',
        description: 'Fast felles lunsj én dag i uken for alle ansatte.',
        goal: 'Felles lunsj hver uke; bedre score på fellesskap mellom kolleger.',
        responsibleRole: '{leder}',
      },
      {
        title: 'Sosiale arrangementer',
        description: 'Sommer- og juleavslutning og en felles tur i året.',
        goal: 'Minst tre sosiale arrangementer i året med god oppslutning.',
        responsibleRole: 'Sosialkomiteen',
      },
      {
        title: 'Fadderordning for nyansatte og internasjonale ansatte',
        description: 'Alle nyansatte får en fadder de første seks månedene.',
        goal: 'Alle nyansatte har fadder; bedre tilhørighet blant internasjonale ansatte.',
        responsibleRole: '{leder} og HR-rådgiver',
      },
    ],
  },
  {
    key: 'civility',
    indexCodes: ['no_incivility', 'no_interpersonal_conflict'],
    develop: {
      title: 'Trygg og respektfull samhandling',
      description: 'Noen opplever ugrei oppførsel og uløste konflikter.',
    },
    preserve: {
      title: 'Respektfullt arbeidsmiljø',
      description: 'Vi behandler hverandre med respekt og tar opp uenighet på en god måte.',
    },
    measures: [
      {
        title: 'Kjøreregler for samhandling',
        description:
          'Utarbeide felles kjøreregler for møter, e-post og samarbeid i en egen workshop.',
        goal: 'Kjøreregler er vedtatt og kjent for alle ansatte.',
        responsibleRole: '{leder} og verneombudet',
      },
      {
        title: 'Informasjon om varslingsrutiner og si-fra-kanaler',
        description: 'Gå gjennom varslingsrutinene og si-fra-kanalene i allmøte og på intranettet.',
        goal: 'Alle kjenner til hvordan de kan si fra om kritikkverdige forhold.',
        responsibleRole: '{leder} og verneombudet',
      },
      {
        title: 'Workshop om konflikthåndtering med bedriftshelsetjenesten',
        description:
          'Halvdags workshop om å forebygge og håndtere konflikter, ledet av bedriftshelsetjenesten.',
        goal: 'Workshopen er gjennomført; bedre score på fravær av personkonflikt.',
        responsibleRole: 'HMS-koordinator og bedriftshelsetjenesten',
      },
    ],
  },
  {
    key: 'culture',
    indexCodes: ['development_culture', 'belonging'],
    develop: {
      title: 'Kompetanseutvikling og tilhørighet',
      description: 'Få muligheter for faglig utvikling, og nyansatte finner ikke sin plass.',
    },
    preserve: {
      title: 'Sterk tilhørighet til arbeidsplassen',
      description: 'Vi er stolte av arbeidsplassen og ønsker å bli.',
    },
    measures: [
      {
        title: 'Intern kompetanseutvikling',
        description: 'Plan for kompetanseutvikling for teknisk og administrativt ansatte.',
        goal: 'Alle har en individuell kompetanseplan.',
        responsibleRole: '{leder} og HR-rådgiver',
      },
      {
        title: 'Karriereplan for vitenskapelig ansatte',
        description: 'Karriereplan for alle i midlertidige og faste vitenskapelige stillinger.',
        goal: 'Alle stipendiater, postdoktorer og førsteamanuenser har en karriereplan.',
        responsibleRole: '{leder} og forskningsleder',
      },
      {
        title: 'Skriveretreat',
        description: 'Årlig skriveretreat på to dager for forskere og stipendiater.',
        goal: 'Skriveretreat gjennomført med minst 15 deltakere.',
        responsibleRole: 'Forskningsleder',
      },
      {
        title: 'Velkomstpakke for nyansatte',
        description: 'Velkomstpakke med praktisk informasjon på norsk og engelsk.',
        goal: 'Alle nyansatte får velkomstpakken første arbeidsdag.',
        responsibleRole: 'Kontorsjef',
      },
      {
        title: 'Felles arenaer på tvers av campus',
        description: 'Faste møteplasser for ansatte som sitter på ulike campus.',
        goal: 'Minst to felles samlinger i semesteret på tvers av campus.',
        responsibleRole: '{leder}',
      },
    ],
  },
  {
    key: 'appraisal',
    indexCodes: ['clear_expectations', 'recognition'],
    develop: {
      title: 'Medarbeidersamtaler for alle',
      description: 'Mange har ikke hatt medarbeidersamtale det siste året.',
    },
    preserve: {
      title: 'Gode medarbeidersamtaler',
      description: 'Medarbeidersamtalen oppleves som nyttig.',
    },
    measures: [
      {
        title: 'Medarbeidersamtale for alle hvert år',
        description: 'Alle medarbeidere tilbys medarbeidersamtale i løpet av året.',
        goal: 'Mål: alle tilbudt medarbeidersamtale innen 31.12.',
        responsibleRole: '{leder}',
      },
      {
        title: 'Ny samtalemal',
        description:
          'Ta i bruk en ny felles mal for medarbeidersamtalen med arbeidsmiljø som eget tema.',
        goal: 'Den nye malen brukes i alle samtaler.',
        responsibleRole: 'HR-rådgiver',
      },
      {
        title: 'Oppfølging av avtalte tiltak',
        description: 'Tiltak avtalt i medarbeidersamtalen følges opp innen tre måneder.',
        goal: 'Alle avtalte tiltak er fulgt opp.',
        responsibleRole: '{leder}',
      },
    ],
  },
  {
    key: 'motivation',
    indexCodes: ['autonomy', 'meaningful_work', 'intrinsic_motivation'],
    develop: {
      title: 'Mer handlingsrom i egen jobb',
      description: 'Detaljstyring og rapportering tar tid fra kjerneoppgavene.',
    },
    preserve: {
      title: 'Meningsfullt arbeid og stor grad av selvstendighet',
      description: 'Vi har interessante oppgaver og frihet til å løse dem.',
    },
    measures: [
      {
        title: 'Skjerme tid til forskning og fordypning',
        description:
          'Samle administrative oppgaver på faste dager slik at resten av uken kan brukes til fordypning.',
        goal: 'Hver vitenskapelig ansatt har minst én skjermet dag i uken.',
        responsibleRole: '{leder}',
      },
      {
        title: 'Dele gode eksempler i allmøter',
        description:
          'Fast innslag i allmøtet der en medarbeider forteller om et prosjekt eller en oppgave.',
        goal: 'Innslag i alle allmøter gjennom året.',
        responsibleRole: '{leder}',
      },
    ],
  },
];
