/**
 * The real organisation of ../../data/org-units.csv (public facts), as a constant so that the
 * generator stays pure and bundles anywhere. org-units.spec.ts keeps the two identical.
 */
export interface OrgUnitSeed {
  code: string;
  parent: string | null;
  kind: 'institution' | 'faculty' | 'department';
  name_nb: string;
  name_en: string;
}

// prettier-ignore
export const NTNU_ORG_UNITS: readonly OrgUnitSeed[] = [
  { code: 'NTNU', parent: null, kind: 'institution', name_nb: 'Norges teknisk-naturvitenskapelige universitet', name_en: 'Norwegian University of Science and Technology' },
  { code: 'AD', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for arkitektur og design', name_en: 'Faculty of Architecture and Design' },
  { code: 'HF', parent: 'NTNU', kind: 'faculty', name_nb: 'Det humanistiske fakultet', name_en: 'Faculty of Humanities' },
  { code: 'IE', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for informasjonsteknologi og elektroteknikk', name_en: 'Faculty of Information Technology and Electrical Engineering' },
  { code: 'IV', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for ingeniørvitenskap', name_en: 'Faculty of Engineering' },
  { code: 'MH', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for medisin og helsevitenskap', name_en: 'Faculty of Medicine and Health Sciences' },
  { code: 'NV', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for naturvitenskap', name_en: 'Faculty of Natural Sciences' },
  { code: 'SU', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for samfunns- og utdanningsvitenskap', name_en: 'Faculty of Social and Educational Sciences' },
  { code: 'OK', parent: 'NTNU', kind: 'faculty', name_nb: 'Fakultet for økonomi', name_en: 'Faculty of Economics and Management' },
  { code: 'VM', parent: 'NTNU', kind: 'faculty', name_nb: 'NTNU Vitenskapsmuseet', name_en: 'NTNU University Museum' },
  { code: 'FA', parent: 'NTNU', kind: 'faculty', name_nb: 'Fellesadministrasjonen', name_en: 'Joint Administration' },
  { code: 'AD-IAP', parent: 'AD', kind: 'department', name_nb: 'Institutt for arkitektur og planlegging', name_en: 'Department of Architecture and Planning' },
  { code: 'AD-IAT', parent: 'AD', kind: 'department', name_nb: 'Institutt for arkitektur og teknologi', name_en: 'Department of Architecture and Technology' },
  { code: 'AD-ID', parent: 'AD', kind: 'department', name_nb: 'Institutt for design', name_en: 'Department of Design' },
  { code: 'AD-KIT', parent: 'AD', kind: 'department', name_nb: 'Kunstakademiet i Trondheim', name_en: 'Trondheim Academy of Fine Art' },
  { code: 'HF-ISL', parent: 'HF', kind: 'department', name_nb: 'Institutt for språk og litteratur', name_en: 'Department of Language and Literature' },
  { code: 'HF-IHK', parent: 'HF', kind: 'department', name_nb: 'Institutt for historiske og klassiske studier', name_en: 'Department of Historical and Classical Studies' },
  { code: 'HF-FRV', parent: 'HF', kind: 'department', name_nb: 'Institutt for filosofi og religionsvitenskap', name_en: 'Department of Philosophy and Religious Studies' },
  { code: 'HF-KOM', parent: 'HF', kind: 'department', name_nb: 'Institutt for kunst- og medievitenskap', name_en: 'Department of Art and Media Studies' },
  { code: 'HF-MUS', parent: 'HF', kind: 'department', name_nb: 'Institutt for musikk', name_en: 'Department of Music' },
  { code: 'IE-IDI', parent: 'IE', kind: 'department', name_nb: 'Institutt for datateknologi og informatikk', name_en: 'Department of Computer Science' },
  { code: 'IE-ITK', parent: 'IE', kind: 'department', name_nb: 'Institutt for teknisk kybernetikk', name_en: 'Department of Engineering Cybernetics' },
  { code: 'IE-IES', parent: 'IE', kind: 'department', name_nb: 'Institutt for elektroniske systemer', name_en: 'Department of Electronic Systems' },
  { code: 'IE-IEL', parent: 'IE', kind: 'department', name_nb: 'Institutt for elkraftteknikk', name_en: 'Department of Electric Energy' },
  { code: 'IE-IMF', parent: 'IE', kind: 'department', name_nb: 'Institutt for matematiske fag', name_en: 'Department of Mathematical Sciences' },
  { code: 'IE-IIK', parent: 'IE', kind: 'department', name_nb: 'Institutt for informasjonssikkerhet og kommunikasjonsteknologi', name_en: 'Department of Information Security and Communication Technology' },
  { code: 'IE-IIR', parent: 'IE', kind: 'department', name_nb: 'Institutt for IKT og realfag', name_en: 'Department of ICT and Natural Sciences' },
  { code: 'IV-IBM', parent: 'IV', kind: 'department', name_nb: 'Institutt for bygg- og miljøteknikk', name_en: 'Department of Civil and Environmental Engineering' },
  { code: 'IV-EPT', parent: 'IV', kind: 'department', name_nb: 'Institutt for energi- og prosessteknikk', name_en: 'Department of Energy and Process Engineering' },
  { code: 'IV-IGP', parent: 'IV', kind: 'department', name_nb: 'Institutt for geovitenskap og petroleum', name_en: 'Department of Geoscience and Petroleum' },
  { code: 'IV-IMT', parent: 'IV', kind: 'department', name_nb: 'Institutt for marin teknikk', name_en: 'Department of Marine Technology' },
  { code: 'IV-MTP', parent: 'IV', kind: 'department', name_nb: 'Institutt for maskinteknikk og produksjon', name_en: 'Department of Mechanical and Industrial Engineering' },
  { code: 'IV-IVB', parent: 'IV', kind: 'department', name_nb: 'Institutt for vareproduksjon og byggteknikk', name_en: 'Department of Manufacturing and Civil Engineering' },
  { code: 'MH-IKOM', parent: 'MH', kind: 'department', name_nb: 'Institutt for klinisk og molekylær medisin', name_en: 'Department of Clinical and Molecular Medicine' },
  { code: 'MH-INB', parent: 'MH', kind: 'department', name_nb: 'Institutt for nevromedisin og bevegelsesvitenskap', name_en: 'Department of Neuromedicine and Movement Science' },
  { code: 'MH-IPH', parent: 'MH', kind: 'department', name_nb: 'Institutt for psykisk helse', name_en: 'Department of Mental Health' },
  { code: 'MH-ISM', parent: 'MH', kind: 'department', name_nb: 'Institutt for samfunnsmedisin og sykepleie', name_en: 'Department of Public Health and Nursing' },
  { code: 'NV-IFY', parent: 'NV', kind: 'department', name_nb: 'Institutt for fysikk', name_en: 'Department of Physics' },
  { code: 'NV-IKJ', parent: 'NV', kind: 'department', name_nb: 'Institutt for kjemi', name_en: 'Department of Chemistry' },
  { code: 'NV-IBI', parent: 'NV', kind: 'department', name_nb: 'Institutt for biologi', name_en: 'Department of Biology' },
  { code: 'NV-IKP', parent: 'NV', kind: 'department', name_nb: 'Institutt for kjemisk prosessteknologi', name_en: 'Department of Chemical Engineering' },
  { code: 'NV-IMA', parent: 'NV', kind: 'department', name_nb: 'Institutt for materialteknologi', name_en: 'Department of Materials Science and Engineering' },
  { code: 'NV-IBT', parent: 'NV', kind: 'department', name_nb: 'Institutt for bioteknologi og matvitenskap', name_en: 'Department of Biotechnology and Food Science' },
  { code: 'SU-IPS', parent: 'SU', kind: 'department', name_nb: 'Institutt for psykologi', name_en: 'Department of Psychology' },
  { code: 'SU-ISS', parent: 'SU', kind: 'department', name_nb: 'Institutt for sosiologi og statsvitenskap', name_en: 'Department of Sociology and Political Science' },
  { code: 'SU-IPL', parent: 'SU', kind: 'department', name_nb: 'Institutt for pedagogikk og livslang læring', name_en: 'Department of Education and Lifelong Learning' },
  { code: 'SU-ILU', parent: 'SU', kind: 'department', name_nb: 'Institutt for lærerutdanning', name_en: 'Department of Teacher Education' },
  { code: 'SU-IGR', parent: 'SU', kind: 'department', name_nb: 'Institutt for geografi', name_en: 'Department of Geography' },
  { code: 'SU-ISA', parent: 'SU', kind: 'department', name_nb: 'Institutt for sosialt arbeid', name_en: 'Department of Social Work' },
  { code: 'OK-HHS', parent: 'OK', kind: 'department', name_nb: 'NTNU Handelshøyskolen', name_en: 'NTNU Business School' },
  { code: 'OK-IOT', parent: 'OK', kind: 'department', name_nb: 'Institutt for industriell økonomi og teknologiledelse', name_en: 'Department of Industrial Economics and Technology Management' },
  { code: 'OK-IIF', parent: 'OK', kind: 'department', name_nb: 'Institutt for internasjonal forretningsdrift', name_en: 'Department of International Business' },
  { code: 'OK-ISO', parent: 'OK', kind: 'department', name_nb: 'Institutt for samfunnsøkonomi', name_en: 'Department of Economics' },
  { code: 'VM-IAK', parent: 'VM', kind: 'department', name_nb: 'Institutt for arkeologi og kulturhistorie', name_en: 'Department of Archaeology and Cultural History' },
  { code: 'VM-INH', parent: 'VM', kind: 'department', name_nb: 'Institutt for naturhistorie', name_en: 'Department of Natural History' },
  { code: 'FA-HR', parent: 'FA', kind: 'department', name_nb: 'HR- og HMS-avdelingen', name_en: 'HR and HSE Division' },
  { code: 'FA-STA', parent: 'FA', kind: 'department', name_nb: 'Avdeling for studieadministrasjon', name_en: 'Division of Student Affairs' },
  { code: 'FA-IT', parent: 'FA', kind: 'department', name_nb: 'IT-avdelingen', name_en: 'Division of IT Services' },
  { code: 'FA-EIE', parent: 'FA', kind: 'department', name_nb: 'Eiendomsavdelingen', name_en: 'Division of Property' },
  { code: 'FA-OKO', parent: 'FA', kind: 'department', name_nb: 'Økonomiavdelingen', name_en: 'Division of Finance' },
  { code: 'FA-KOM', parent: 'FA', kind: 'department', name_nb: 'Kommunikasjonsavdelingen', name_en: 'Division of Communication' },
];
