/** De catalogus in het Nederlands: elke sleutel van en.ts, met dezelfde parameters. */
import type { MessageKey } from './en.js';

export const NL: Readonly<Record<MessageKey, string>> = {
  'lang.name': '{lang, select, fr {Frans} other {Nederlands}}',
  quoted: '"{text}"',
  'question.numbered': 'Vraag {number}',
  'question.unnumbered': 'De vraag',
  'space.any': 'een spatie',
  'space.nbsp': 'een harde spatie',
  'space.nnbsp': 'een smalle harde spatie',
  'counterpart.related': 'De {lang, select, fr {Franse} other {Nederlandse}} tegenhanger',
  'fix.replaceWith': 'Vervangen door "{text}"',

  'check.duplicate-reference':
    'Een verwijzing die opnieuw staat met hetzelfde label en nummer: in dezelfde kolom, of in beide kolommen in één taal als geen van beide kolommen in de taal van de andere gedrukt is.',
  'check.self-reference': 'Een vraag die haar eigen nummer bij haar verwijzingen vermeldt.',
  'check.missing-answer':
    'Een vraag zonder antwoord, een dienst die punt per punt antwoordt maar er een overslaat, of een punt van de vraag waarop geen deel van het antwoord ingaat.',
  'check.missing-counterpart':
    'Een Frans stuk zonder Nederlandse tegenhanger, of omgekeerd: een helft van een veld, een descriptor, een punt, het blok van een dienst, een hele tekst.',
  'check.label-language': 'Labels in de tijdlijn of bij de verwijzingen die in de andere taal dan hun kolom gedrukt zijn (Nederlandse labels in de Franse kolom).',
  'check.encoding-damage': 'Tekst die eens door een verkeerde codering ging ("FinanciÃ«n", "BelgiŽ", "CÚcile"), met het herstel als de schade bekend is.',
  'check.unrecognized-text': 'Tekst die niet in de opmaak van een vraagpagina past (buiten elke vraag, of een verdwaalde regel in de kop).',
  'check.incomplete-page': 'Het bestand stopt halverwege (midden in een zin, of vóór de tekst van de vraag): wat zou volgen staat niet in het bestand en is niet gecontroleerd.',
  'check.not-a-question-page':
    'Het bestand is geen vraagpagina van de Senaat (geen vraagnummer, geen kop van vraag of antwoord), of heeft een opmaak die parlq niet leest: er wordt niets in gecontroleerd.',
  'check.number-mismatch': 'Een Frans stuk en zijn Nederlandse tegenhanger geven niet dezelfde cijfers (getallen, bedragen, datums, vraagnummers), hoe elke taal ze ook schrijft.',
  'check.numbering': 'Genummerde punten die een nummer herhalen of teruggaan, in een van beide talen; in een vraag punten die een nummer overslaan of niet bij 1 beginnen.',
  'check.typography':
    'In lopende tekst: een spatie vóór ": ; ! ?" en binnen « » in het Frans en geen ervoor in het Nederlands, een dubbele spatie, een herhaald woord ("de de"), een haakje of aanhalingsteken zonder paar.',
  'check.answer-overdue':
    'Het antwoord kwam na de termijn, of er is er geen en de termijn is voorbij: de termijn die de tijdlijn drukt, anders parlq.answerDeadlineWorkingDays werkdagen na de verzending (zonder weekends en Belgische feestdagen).',
  'check.untranslated':
    'Een alinea of punt in de taal van de andere kolom (Frans dat in het Nederlandse antwoord bleef staan), of een Frans stuk en zijn Nederlandse tegenhanger met dezelfde tekst (namen, afkortingen en cijfers uitgezonderd).',
  'check.length-ratio':
    'Een Frans stuk en zijn Nederlandse tegenhanger waarvan de lengtes veel meer verschillen dan de eigen Frans/Nederlandse verhouding van de vraag verklaart (gemeten zoals Gale en Church doen): er kan een zin uit een van beide weggevallen zijn.',
  'check.acronym-pair':
    'De afkorting van een instelling in de ene versie zonder haar tegenhanger in de andere (SPF/FOD, SPP/POD, OE/DVZ, CGRA/CGVS, CCE/RvV…), afgekort of voluit.',
  'check.terminology':
    'Volgens parlq.terms.json van de werkruimte: een Franse term uit de lijst waarvan de Nederlandse tegenhanger de bijbehorende term mist (of omgekeerd), en een te vermijden term, met de vervanging als correctie.',

  'check.duplicate-question':
    'Twee bestanden van de werkruimte bevatten hetzelfde vraagnummer in dezelfde opmaak en taal (een Franse en een Nederlandse webpagina, of een webpagina en de printerversie, zijn één vraag die twee keer gepubliceerd is, geen dubbel).',
  'check.asymmetric-reference':
    'Een vraag vermeldt een andere onder "Ook gesteld aan" (of noemt haar herindiening, haar origineel) en het bestand van die vraag, in de werkruimte, vermeldt haar niet terug.',
  'check.dangling-reference':
    "Een verwijzing naar een vraagnummer dat geen bestand van de werkruimte bevat (standaard uit: een werkruimte bevat zelden alle vragen die haar pagina's vermelden).",
  'duplicateQuestion.message': 'Vraag {number} staat ook in {files}: {count, plural, one {twee bestanden hebben} other {meerdere bestanden hebben}} hetzelfde vraagnummer.',
  'duplicateQuestion.related': 'Vraag {number} in {file}',
  'asymmetric.alsoAsked': 'Vraag {other} ({file}) vermeldt vraag {number} niet terug: haar pagina zou "{label} … {number}" moeten vermelden.',
  'asymmetric.resubmission': 'Vraag {other} ({file}) noemt vraag {number} niet: haar pagina zou "{label} … {number}" moeten vermelden.',
  'dangling.message': 'Geen bestand van de werkruimte bevat vraag {number}.',
  'links.file': 'Vraag {number} openen',
  'links.senate': 'Vraag {number} openen op de site van de Senaat ({lang, select, fr {Frans} other {Nederlands}})',
  'lens.answered': 'Beantwoord',
  'lens.answeredOn': 'Beantwoord op {date, date}',
  'lens.answeredIn': 'Beantwoord op {date, date}, in {days, plural, one {# werkdag} other {# werkdagen}}{late, select, late { (te laat)} other {}}',
  'lens.open': 'Open: nog geen antwoord',
  'lens.closed': 'Afgesloten zonder antwoord',
  'lens.lapsed': 'Vervallen met de zittingsperiode',
  'lens.siblings':
    '{count, plural, one {Ook gesteld als # andere vraag} other {Ook gesteld als # andere vragen}}: {answered, number} beantwoord, {open, number} niet beantwoord, {absent, number} niet in de werkruimte',
  'duplicate.message': 'Dubbele verwijzing "{reference}": staat al op regel {line}.',
  'duplicate.related': 'Hier voor het eerst vermeld: "{reference}"',
  'duplicate.fix': 'De dubbele verwijzing verwijderen',
  'duplicate.fixAll': 'Alle {count, number} dubbele verwijzingen verwijderen',
  'self.message': 'Vraag {number} vermeldt zichzelf als verwijzing ("{reference}").',
  'self.related': 'Het eigen nummer van de vraag, {number}',

  'missingAnswer.none': '{question} heeft geen antwoord: er volgt geen kop van een antwoord ("Réponse reçue le … : Antwoord ontvangen op … :").',
  'missingAnswer.noneRecorded':
    '{question} heeft geen antwoord, hoewel de tijdlijn een antwoord op {date, date} vermeldt: er volgt geen kop van een antwoord ("Réponse reçue le … : Antwoord ontvangen op … :").',
  'missingAnswer.placeholder': '{question} heeft nog geen antwoordtekst: het antwoord luidt "{text}".',
  'missingAnswer.placeholderRecorded': '{question} heeft nog geen antwoordtekst: het antwoord van {date, date} luidt "{text}".',
  'missingAnswer.heading': 'De kop van het antwoord',
  'missingAnswer.agency': 'Geen {lang, select, fr {Frans} other {Nederlands}} antwoord {n}: "{agency}" beantwoordt vraag {n} niet.',
  'missingAnswer.agencyElsewhere':
    'Geen {lang, select, fr {Frans} other {Nederlands}} antwoord {n}: "{agency}" beantwoordt vraag {n} niet (de {other, select, fr {Franse} other {Nederlandse}} tegenhanger "{counterpart}" wel).',
  'missingAnswer.whole': 'Geen {lang, select, fr {Frans} other {Nederlands}} antwoord {n}: het {lang, select, fr {Franse} other {Nederlandse}} antwoord gaat niet in op vraag {n}.',
  'missingAnswer.wholeElsewhere':
    'Geen {lang, select, fr {Frans} other {Nederlands}} antwoord {n}: het {lang, select, fr {Franse} other {Nederlandse}} antwoord gaat niet in op vraag {n} (het {other, select, fr {Franse} other {Nederlandse}} antwoord wel).',
  'missingAnswer.relatedQuestion': 'Vraag {n}: {text}',
  'missingAnswer.relatedAnswer': '{lang, select, fr {Frans} other {Nederlands}} antwoord {n}: {text}',

  'counterpart.fieldHalf': 'Geen {other, select, fr {Franse} other {Nederlandse}} helft voor het veld "{field}": "{text}".',
  'counterpart.descriptor': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor descriptor "{text}": de twee lijsten van descriptoren zijn niet even lang.',
  'counterpart.descriptorList': 'Geen {other, select, fr {Franse} other {Nederlandse}} lijst van descriptoren.',
  'counterpart.timelineColumn': 'Geen {other, select, fr {Franse} other {Nederlandse}} kolom in de tijdlijn.',
  'counterpart.timelineEvent': 'Geen tegenhanger in de {other, select, fr {Franse} other {Nederlandse}} kolom voor de tijdlijnregel "{text}".',
  'counterpart.referenceColumn': 'Geen {other, select, fr {Franse} other {Nederlandse}} kolom met verwijzingen.',
  'counterpart.crossReference': 'Geen tegenhanger in de {other, select, fr {Franse} other {Nederlandse}} kolom voor de verwijzing "{text}".',
  'counterpart.questionPart': 'Geen {other, select, fr {Franse} other {Nederlandse}} tekst van de vraag.',
  'counterpart.introParagraph': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor de alinea "{text}" van de vraag.',
  'counterpart.questionItem': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor punt {n} van de vraag.',
  'counterpart.answerPart': 'Geen {other, select, fr {Franse} other {Nederlandse}} tekst van het antwoord.',
  'counterpart.openingParagraph': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor de alinea "{text}" van het antwoord.',
  'counterpart.agencyBlock':
    'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor het antwoord van "{agency}": geen {other, select, fr {Frans} other {Nederlands}} blok van een dienst komt ermee overeen.',
  'counterpart.agencyParagraph': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor de alinea "{text}" van "{agency}".',
  'counterpart.agencyAnswerItem': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor antwoord {n} van "{agency}".',
  'counterpart.answerItem': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor antwoord {n}.',
  'counterpart.piece': 'Geen {other, select, fr {Franse} other {Nederlandse}} tegenhanger voor "{text}".',
  'counterpart.singleLanguage':
    '{question} staat alleen in het {lang, select, fr {Frans} other {Nederlands}}: de {other, select, fr {Franse} other {Nederlandse}} tekst ontbreekt overal ({count, plural, one {# stuk} other {# stukken}}).',

  'labels.column':
    'De {column, select, fr {Franse} other {Nederlandse}} kolom van {what, select, timeline {de tijdlijn} other {de verwijzingen}} heeft {labels, select, fr {Franse} other {Nederlandse}} labels ({list}, {count, plural, one {# vermelding} other {# vermeldingen}}).',
  'labels.columnWithFix':
    'De {column, select, fr {Franse} other {Nederlandse}} kolom van {what, select, timeline {de tijdlijn} other {de verwijzingen}} heeft {labels, select, fr {Franse} other {Nederlandse}} labels ({list}, {count, plural, one {# vermelding} other {# vermeldingen}}); {fixCount, plural, one {het {column, select, fr {Franse} other {Nederlandse}} label is} other {de {column, select, fr {Franse} other {Nederlandse}} labels zijn}} {fixes}.',
  'labels.entry':
    '{labels, select, fr {Frans} other {Nederlands}} label "{label}" in de {column, select, fr {Franse} other {Nederlandse}} kolom van {what, select, timeline {de tijdlijn} other {de verwijzingen}}.',
  'labels.entryWithFix':
    '{labels, select, fr {Frans} other {Nederlands}} label "{label}" in de {column, select, fr {Franse} other {Nederlandse}} kolom van {what, select, timeline {de tijdlijn} other {de verwijzingen}}; het {column, select, fr {Franse} other {Nederlandse}} label is "{fix}".',
  'labels.fixOne': 'Het {lang, select, fr {Franse} other {Nederlandse}} label "{label}" gebruiken',
  'labels.fixMany': 'De {lang, select, fr {Franse} other {Nederlandse}} labels gebruiken ({labels})',
  'labels.relabelOne': 'Het {lang, select, fr {Franse} other {Nederlandse}} label gebruiken',
  'labels.relabelMany':
    'De {lang, select, fr {Franse} other {Nederlandse}} labels gebruiken voor de {count, number} verwijzingen van de {lang, select, fr {Franse} other {Nederlandse}} kolom',

  'encoding.repair': 'Verkeerde codering: "{word}" lijkt op {kind}; het was wellicht "{repaired}".',
  'encoding.lost': 'Verkeerde codering: "{word}" werd met de verkeerde codering gelezen en een byte ervan is verloren: geen herstel.',
  'encoding.kind.utf8AsWindows1252': 'UTF-8-tekst gelezen als Windows-1252',
  'encoding.kind.latin1AsMacRoman': 'Latin-1-tekst gelezen als Mac Roman',
  'encoding.kind.windows1252AsMacCentralEuropean': 'Windows-1252-tekst gelezen als Mac Centraal-Europees',
  'encoding.kind.windows1252AsDos850': 'Windows-1252-tekst gelezen als DOS-codetabel 850',

  'unrecognized.one': 'Tekst niet herkend als deel van een vraagpagina: "{text}".',
  'unrecognized.oneNoHeading': 'Tekst niet herkend als deel van een vraagpagina: "{text}". Ontbreekt de kop van de vraag ("Vraag nr. … van … :") erboven?',
  'unrecognized.many': 'Tekst niet herkend als deel van een vraagpagina ({count, number} alinea\'s, regels {from}-{to}), vanaf "{text}".',
  'unrecognized.manyNoHeading':
    'Tekst niet herkend als deel van een vraagpagina ({count, number} alinea\'s, regels {from}-{to}), vanaf "{text}". Ontbreekt de kop van de vraag ("Vraag nr. … van … :") erboven?',

  'incomplete.message':
    'Het bestand stopt {where} ("…{words}"): {count, plural, one {{missing} ontbreekt en is niet gecontroleerd} other {{missing} ontbreken en zijn niet gecontroleerd}}.',
  'incomplete.beforeQuestion': 'vóór de tekst van de vraag',
  'incomplete.inQuestion': 'midden in de vraag',
  'incomplete.inAnswer': 'midden in het antwoord',
  'incomplete.afterQuestion': 'na de vraag',
  'incomplete.afterAnswer': 'na het antwoord',
  'incomplete.theQuestion': 'de vraag',
  'incomplete.theAnswer': 'het antwoord',
  'incomplete.theAnswerRecorded': 'het antwoord (in de tijdlijn vermeld op {date, date})',
  'incomplete.rest': 'de rest van {section, select, question {de vraag} other {het antwoord}}',
  'incomplete.restIn':
    'de rest van {section, select, question {de {lang, select, fr {Franse} other {Nederlandse}} vraag} other {het {lang, select, fr {Franse} other {Nederlandse}} antwoord}}',
  'incomplete.other': '{section, select, question {de {lang, select, fr {Franse} other {Nederlandse}} vraag} other {het {lang, select, fr {Franse} other {Nederlandse}} antwoord}}',

  'foreign.layout': 'Dit is een pagina in de opmaak "{layout}", die parlq nog niet leest: er is niets in gecontroleerd.',
  'foreign.none': 'Dit bestand is geen vraagpagina van de Senaat (het heeft geen vraagnummer, geen kop van vraag of antwoord): er is niets in gecontroleerd.',
  'layout.bilingual-print': 'tweetalige printerversie',
  'layout.bilingual-table': 'tweetalige printerversie gekopieerd als tabel',
  'layout.print': 'eentalige printerversie',
  'layout.web': 'eentalige webpagina',
  'layout.bulletin': 'Bulletin van Vragen en Antwoorden',
  'layout.chamber': 'schriftelijke vraag van de Kamer van volksvertegenwoordigers (QRVA-weergave)',
  'layout.none': 'geen vraagpagina',
  'layout.inLanguage': '{layout}, {lang, select, fr {Frans} other {Nederlands}}',

  'figures.both':
    'De cijfers verschillen van het {there, select, fr {Frans} other {Nederlands}} (regel {line}): alleen in het {here, select, fr {Frans} other {Nederlands}}: {own}; alleen in het {there, select, fr {Frans} other {Nederlands}}: {across}.',
  'figures.own':
    'De cijfers verschillen van het {there, select, fr {Frans} other {Nederlands}} (regel {line}): alleen in het {here, select, fr {Frans} other {Nederlands}}: {own}.',
  'figures.across':
    'De cijfers verschillen van het {there, select, fr {Frans} other {Nederlands}} (regel {line}): alleen in het {there, select, fr {Frans} other {Nederlands}}: {across}.',

  'numbering.where': '{section, select, question {de {lang, select, fr {Franse} other {Nederlandse}} vraag} other {het {lang, select, fr {Franse} other {Nederlandse}} antwoord}}',
  'numbering.start': 'De nummering begint bij "{marker}" in {where}: het punt ervoor heeft geen nummer, of ontbreekt.',
  'numbering.repeated': 'Nummer herhaald: "{marker}" volgt op "{previous}" (regel {line}) in {where}.',
  'numbering.back': 'De nummering gaat terug: "{marker}" volgt op "{previous}" (regel {line}) in {where}.',
  'numbering.skipsOne': 'De nummering slaat nummer {missing} over: "{marker}" volgt op "{previous}" (regel {line}) in {where}.',
  'numbering.skipsMany': 'De nummering slaat de nummers {from} tot {to} over: "{marker}" volgt op "{previous}" (regel {line}) in {where}.',
  'numbering.related': 'Het punt ervoor: "{marker}"',

  'typography.missingBefore': 'Spatie ontbreekt vóór "{mark}": het Frans zet er {space}.',
  'typography.notWanted': 'De spatie vóór "{mark}" is niet {space}, zoals parlq.typography.frenchSpace vraagt.',
  'typography.dutch': 'Spatie vóór "{mark}": het Nederlands zet er geen.',
  'typography.afterOpening': 'Spatie ontbreekt na "«": het Frans zet {space} binnen de aanhalingstekens.',
  'typography.beforeClosing': 'Spatie ontbreekt vóór "»": het Frans zet {space} binnen de aanhalingstekens.',
  'typography.double': 'Dubbele spatie.',
  'typography.doubled': 'Herhaald woord: "{word} {word}".',
  'typography.unpairedClose': '"{close}" zonder paar: geen "{open}" opent het.',
  'typography.unpairedOpen': '"{open}" zonder paar: geen "{close}" sluit het.',
  'typography.fixInsertBefore': '{space} invoegen vóór "{mark}"',
  'typography.fixInsertAfter': '{space} invoegen na "{mark}"',
  'typography.fixMake': 'Er {space} van maken',
  'typography.fixRemoveSpace': 'De spatie vóór "{mark}" verwijderen',
  'typography.fixOneSpace': 'Er één spatie van maken',
  'typography.fixRemoveWord': 'De tweede "{word}" verwijderen',

  'overdue.deadlinePrinted': '{date, date} (gedrukt in de tijdlijn)',
  'overdue.deadlineComputed': '{date, date} ({days, plural, one {# werkdag} other {# werkdagen}} na de verzending, parlq.answerDeadlineWorkingDays)',
  'overdue.late':
    'Laat beantwoord: op {answered, date}, {late, plural, one {# werkdag} other {# werkdagen}} na de termijn van {deadline}; de {nth, number}e werkdag na de verzending op {sent, date}.',
  'overdue.none': 'Geen antwoord, {overdue, plural, one {# werkdag} other {# werkdagen}} na de termijn van {deadline}.',

  'untranslated.written': 'Geschreven in het {guess, select, fr {Frans} other {Nederlands}}, in de {lang, select, fr {Franse} other {Nederlandse}} tekst: "{text}".',
  'untranslated.same': 'Dezelfde tekst als de {other, select, fr {Franse} other {Nederlandse}} tegenhanger (regel {line}): "{text}" is niet vertaald.',
  'length.shorter':
    'Veel korter dan de {other, select, fr {Franse} other {Nederlandse}} tegenhanger (regel {line}): {short, number} tekens tegen {long, number}, terwijl de teksten van deze vraag {ratio, number, ::.00} Nederlandse tekens tellen per Frans teken; er ontbreekt misschien een zin.',
  'acronym.missing': 'Geen "{wanted}" hier, terwijl de {other, select, fr {Franse} other {Nederlandse}} tekst (regel {line}) "{acronym}" heeft.',
  'terms.missing': 'Geen "{wanted}" hier, terwijl de {other, select, fr {Franse} other {Nederlandse}} tekst (regel {line}) "{has}" heeft (parlq.terms.json).',
  'terms.avoid': '"{term}" is te vermijden: gebruik "{use}" (parlq.terms.json).',

  'kind.document': 'document',
  'kind.question': 'vraag',
  'kind.trivia': 'witruimte',
  'kind.unrecognized': 'niet-herkende tekst',
  'kind.rule': 'lijn',
  'kind.field': 'veld',
  'kind.descriptors': 'descriptoren',
  'kind.descriptorList': 'lijst van descriptoren',
  'kind.descriptor': 'descriptor',
  'kind.timeline': 'tijdlijn',
  'kind.timelineColumn': 'kolom van de tijdlijn',
  'kind.timelineEvent': 'tijdlijnregel',
  'kind.crossReferences': 'verwijzingen',
  'kind.referenceColumn': 'kolom met verwijzingen',
  'kind.crossReference': 'verwijzing',
  'kind.introParagraph': 'alinea van de vraag',
  'kind.questionItem': 'punt van de vraag',
  'kind.questionItemNumbered': 'punt {n} van de vraag',
  'kind.answer': 'antwoord',
  'kind.openingParagraph': 'alinea van het antwoord',
  'kind.agencyBlock': 'blok van een dienst',
  'kind.agencyHeading': 'dienst',
  'kind.agencyParagraph': 'alinea',
  'kind.answerItem': 'punt van het antwoord',
  'kind.answerItemNumbered': 'antwoord {n}',
  'kind.navigation': 'navigatie',
  'kind.timelineHeading': 'kop van de tijdlijn',
  'kind.masthead': 'paginakop',
  'kind.ministerHeading': 'kop van de minister',
  'field.banner': 'banier van de assemblee',
  'field.session': 'zitting',
  'field.date': 'datum',
  'field.number': 'vraagnummer',
  'field.author': 'auteur',
  'field.addressee': 'geadresseerde',
  'field.title': 'titel',
  'field.questionHeading': 'kop van de vraag',
  'field.answerHeading': 'kop van het antwoord',

  'hover.question': 'Vraag {number}',
  'hover.questionUnnumbered': 'Vraag',
  'hover.askedIn': 'gesteld in het {lang, select, fr {Frans} other {Nederlands}}',
  'hover.answerRecorded': 'antwoord vermeld op {date, date}',
  'hover.closed': 'afgesloten zonder antwoord',
  'hover.deadline': 'Termijn',
  'hover.timing': '{deadline, date} ({due}); {answered}.',
  'hover.duePrinted': 'zoals de tijdlijn hem drukt',
  'hover.dueComputed': '{days, plural, one {# werkdag} other {# werkdagen}} na de verzending op {sent, date}',
  'hover.noAnswer': 'geen antwoord vermeld',
  'hover.answered': 'beantwoord op {date, date}, de {nth, number}e werkdag na de verzending',
  'hover.answeredLate': 'beantwoord op {date, date}, de {nth, number}e werkdag na de verzending (te laat)',
  'hover.original': 'origineel',
  'hover.translation': 'vertaling',
  'hover.line': 'regel {line}',

  'outline.header': 'Kop',
  'outline.descriptors': 'Descriptoren',
  'outline.timeline': 'Tijdlijn',
  'outline.crossReferences': 'Verwijzingen',
  'outline.question': 'Vraag',
  'outline.answer': 'Antwoord',
  'outline.questionNumbered': 'Vraag {number}',
  'outline.empty': '(leeg)',
  'outline.answers': '{count, plural, one {# antwoord} other {# antwoorden}}',
  'outline.references': '{count, plural, one {# verwijzing} other {# verwijzingen}}',
  'outline.askedIn': 'gesteld in het {lang, select, fr {Frans} other {Nederlands}}',
  'outline.original': 'origineel',
  'outline.translation': 'vertaling',

  'service.tooLarge':
    'Dit document is {size, number, ::.0} MB, meer dan de {limit, number} MB ingesteld in "parlq.maxDocumentSizeMB": controles en hovers staan er uit; het overzicht en het vouwen werken nog.',
  'service.staleAccepted': '{file} aanvaardt een {code}-bevinding die hier niet meer is (vraag {question}, "{text}"): verwijder de regel.',
  'server.acceptTitle': 'Deze bevinding aanvaarden ({code})…',
  'server.acceptCommand': 'Deze bevinding aanvaarden…',
  'server.acceptNoFolder': 'Een bevinding aanvaarden vraagt een werkruimtemap op schijf: {file} staat in de hoofdmap ervan.',
  'server.acceptNoReason': 'Er is een reden nodig: waarom mag dit zo gepubliceerd worden?',
  'server.acceptGone': 'Die bevinding wordt hier niet meer gemeld, of het bestand staat niet in de werkruimtemap.',
  'server.acceptedBroken': '{file} heeft eerst problemen die hersteld moeten worden: {problems}',
  'server.indexing': 'parlq: vraagbestanden indexeren',
  'server.checkingAll': 'parlq: alle vraagbestanden controleren',
  'server.indexed': '{done, number} van {total, number}',
  'server.acceptFailed': 'Kon het niet vastleggen: {reason}',
  'server.configUnused': '{file}: niet gebruikt tot het hersteld is; de instellingen van de editor en de standaardwaarden gelden.',

  'settings.problem': 'De instelling "{setting}" {problem}; gebruikt: {fallback}.',
  'settings.problemNoFallback': 'De instelling "{setting}" {problem}.',
  'settings.inFile': '{source}: "{setting}" {problem}.',
  'settings.notObject': 'moet een object zijn, niet {value}',
  'settings.notSeverityObject': 'moet een object van controle → ernst zijn, niet {value}',
  'settings.noSuchCheck': 'noemt geen controle; de controles zijn {checks}',
  'settings.oneOf': 'moet {allowed} zijn, niet {value}',
  'settings.boolean': 'moet true of false zijn, niet {value}',
  'settings.size': 'moet een getal boven 0 en hoogstens 1000 zijn, niet {value}',
  'settings.workingDays': 'moet een geheel getal van 1 tot 250 zijn, niet {value}',
  'settings.defaults': 'de standaardwaarden',
  'settings.severityDescription': 'Ernst van de controle `{code}`: {description} `off` schakelt ze uit.',
  'config.notJson': '{source}: geen geldige JSON ({reason}).',
  'config.notObject': '{source}: moet een JSON-object van instellingen zijn, zoals "parlq.*" in VS Code.',
  'config.unknownKey': '{source}: "{key}" is geen instelling van parlq; de instellingen zijn {keys}.',
  'config.unknownSubKey': '{source}: "{key}.{inner}" is geen instelling van parlq; "{key}" bevat {keys}.',
  'config.termsFile': '{source}: "termsFile" moet het pad van een termenbestand zijn, niet {value}.',
  'jsonFile.notJson': '{source}: geen geldige JSON ({reason}); {consequence}.',
  'jsonFile.notJsonPlain': '{source}: geen geldige JSON ({reason}).',
  'jsonFile.issue': '{source}: {path}: {problem}; {consequence}.',
  'jsonFile.issuePlain': '{source}: {path}: {problem}',
  'jsonFile.topLevel': '(hoogste niveau)',
  'terms.unused': 'de termen ervan worden niet gebruikt',
  'terms.empty': 'mag niet leeg zijn',
  'accepted.noReason': 'er is een reden nodig: waarom mag dit zo gepubliceerd worden?',

  'cli.usage': `Gebruik: parlq check [opties] BESTAND|MAP...
         parlq export --format html [--locale TAAL] BESTAND   (de twee kolommen naast elkaar, als HTML)

Controleert tweetalige bestanden met parlementaire vragen. In een map zoekt parlq naar
*.parlq- en *.txt-bestanden. De instellingen komen uit de dichtstbijzijnde {config}
boven elk bestand (dezelfde instellingen als "parlq.*" in VS Code), de termen uit de
dichtstbijzijnde {terms}, de aanvaarde bevindingen uit de dichtstbijzijnde {accepted}.

Opties:
  --format FORMAAT        {formats} (standaard: stylish in een terminal,
                          anders text); --format=FORMAAT werkt ook
                            text     bestand:regel:kolom ernst code bericht
                            stylish  per bestand gegroepeerd, in kleur in een terminal
                            json     het rapport met versienummer (schemas/parlq-report.schema.json)
                            sarif    SARIF 2.1.0, voor dashboards van codescans
                            github   annotaties voor GitHub Actions
  --severity CODE=NIVEAU  de ernst van één controle wijzigen ({levels});
                          mag herhaald worden; gaat boven de configuratie
  --max-warnings N        mislukken (status 1) bij meer dan N waarschuwingen
  --quiet                 alleen fouten melden
  --config BESTAND        de configuratie voor elk bestand
  --terms BESTAND         het termenbestand voor elk bestand
  --show-accepted         ook de aanvaarde bevindingen (en verouderde regels) tonen
  --fix                   de veilige correcties toepassen ({fixes})
                          en melden wat overblijft
  --fix-dry-run           de veilige correcties als unified diff tonen; niets wijzigen
  --jobs N                werkthreads voor een grote map (standaard: één per kern)
  --locale TAAL           de taal van de berichten: en, fr of nl (standaard: uit
                          LC_ALL, LC_MESSAGES of LANG, anders Engels)
  -h, --help              deze hulp tonen
  -v, --version           de versie tonen

Afsluitstatus: 0 geen fouten; 1 fouten gevonden, of meer waarschuwingen dan --max-warnings;
2 verkeerd gebruik, een onleesbaar pad of een verkeerd configuratie-, termen- of
aanvaardingsbestand; 3 een interne fout in parlq (een bestand is niet volledig gecontroleerd).

Controles (code, standaardernst):
{checks}
`,
  'cli.badSeverity': '--severity verwacht CODE=NIVEAU met CODE een van {codes} en NIVEAU een van {levels}; gekregen: "{value}"',
  'cli.badFormat': '--format verwacht een van {formats}; gekregen: "{value}"',
  'cli.badMaxWarnings': '--max-warnings verwacht een geheel aantal waarschuwingen, 0 of meer; gekregen: "{value}"',
  'cli.badJobs': '--jobs verwacht een aantal werkthreads, 1 of meer; gekregen: "{value}"',
  'cli.badLocale': '--locale verwacht een van {locales}; gekregen: "{value}"',
  'cli.noFile': 'geen bestand om te controleren',
  'cli.exportUsage': 'export verwacht --format html en één vraagbestand; gekregen: {value}',
  'export.missing': 'ontbreekt',
  'cli.fixConflict': '--fix en --fix-dry-run gaan niet samen: --fix-dry-run toont wat --fix zou schrijven',
  'cli.fixStdin': '--fix en --fix-dry-run hebben bestanden nodig, geen standaardinvoer',
  'cli.unknownCommand': 'onbekend commando "{command}"',
  'cli.cannotRead': 'kan {path} niet lezen: {reason}',
  'cli.noSuchFile': 'bestand bestaat niet',
  'cli.noSuchFileOrFolder': 'bestand of map bestaat niet',
  'cli.emptyFolder': '{folder}: geen .parlq- of .txt-bestanden in deze map',
  'cli.internalError': 'interne fout bij {file}: {reason}; het bestand is niet gecontroleerd',
  'cli.internalReadError': 'interne fout bij het lezen van {file}; het bestand is niet gecontroleerd',
  'cli.checkFailed': 'interne fout in {what} bij {file}: {reason}; het bestand is niet volledig gecontroleerd',
  'cli.readingFile': 'het lezen van het bestand',
  'cli.check': 'controle {code}',
  'cli.fixCount': '{count, plural, one {# {code}-bevinding} other {# {code}-bevindingen}}',
  'cli.wouldFix': '{file}: zou {what} corrigeren',
  'cli.fixed': '{file}: {what} gecorrigeerd',
  'cli.changedMeanwhile': '{file} is gewijzigd tijdens de controle; het is niet herschreven (opnieuw uitvoeren)',
  'cli.accepted': 'aanvaard {place} {code} ({reason}): {message}',
  'cli.stale': '{accepted}: verouderde regel voor {file} ({code}, vraag {question}, "{text}"): die bevinding bestaat niet meer; verwijder ze',
  'cli.rewritten': '{count, plural, one {# bestand herschreven} other {# bestanden herschreven}}',
  'cli.notQuestionPages':
    "{count, plural, one {# bestand is geen vraagpagina die parlq leest, er is dus niets in gecontroleerd: {files}} other {# bestanden zijn geen vraagpagina's die parlq leest, er is dus niets in gecontroleerd: {files}}}",
  'cli.tooManyWarnings': '{count, plural, one {# waarschuwing} other {# waarschuwingen}}, meer dan --max-warnings {max}',
  'cli.progress': '{done, number}/{total, number} bestanden gecontroleerd',
  'cli.summary':
    '{files, plural, one {# bestand gecontroleerd} other {# bestanden gecontroleerd}}: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {information, plural, one {# informatie} other {# informatie}}, {hints, plural, one {# hint} other {# hints}}',
  'cli.summaryAccepted':
    '{files, plural, one {# bestand gecontroleerd} other {# bestanden gecontroleerd}}: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}, {information, plural, one {# informatie} other {# informatie}}, {hints, plural, one {# hint} other {# hints}} ({accepted, number} aanvaard, niet meegeteld)',
  'cli.problems': '{count, plural, one {# probleem} other {# problemen}}: {summary}',
  'cli.notFullyChecked': 'niet volledig gecontroleerd',
  'cli.failedBecause': '{what} mislukt: {reason}',
  'cli.severity.error': 'fout',
  'cli.severity.warning': 'waarschuwing',
  'cli.severity.information': 'informatie',
  'cli.severity.hint': 'hint',
  'cli.sarifHelp': '{description} De ernst ervan wordt ingesteld met "parlq.severity.{code}" (error, warning, information, hint of off).',
  'cli.sarifFailure': '{what} mislukt bij {file}: {reason}; het bestand is niet volledig gecontroleerd.',
  'cli.githubMore': '{more} niet als annotaties getoond (de runner toont er {cap} van elke soort); "parlq check --format text" toont ze allemaal.',
  'cli.githubMoreKind': '{count, plural, one {# {kind} meer} other {# {kind} meer}}',
};
