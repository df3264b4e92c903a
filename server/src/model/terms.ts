/**
 * The acronyms of Belgian federal institutions, French and Dutch: the same body is written
 * differently in each language, so the one in a French text expects the other in its Dutch
 * counterpart. Each side may also be written out in full, which is as good.
 */
export interface AcronymPair {
  readonly fr: string;
  readonly nl: string;
  /** Spelt-out forms (lower case) that stand for the acronym in a text: "service public fédéral". */
  readonly frLong?: readonly string[];
  readonly nlLong?: readonly string[];
}

export const ACRONYM_PAIRS: readonly AcronymPair[] = [
  { fr: 'SPF', nl: 'FOD', frLong: ['service public fédéral', 'services publics fédéraux'], nlLong: ['federale overheidsdienst'] },
  { fr: 'SPP', nl: 'POD', frLong: ['service public de programmation'], nlLong: ['programmatorische overheidsdienst', 'programmatorische federale overheidsdienst'] },
  { fr: 'OE', nl: 'DVZ', frLong: ['office des étrangers'], nlLong: ['dienst vreemdelingenzaken'] },
  { fr: 'CGRA', nl: 'CGVS', frLong: ['commissariat général aux réfugiés'], nlLong: ['commissariaat-generaal voor de vluchtelingen'] },
  { fr: 'CCE', nl: 'RvV', frLong: ['conseil du contentieux des étrangers'], nlLong: ['raad voor vreemdelingenbetwistingen'] },
  { fr: 'CPAS', nl: 'OCMW', frLong: ["centre public d'action sociale", 'centres publics d’action sociale'], nlLong: ['openbaar centrum voor maatschappelijk welzijn'] },
  { fr: 'ONSS', nl: 'RSZ', frLong: ['office national de sécurité sociale'], nlLong: ['rijksdienst voor sociale zekerheid'] },
  { fr: 'INAMI', nl: 'RIZIV', frLong: ["institut national d'assurance maladie-invalidité"], nlLong: ['rijksinstituut voor ziekte- en invaliditeitsverzekering'] },
  { fr: 'ONEM', nl: 'RVA', frLong: ["office national de l'emploi"], nlLong: ['rijksdienst voor arbeidsvoorziening'] },
  { fr: 'SNCB', nl: 'NMBS', frLong: ['société nationale des chemins de fer belges'], nlLong: ['nationale maatschappij der belgische spoorwegen'] },
  { fr: 'TVA', nl: 'BTW', frLong: ['taxe sur la valeur ajoutée'], nlLong: ['belasting over de toegevoegde waarde'] },
  { fr: 'ASBL', nl: 'VZW', frLong: ['association sans but lucratif'], nlLong: ['vereniging zonder winstoogmerk'] },
  { fr: 'UE', nl: 'EU', frLong: ['union européenne'], nlLong: ['europese unie'] },
  { fr: 'ONU', nl: 'VN', frLong: ['nations unies'], nlLong: ['verenigde naties'] },
  { fr: 'CE', nl: 'RvS', frLong: ["conseil d'état", 'conseil d’état'], nlLong: ['raad van state'] },
];
