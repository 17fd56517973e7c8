/** Word lists for fictional people and generated units. Any resemblance to real persons is chance. */

// prettier-ignore
export const FIRST_NAMES = [
  'Anne', 'Inger', 'Kari', 'Marit', 'Ingrid', 'Liv', 'Eva', 'Berit', 'Astrid', 'Bjørg', 'Hilde', 'Anna',
  'Solveig', 'Marianne', 'Randi', 'Ida', 'Nina', 'Maria', 'Elisabeth', 'Kristin', 'Silje', 'Tone',
  'Ragnhild', 'Sigrid', 'Guro', 'Ingeborg', 'Hanne', 'Tuva', 'Ane', 'Mette', 'Jan', 'Per', 'Bjørn',
  'Ole', 'Lars', 'Kjell', 'Knut', 'Arne', 'Svein', 'Thomas', 'Hans', 'Geir', 'Tor', 'Morten', 'Terje',
  'Odd', 'Erik', 'Martin', 'Andreas', 'Rune', 'Trond', 'Jon', 'Anders', 'Magnus', 'Sindre', 'Håkon',
  'Eirik', 'Øystein', 'Torstein', 'Sverre', 'Halvor', 'Aslak', 'Vegard', 'Åse', 'Gunnhild', 'Oddny',
];

// prettier-ignore
export const LAST_NAMES = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen',
  'Karlsen', 'Johnsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen',
  'Jacobsen', 'Dahl', 'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Jakobsen', 'Moen',
  'Gundersen', 'Iversen', 'Strand', 'Solberg', 'Svendsen', 'Eide', 'Knutsen', 'Martinsen', 'Paulsen',
  'Bakken', 'Kristoffersen', 'Mathisen', 'Lie', 'Rasmussen', 'Amundsen', 'Lunde', 'Kristensen', 'Bakke',
  'Berge', 'Moe', 'Nygård', 'Fredriksen', 'Solheim', 'Holm', 'Lien', 'Aas', 'Sæther', 'Myhre', 'Brekke',
  'Tangen', 'Aune', 'Fjeld', 'Vik', 'Rønning', 'Skjærvø', 'Ødegård', 'Haugland', 'Ulvestad', 'Torvik',
];

/** Colleagues who prefer English. */
// prettier-ignore
export const INTERNATIONAL_NAMES = [
  ['Maria', 'Garcia'], ['Wei', 'Zhang'], ['Priya', 'Sharma'], ['Lukas', 'Müller'], ['Sofia', 'Rossi'],
  ['Ahmed', 'Hassan'], ['Emma', 'Dubois'], ['Jakub', 'Nowak'], ['Yuki', 'Tanaka'], ['Daniel', 'Kowalski'],
  ['Elena', 'Popescu'], ['Mateo', 'Fernández'], ['Chloé', 'Martin'], ['Arjun', 'Patel'], ['Laura', 'Smith'],
  ['Oliver', 'Brown'], ['Ana', 'Silva'], ['Tomás', 'Novák'], ['Mei', 'Chen'], ['Jonas', 'Virtanen'],
] as const;

/** Fictional places for the extra institutions of the ×N sector. */
// prettier-ignore
export const PLACE_NAMES = [
  'Nordvik', 'Sørhavn', 'Østmark', 'Vestfjord', 'Fjellheim', 'Elvdal', 'Havbakken', 'Skogli',
  'Innlia', 'Breviken', 'Myrvang', 'Solstrand', 'Granli', 'Furuås', 'Bjørkelund', 'Steinvik',
  'Lyngmo', 'Sandnesøy', 'Åsbygda', 'Kvernhus',
];

/** Research-group themes per faculty: "Faggruppe for …" / "Research Group for …". */
// prettier-ignore
export const GROUP_TOPICS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  AD: [
    ['byplanlegging', 'urban planning'], ['arkitekturhistorie', 'architectural history'],
    ['bærekraftig arkitektur', 'sustainable architecture'], ['interaksjonsdesign', 'interaction design'],
    ['industridesign', 'industrial design'], ['samtidskunst', 'contemporary art'],
  ],
  HF: [
    ['nordisk språk og litteratur', 'Nordic language and literature'], ['lingvistikk', 'linguistics'],
    ['antikken', 'classical antiquity'], ['etikk', 'ethics'], ['medievitenskap', 'media studies'],
    ['musikkteknologi', 'music technology'], ['moderne historie', 'modern history'],
  ],
  IE: [
    ['kunstig intelligens', 'artificial intelligence'], ['programvareutvikling', 'software engineering'],
    ['algoritmer', 'algorithms'], ['databaser og søk', 'databases and search'],
    ['robotikk', 'robotics'], ['reguleringsteknikk', 'control engineering'],
    ['signalbehandling', 'signal processing'], ['nanoelektronikk', 'nanoelectronics'],
    ['kraftsystemer', 'power systems'], ['statistikk', 'statistics'],
    ['anvendt matematikk', 'applied mathematics'], ['informasjonssikkerhet', 'information security'],
  ],
  IV: [
    ['konstruksjonsteknikk', 'structural engineering'], ['vann og miljø', 'water and environment'],
    ['termisk energi', 'thermal energy'], ['petroleumsteknologi', 'petroleum technology'],
    ['marine konstruksjoner', 'marine structures'], ['produksjonsteknikk', 'production engineering'],
    ['geoteknikk', 'geotechnical engineering'],
  ],
  MH: [
    ['kreftforskning', 'cancer research'], ['nevrovitenskap', 'neuroscience'],
    ['bevegelsesvitenskap', 'movement science'], ['psykisk helse', 'mental health'],
    ['allmennmedisin', 'general practice'], ['sykepleie', 'nursing'], ['epidemiologi', 'epidemiology'],
  ],
  NV: [
    ['kondenserte fasers fysikk', 'condensed matter physics'], ['organisk kjemi', 'organic chemistry'],
    ['økologi', 'ecology'], ['katalyse', 'catalysis'], ['materialteknologi', 'materials technology'],
    ['bioteknologi', 'biotechnology'], ['teoretisk fysikk', 'theoretical physics'],
  ],
  SU: [
    ['klinisk psykologi', 'clinical psychology'], ['statsvitenskap', 'political science'],
    ['sosiologi', 'sociology'], ['pedagogikk', 'education'], ['fagdidaktikk', 'subject didactics'],
    ['samfunnsgeografi', 'human geography'], ['sosialt arbeid', 'social work'],
  ],
  OK: [
    ['finans', 'finance'], ['strategi og ledelse', 'strategy and management'],
    ['regnskap', 'accounting'], ['samfunnsøkonomi', 'economics'],
    ['operasjonsanalyse', 'operations research'], ['internasjonal handel', 'international business'],
  ],
  VM: [
    ['arkeologi', 'archaeology'], ['kulturhistorie', 'cultural history'],
    ['zoologi', 'zoology'], ['botanikk', 'botany'], ['konservering', 'conservation'],
  ],
};

/** Administrative sections of a division, faculty or department. */
export const SECTION_NAMES: readonly (readonly [string, string])[] = [
  ['Seksjon for økonomi', 'Finance Section'],
  ['Seksjon for HR og HMS', 'HR and HSE Section'],
  ['Seksjon for studier', 'Section for Student Affairs'],
  ['Seksjon for forskning og innovasjon', 'Section for Research and Innovation'],
  ['Seksjon for kommunikasjon', 'Communication Section'],
  ['Seksjon for drift og service', 'Operations and Service Section'],
  ['Seksjon for IT-støtte', 'IT Support Section'],
  ['Seksjon for dokumentasjon og arkiv', 'Records Management Section'],
];

/** ASCII local part of an e-mail address: "Bjørg Sæther" → "bjorg.saether". */
export function emailLocalPart(first: string, last: string): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-');
  return `${ascii(first)}.${ascii(last)}`;
}
