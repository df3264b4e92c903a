/** Le catalogue en français : chaque clé d'en.ts, avec les mêmes paramètres. */
import type { MessageKey } from './en.js';

export const FR: Readonly<Record<MessageKey, string>> = {
  'lang.name': '{lang, select, fr {français} other {néerlandais}}',
  quoted: '« {text} »',
  'question.numbered': 'La question {number}',
  'question.unnumbered': 'La question',
  'space.any': 'une espace',
  'space.nbsp': 'une espace insécable',
  'space.nnbsp': 'une espace fine insécable',
  'counterpart.related': 'Le pendant {lang, select, fr {français} other {néerlandais}}',
  'fix.replaceWith': 'Remplacer par « {text} »',

  'check.duplicate-reference':
    "Un renvoi répété avec le même libellé et le même numéro : dans la même colonne, ou dans les deux colonnes dans une seule langue quand aucune n'est imprimée dans la langue de l'autre.",
  'check.self-reference': 'Une question qui cite son propre numéro parmi ses renvois.',
  'check.missing-answer':
    'Une question sans réponse, une administration qui répond point par point mais en saute un, ou un point de la question auquel aucune partie de la réponse ne répond.',
  'check.missing-counterpart':
    "Un élément français sans pendant néerlandais, ou l'inverse : une moitié de champ, un descripteur, un point, le bloc d'une administration, tout un texte.",
  'check.label-language': "Des libellés de la chronologie ou des renvois imprimés dans l'autre langue que leur colonne (des libellés néerlandais dans la colonne française).",
  'check.encoding-damage': 'Du texte passé une fois par un mauvais encodage (« FinanciÃ«n », « BelgiŽ », « CÚcile »), avec la réparation quand le dommage est connu.',
  'check.unrecognized-text': "Du texte qui n'entre pas dans la mise en page d'une question (hors de toute question, ou une ligne égarée dans l'en-tête).",
  'check.incomplete-page': "Le fichier s'arrête en chemin (au milieu d'une phrase, ou avant le texte de la question) : la suite n'est pas dans le fichier et n'a pas été vérifiée.",
  'check.not-a-question-page':
    "Le fichier n'est pas une page de question du Sénat (ni numéro de question, ni intitulé de question ou de réponse), ou sa mise en page n'est pas lue par parlq : rien n'y est vérifié.",
  'check.number-mismatch':
    'Un élément français et son pendant néerlandais ne donnent pas les mêmes chiffres (nombres, montants, dates, numéros de question), quelle que soit la façon dont chaque langue les écrit.',
  'check.numbering':
    "Des points numérotés qui répètent un numéro ou reviennent en arrière, dans l'une ou l'autre langue ; dans une question, des points qui sautent un numéro ou ne commencent pas à 1.",
  'check.typography':
    "Dans le texte courant : une espace avant « : ; ! ? » et à l'intérieur des « » en français et aucune avant eux en néerlandais, une double espace, un mot répété (« de de »), une parenthèse ou un guillemet non refermé.",
  'check.answer-overdue':
    "La réponse est venue après le délai, ou il n'y en a pas et le délai est passé : le délai imprimé dans la chronologie, sinon parlq.answerDeadlineWorkingDays jours ouvrables après l'envoi (sans les week-ends ni les jours fériés belges).",
  'check.untranslated':
    "Un paragraphe ou un point écrit dans la langue de l'autre colonne (du français resté dans la réponse néerlandaise), ou un élément français et son pendant néerlandais identiques (noms, sigles et chiffres exceptés).",
  'check.length-ratio':
    "Un élément français et son pendant néerlandais dont les longueurs diffèrent bien plus que ne l'explique le rapport français/néerlandais de la question (mesuré à la manière de Gale et Church) : une phrase a pu tomber de l'un d'eux.",
  'check.acronym-pair': "Le sigle d'une institution dans une version sans son pendant dans l'autre (SPF/FOD, SPP/POD, OE/DVZ, CGRA/CGVS, CCE/RvV…), en sigle ou en toutes lettres.",
  'check.terminology':
    "Selon le parlq.terms.json de l'espace de travail : un terme français de la liste dont le pendant néerlandais n'a pas le terme associé (ou l'inverse), et un terme à éviter, avec son remplacement comme correction.",

  'check.duplicate-question':
    "Deux fichiers de l'espace de travail contiennent le même numéro de question dans la même mise en page et la même langue (une page web française et une néerlandaise, ou une page web et la version imprimable, sont une question publiée deux fois, pas un doublon).",
  'check.asymmetric-reference':
    "Une question en cite une autre sous « Aussi posée à » (ou nomme sa réintroduction, son original) et le fichier de cette question, dans l'espace de travail, ne la cite pas en retour.",
  'check.dangling-reference':
    "Un renvoi vers un numéro de question qu'aucun fichier de l'espace de travail ne contient (désactivé par défaut : un espace de travail contient rarement toutes les questions que ses pages citent).",
  'duplicateQuestion.message':
    'La question {number} se trouve aussi dans {files} : {count, plural, one {deux fichiers portent} other {plusieurs fichiers portent}} le même numéro de question.',
  'duplicateQuestion.related': 'Question {number} dans {file}',
  'asymmetric.alsoAsked': 'La question {other} ({file}) ne cite pas la question {number} en retour : sa page devrait porter « {label} … {number} ».',
  'asymmetric.resubmission': 'La question {other} ({file}) ne nomme pas la question {number} : sa page devrait porter « {label} … {number} ».',
  'dangling.message': "Aucun fichier de l'espace de travail ne contient la question {number}.",
  'links.file': 'Ouvrir la question {number}',
  'links.senate': 'Ouvrir la question {number} sur le site du Sénat ({lang, select, fr {français} other {néerlandais}})',
  'lens.answered': 'Réponse reçue',
  'lens.answeredOn': 'Réponse reçue le {date, date}',
  'lens.answeredIn': 'Réponse reçue le {date, date}, en {days, plural, one {# jour ouvrable} other {# jours ouvrables}}{late, select, late { (en retard)} other {}}',
  'lens.open': 'Ouverte : pas encore de réponse',
  'lens.closed': 'Close sans réponse',
  'lens.lapsed': 'Caduque avec la législature',
  'lens.siblings':
    "{count, plural, one {Aussi posée comme # autre question} other {Aussi posée comme # autres questions}} : {answered, number} avec réponse, {open, number} sans réponse, {absent, number} hors de l'espace de travail",
  'duplicate.message': 'Renvoi en double « {reference} » : déjà cité à la ligne {line}.',
  'duplicate.related': 'Première mention ici : « {reference} »',
  'duplicate.fix': 'Supprimer le renvoi en double',
  'duplicate.fixAll': 'Supprimer les {count, number} renvois en double',
  'self.message': 'La question {number} se cite elle-même parmi ses renvois (« {reference} »).',
  'self.related': 'Le numéro de la question, {number}',

  'missingAnswer.none': "{question} n'a pas de réponse : aucun intitulé de réponse (« Réponse reçue le … : Antwoord ontvangen op … : ») ne la suit.",
  'missingAnswer.noneRecorded':
    "{question} n'a pas de réponse, alors que la chronologie note une réponse le {date, date} : aucun intitulé de réponse (« Réponse reçue le … : Antwoord ontvangen op … : ») ne la suit.",
  'missingAnswer.placeholder': "{question} n'a pas encore de texte de réponse : la réponse se lit « {text} ».",
  'missingAnswer.placeholderRecorded': "{question} n'a pas encore de texte de réponse : la réponse notée le {date, date} se lit « {text} ».",
  'missingAnswer.heading': "L'intitulé de la réponse",
  'missingAnswer.agency': 'Pas de réponse {n} en {lang, select, fr {français} other {néerlandais}} : « {agency} » ne répond pas à la question {n}.',
  'missingAnswer.agencyElsewhere':
    'Pas de réponse {n} en {lang, select, fr {français} other {néerlandais}} : « {agency} » ne répond pas à la question {n} (son pendant {other, select, fr {français} other {néerlandais}} « {counterpart} » y répond).',
  'missingAnswer.whole':
    'Pas de réponse {n} en {lang, select, fr {français} other {néerlandais}} : la réponse {lang, select, fr {française} other {néerlandaise}} ne traite pas la question {n}.',
  'missingAnswer.wholeElsewhere':
    'Pas de réponse {n} en {lang, select, fr {français} other {néerlandais}} : la réponse {lang, select, fr {française} other {néerlandaise}} ne traite pas la question {n} (la réponse {other, select, fr {française} other {néerlandaise}} la traite).',
  'missingAnswer.relatedQuestion': 'Question {n} : {text}',
  'missingAnswer.relatedAnswer': 'Réponse {lang, select, fr {française} other {néerlandaise}} {n} : {text}',

  'counterpart.fieldHalf': 'Pas de moitié {other, select, fr {française} other {néerlandaise}} pour le champ « {field} » : « {text} ».',
  'counterpart.descriptor':
    "Pas de pendant {other, select, fr {français} other {néerlandais}} pour le descripteur « {text} » : les deux listes de descripteurs n'ont pas la même longueur.",
  'counterpart.descriptorList': 'Pas de liste {other, select, fr {française} other {néerlandaise}} de descripteurs.',
  'counterpart.timelineColumn': 'Pas de colonne {other, select, fr {française} other {néerlandaise}} dans la chronologie.',
  'counterpart.timelineEvent': "Pas de pendant dans la colonne {other, select, fr {française} other {néerlandaise}} pour l'entrée de chronologie « {text} ».",
  'counterpart.referenceColumn': 'Pas de colonne {other, select, fr {française} other {néerlandaise}} de renvois.',
  'counterpart.crossReference': 'Pas de pendant dans la colonne {other, select, fr {française} other {néerlandaise}} pour le renvoi « {text} ».',
  'counterpart.questionPart': 'Pas de texte {other, select, fr {français} other {néerlandais}} de la question.',
  'counterpart.introParagraph': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour le paragraphe « {text} » de la question.',
  'counterpart.questionItem': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour le point {n} de la question.',
  'counterpart.answerPart': 'Pas de texte {other, select, fr {français} other {néerlandais}} de la réponse.',
  'counterpart.openingParagraph': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour le paragraphe « {text} » de la réponse.',
  'counterpart.agencyBlock':
    "Pas de pendant {other, select, fr {français} other {néerlandais}} pour la réponse de « {agency} » : aucun bloc d'administration {other, select, fr {français} other {néerlandais}} ne lui correspond.",
  'counterpart.agencyParagraph': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour le paragraphe « {text} » de « {agency} ».',
  'counterpart.agencyAnswerItem': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour la réponse {n} de « {agency} ».',
  'counterpart.answerItem': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour la réponse {n}.',
  'counterpart.piece': 'Pas de pendant {other, select, fr {français} other {néerlandais}} pour « {text} ».',
  'counterpart.singleLanguage':
    "{question} n'existe qu'en {lang, select, fr {français} other {néerlandais}} : le texte {other, select, fr {français} other {néerlandais}} manque partout ({count, plural, one {# élément} other {# éléments}}).",

  'labels.column':
    'La colonne {column, select, fr {française} other {néerlandaise}} {what, select, timeline {de la chronologie} other {des renvois}} porte des libellés {labels, select, fr {français} other {néerlandais}} ({list}, {count, plural, one {# entrée} other {# entrées}}).',
  'labels.columnWithFix':
    'La colonne {column, select, fr {française} other {néerlandaise}} {what, select, timeline {de la chronologie} other {des renvois}} porte des libellés {labels, select, fr {français} other {néerlandais}} ({list}, {count, plural, one {# entrée} other {# entrées}}) ; {fixCount, plural, one {le libellé {column, select, fr {français} other {néerlandais}} est} other {les libellés {column, select, fr {français} other {néerlandais}} sont}} {fixes}.',
  'labels.entry':
    'Libellé {labels, select, fr {français} other {néerlandais}} « {label} » dans la colonne {column, select, fr {française} other {néerlandaise}} {what, select, timeline {de la chronologie} other {des renvois}}.',
  'labels.entryWithFix':
    'Libellé {labels, select, fr {français} other {néerlandais}} « {label} » dans la colonne {column, select, fr {française} other {néerlandaise}} {what, select, timeline {de la chronologie} other {des renvois}} ; le libellé {column, select, fr {français} other {néerlandais}} est « {fix} ».',
  'labels.fixOne': 'Utiliser le libellé {lang, select, fr {français} other {néerlandais}} « {label} »',
  'labels.fixMany': 'Utiliser les libellés {lang, select, fr {français} other {néerlandais}} ({labels})',
  'labels.relabelOne': 'Utiliser le libellé {lang, select, fr {français} other {néerlandais}}',
  'labels.relabelMany':
    'Utiliser les libellés {lang, select, fr {français} other {néerlandais}} pour les {count, number} renvois de la colonne {lang, select, fr {française} other {néerlandaise}}',

  'encoding.repair': "Mauvais encodage : « {word} » ressemble à du {kind} ; c'était sans doute « {repaired} ».",
  'encoding.lost': 'Mauvais encodage : « {word} » a été décodé avec le mauvais encodage et un de ses octets est perdu : pas de réparation.',
  'encoding.kind.utf8AsWindows1252': 'texte UTF-8 lu en Windows-1252',
  'encoding.kind.latin1AsMacRoman': 'texte Latin-1 lu en Mac Roman',
  'encoding.kind.windows1252AsMacCentralEuropean': 'texte Windows-1252 lu en Mac Europe centrale',
  'encoding.kind.windows1252AsDos850': 'texte Windows-1252 lu en page de code DOS 850',

  'unrecognized.one': "Texte non reconnu comme partie d'une page de question : « {text} ».",
  'unrecognized.oneNoHeading': "Texte non reconnu comme partie d'une page de question : « {text} ». L'intitulé de la question (« Question n° … du … : ») manque-t-il au-dessus ?",
  'unrecognized.many': "Texte non reconnu comme partie d'une page de question ({count, number} paragraphes, lignes {from}-{to}), à partir de « {text} ».",
  'unrecognized.manyNoHeading':
    "Texte non reconnu comme partie d'une page de question ({count, number} paragraphes, lignes {from}-{to}), à partir de « {text} ». L'intitulé de la question (« Question n° … du … : ») manque-t-il au-dessus ?",

  'incomplete.message':
    "Le fichier s'arrête {where} (« …{words} ») : {count, plural, one {{missing} n'y figure pas} other {{missing} n'y figurent pas}} ; rien de ce qui suit n'a pu être vérifié.",
  'incomplete.beforeQuestion': 'avant le texte de la question',
  'incomplete.inQuestion': 'au milieu de la question',
  'incomplete.inAnswer': 'au milieu de la réponse',
  'incomplete.afterQuestion': 'après la question',
  'incomplete.afterAnswer': 'après la réponse',
  'incomplete.theQuestion': 'la question',
  'incomplete.theAnswer': 'la réponse',
  'incomplete.theAnswerRecorded': 'la réponse (notée dans la chronologie le {date, date})',
  'incomplete.rest': 'la suite de la {section, select, question {question} other {réponse}}',
  'incomplete.restIn': 'la suite de la {section, select, question {question} other {réponse}} {lang, select, fr {française} other {néerlandaise}}',
  'incomplete.other': 'la {section, select, question {question} other {réponse}} {lang, select, fr {française} other {néerlandaise}}',

  'foreign.layout': "Cette page est au format « {layout} », que parlq ne lit pas encore : rien n'y a été vérifié.",
  'foreign.none': "Ce fichier n'est pas une page de question du Sénat (il n'a ni numéro de question, ni intitulé de question ou de réponse) : rien n'y a été vérifié.",
  'layout.bilingual-print': 'version imprimable bilingue',
  'layout.bilingual-table': 'version imprimable bilingue copiée en tableau',
  'layout.print': 'version imprimable unilingue',
  'layout.web': 'page web unilingue',
  'layout.bulletin': 'Bulletin des Questions et Réponses',
  'layout.chamber': 'question écrite de la Chambre des représentants (vue QRVA)',
  'layout.none': 'pas une page de question',
  'layout.inLanguage': '{layout}, {lang, select, fr {français} other {néerlandais}}',

  'figures.both':
    'Les chiffres diffèrent du {there, select, fr {français} other {néerlandais}} (ligne {line}) : seulement en {here, select, fr {français} other {néerlandais}} : {own} ; seulement en {there, select, fr {français} other {néerlandais}} : {across}.',
  'figures.own':
    'Les chiffres diffèrent du {there, select, fr {français} other {néerlandais}} (ligne {line}) : seulement en {here, select, fr {français} other {néerlandais}} : {own}.',
  'figures.across':
    'Les chiffres diffèrent du {there, select, fr {français} other {néerlandais}} (ligne {line}) : seulement en {there, select, fr {français} other {néerlandais}} : {across}.',

  'numbering.where': 'la {section, select, question {question} other {réponse}} {lang, select, fr {française} other {néerlandaise}}',
  'numbering.start': "La numérotation commence à « {marker} » dans {where} : le point qui précède n'a pas de numéro, ou il manque.",
  'numbering.repeated': 'Numéro répété : « {marker} » suit « {previous} » (ligne {line}) dans {where}.',
  'numbering.back': 'La numérotation revient en arrière : « {marker} » suit « {previous} » (ligne {line}) dans {where}.',
  'numbering.skipsOne': 'La numérotation saute le numéro {missing} : « {marker} » suit « {previous} » (ligne {line}) dans {where}.',
  'numbering.skipsMany': 'La numérotation saute les numéros {from} à {to} : « {marker} » suit « {previous} » (ligne {line}) dans {where}.',
  'numbering.related': 'Le point précédent : « {marker} »',

  'typography.missingBefore': 'Espace manquante avant « {mark} » : le français y met {space}.',
  'typography.notWanted': "L'espace avant « {mark} » n'est pas {space}, comme le demande parlq.typography.frenchSpace.",
  'typography.dutch': "Espace avant « {mark} » : le néerlandais n'en met pas.",
  'typography.afterOpening': "Espace manquante après le guillemet ouvrant « : le français met {space} à l'intérieur des guillemets.",
  'typography.beforeClosing': "Espace manquante avant le guillemet fermant » : le français met {space} à l'intérieur des guillemets.",
  'typography.double': 'Double espace.',
  'typography.doubled': 'Mot répété : « {word} {word} ».',
  'typography.unpairedClose': "« {close} » sans pendant : aucun « {open} » ne l'ouvre.",
  'typography.unpairedOpen': '« {open} » sans pendant : aucun « {close} » ne le ferme.',
  'typography.fixInsertBefore': 'Insérer {space} avant « {mark} »',
  'typography.fixInsertAfter': 'Insérer {space} après « {mark} »',
  'typography.fixMake': 'En faire {space}',
  'typography.fixRemoveSpace': "Supprimer l'espace avant « {mark} »",
  'typography.fixOneSpace': "N'en garder qu'une espace",
  'typography.fixRemoveWord': 'Supprimer le second « {word} »',

  'overdue.deadlinePrinted': '{date, date} (imprimé dans la chronologie)',
  'overdue.deadlineComputed': "{date, date} ({days, plural, one {# jour ouvrable} other {# jours ouvrables}} après l'envoi, parlq.answerDeadlineWorkingDays)",
  'overdue.late':
    "Réponse tardive : le {answered, date}, {late, plural, one {# jour ouvrable} other {# jours ouvrables}} après le délai du {deadline} ; le {nth, selectordinal, one {#er} other {#e}} jour ouvrable après l'envoi du {sent, date}.",
  'overdue.none': 'Pas de réponse, {overdue, plural, one {# jour ouvrable} other {# jours ouvrables}} après le délai du {deadline}.',

  'untranslated.written': 'Écrit en {guess, select, fr {français} other {néerlandais}}, dans le texte {lang, select, fr {français} other {néerlandais}} : « {text} ».',
  'untranslated.same': "Même texte que son pendant {other, select, fr {français} other {néerlandais}} (ligne {line}) : « {text} » n'a pas été traduit.",
  'length.shorter':
    'Bien plus court que son pendant {other, select, fr {français} other {néerlandais}} (ligne {line}) : {short, number} caractères contre {long, number}, alors que les textes de cette question comptent {ratio, number, ::.00} caractères néerlandais pour un français ; une phrase manque peut-être.',
  'acronym.missing': 'Pas de « {wanted} » ici, alors que le texte {other, select, fr {français} other {néerlandais}} (ligne {line}) a « {acronym} ».',
  'terms.missing': 'Pas de « {wanted} » ici, alors que le texte {other, select, fr {français} other {néerlandais}} (ligne {line}) a « {has} » (parlq.terms.json).',
  'terms.avoid': '« {term} » est à éviter : utilisez « {use} » (parlq.terms.json).',

  'kind.document': 'document',
  'kind.question': 'question',
  'kind.trivia': 'blanc',
  'kind.unrecognized': 'texte non reconnu',
  'kind.rule': 'filet',
  'kind.field': 'champ',
  'kind.descriptors': 'descripteurs',
  'kind.descriptorList': 'liste de descripteurs',
  'kind.descriptor': 'descripteur',
  'kind.timeline': 'chronologie',
  'kind.timelineColumn': 'colonne de la chronologie',
  'kind.timelineEvent': 'entrée de la chronologie',
  'kind.crossReferences': 'renvois',
  'kind.referenceColumn': 'colonne de renvois',
  'kind.crossReference': 'renvoi',
  'kind.introParagraph': 'paragraphe de la question',
  'kind.questionItem': 'point de la question',
  'kind.questionItemNumbered': 'point {n} de la question',
  'kind.answer': 'réponse',
  'kind.openingParagraph': 'paragraphe de la réponse',
  'kind.agencyBlock': "bloc d'une administration",
  'kind.agencyHeading': 'administration',
  'kind.agencyParagraph': 'paragraphe',
  'kind.answerItem': 'point de la réponse',
  'kind.answerItemNumbered': 'réponse {n}',
  'kind.navigation': 'navigation',
  'kind.timelineHeading': 'titre de la chronologie',
  'kind.masthead': 'en-tête de page',
  'kind.ministerHeading': 'intitulé du ministre',
  'field.banner': "bandeau de l'assemblée",
  'field.session': 'session',
  'field.date': 'date',
  'field.number': 'numéro de la question',
  'field.author': 'auteur',
  'field.addressee': 'destinataire',
  'field.title': 'titre',
  'field.questionHeading': 'intitulé de la question',
  'field.answerHeading': 'intitulé de la réponse',

  'hover.question': 'Question {number}',
  'hover.questionUnnumbered': 'Question',
  'hover.askedIn': 'posée en {lang, select, fr {français} other {néerlandais}}',
  'hover.answerRecorded': 'réponse notée le {date, date}',
  'hover.closed': 'close sans réponse',
  'hover.deadline': 'Délai',
  'hover.timing': '{deadline, date} ({due}) ; {answered}.',
  'hover.duePrinted': "tel que la chronologie l'imprime",
  'hover.dueComputed': "{days, plural, one {# jour ouvrable} other {# jours ouvrables}} après l'envoi du {sent, date}",
  'hover.noAnswer': 'aucune réponse notée',
  'hover.answered': "réponse le {date, date}, le {nth, selectordinal, one {#er} other {#e}} jour ouvrable après l'envoi",
  'hover.answeredLate': "réponse le {date, date}, le {nth, selectordinal, one {#er} other {#e}} jour ouvrable après l'envoi (en retard)",
  'hover.original': 'original',
  'hover.translation': 'traduction',
  'hover.line': 'ligne {line}',

  'outline.header': 'En-tête',
  'outline.descriptors': 'Descripteurs',
  'outline.timeline': 'Chronologie',
  'outline.crossReferences': 'Renvois',
  'outline.question': 'Question',
  'outline.answer': 'Réponse',
  'outline.questionNumbered': 'Question {number}',
  'outline.empty': '(vide)',
  'outline.answers': '{count, plural, one {# réponse} other {# réponses}}',
  'outline.references': '{count, plural, one {# renvoi} other {# renvois}}',
  'outline.askedIn': 'posée en {lang, select, fr {français} other {néerlandais}}',
  'outline.original': 'original',
  'outline.translation': 'traduction',

  'service.tooLarge':
    'Ce document fait {size, number, ::.0} Mo, plus que les {limit, number} Mo fixés dans « parlq.maxDocumentSizeMB » : vérifications et survols y sont désactivés ; le plan et le pliage fonctionnent toujours.',
  'service.staleAccepted': "{file} accepte un constat {code} qui n'est plus là (question {question}, « {text} ») : supprimez l'entrée.",
  'server.acceptTitle': 'Accepter ce constat ({code})…',
  'server.acceptCommand': 'Accepter ce constat…',
  'server.acceptNoFolder': "Accepter un constat demande un dossier d'espace de travail sur disque : {file} est tenu à sa racine.",
  'server.acceptNoReason': 'Une raison est nécessaire : pourquoi cela peut-il être publié tel quel ?',
  'server.acceptGone': "Ce constat n'est plus signalé ici, ou le fichier n'est pas dans le dossier de l'espace de travail.",
  'server.acceptedBroken': "{file} a d'abord des problèmes à corriger : {problems}",
  'server.indexing': 'parlq : indexation des fichiers de questions',
  'server.checkingAll': 'parlq : vérification de tous les fichiers de questions',
  'server.indexed': '{done, number} sur {total, number}',
  'server.acceptFailed': "Impossible de l'enregistrer : {reason}",
  'server.configUnused': "{file} : pas utilisé tant qu'il n'est pas corrigé ; les réglages de l'éditeur et les valeurs par défaut s'appliquent.",

  'settings.problem': 'Le réglage « {setting} » {problem} ; valeur utilisée : {fallback}.',
  'settings.problemNoFallback': 'Le réglage « {setting} » {problem}.',
  'settings.inFile': '{source} : « {setting} » {problem}.',
  'settings.notObject': 'doit être un objet, et non {value}',
  'settings.notSeverityObject': 'doit être un objet vérification → gravité, et non {value}',
  'settings.noSuchCheck': 'ne nomme aucune vérification ; les vérifications sont {checks}',
  'settings.oneOf': 'doit valoir {allowed}, et non {value}',
  'settings.boolean': 'doit valoir true ou false, et non {value}',
  'settings.size': 'doit être un nombre supérieur à 0 et au plus 1000, et non {value}',
  'settings.workingDays': 'doit être un nombre entier de 1 à 250, et non {value}',
  'settings.defaults': 'les valeurs par défaut',
  'settings.severityDescription': 'Gravité de la vérification `{code}` : {description} `off` la désactive.',
  'config.notJson': '{source} : JSON non valide ({reason}).',
  'config.notObject': '{source} : doit être un objet JSON de réglages, comme « parlq.* » dans VS Code.',
  'config.unknownKey': "{source} : « {key} » n'est pas un réglage de parlq ; les réglages sont {keys}.",
  'config.unknownSubKey': "{source} : « {key}.{inner} » n'est pas un réglage de parlq ; « {key} » contient {keys}.",
  'config.termsFile': "{source} : « termsFile » doit être le chemin d'un fichier de termes, et non {value}.",
  'jsonFile.notJson': '{source} : JSON non valide ({reason}) ; {consequence}.',
  'jsonFile.notJsonPlain': '{source} : JSON non valide ({reason}).',
  'jsonFile.issue': '{source} : {path} : {problem} ; {consequence}.',
  'jsonFile.issuePlain': '{source} : {path} : {problem}',
  'jsonFile.topLevel': '(premier niveau)',
  'terms.unused': 'ses termes ne sont pas utilisés',
  'terms.empty': 'ne doit pas être vide',
  'accepted.noReason': 'une raison est nécessaire : pourquoi cela peut-il être publié tel quel ?',

  'cli.usage': `Utilisation : parlq check [options] FICHIER|DOSSIER...
              parlq export --format html [--locale LANGUE] FICHIER   (les deux colonnes alignées, en HTML)

Vérifie des fichiers de questions parlementaires bilingues. Dans un dossier, parlq
cherche les fichiers *.parlq et *.txt. Les réglages viennent du {config} le plus
proche au-dessus de chaque fichier (les mêmes réglages que « parlq.* » dans VS Code),
les termes du {terms} le plus proche, les constats acceptés du {accepted} le plus proche.

Options :
  --format FORMAT         {formats} (par défaut : stylish dans un terminal,
                          text sinon) ; --format=FORMAT fonctionne aussi
                            text     fichier:ligne:colonne gravité code message
                            stylish  groupé par fichier, en couleur dans un terminal
                            json     le rapport versionné (schemas/parlq-report.schema.json)
                            sarif    SARIF 2.1.0, pour les tableaux de bord d'analyse de code
                            github   annotations GitHub Actions
  --severity CODE=NIVEAU  change la gravité d'une vérification ({levels}) ;
                          peut être répété ; l'emporte sur la configuration
  --max-warnings N        échoue (statut 1) au-delà de N avertissements
  --quiet                 ne signale que les erreurs
  --config FICHIER        la configuration à utiliser pour chaque fichier
  --terms FICHIER         le fichier de termes à utiliser pour chaque fichier
  --show-accepted         liste aussi les constats acceptés (et les entrées périmées)
  --fix                   applique les corrections sûres ({fixes})
                          et signale ce qui reste
  --fix-dry-run           affiche les corrections sûres en diff unifié ; ne change rien
  --jobs N                fils de travail pour un grand dossier (par défaut : un par cœur)
  --locale LANGUE         la langue des messages : en, fr ou nl (par défaut : selon
                          LC_ALL, LC_MESSAGES ou LANG, sinon l'anglais)
  -h, --help              affiche cette aide
  -v, --version           affiche la version

Statut de sortie : 0 aucune erreur ; 1 des erreurs, ou plus d'avertissements que --max-warnings ;
2 mauvais usage, un chemin illisible ou un mauvais fichier de configuration, de termes ou de
constats acceptés ; 3 une erreur interne de parlq (un fichier n'a pas été entièrement vérifié).

Vérifications (code, gravité par défaut) :
{checks}
`,
  'cli.badSeverity': '--severity attend CODE=NIVEAU, CODE parmi {codes} et NIVEAU parmi {levels} ; reçu « {value} »',
  'cli.badFormat': '--format attend {formats} ; reçu « {value} »',
  'cli.badMaxWarnings': "--max-warnings attend un nombre entier d'avertissements, 0 ou plus ; reçu « {value} »",
  'cli.badJobs': '--jobs attend un nombre de fils de travail, 1 ou plus ; reçu « {value} »',
  'cli.badLocale': '--locale attend {locales} ; reçu « {value} »',
  'cli.noFile': 'aucun fichier à vérifier',
  'cli.exportUsage': 'export attend --format html et un fichier de question ; reçu {value}',
  'export.missing': 'manquant',
  'cli.fixConflict': '--fix et --fix-dry-run ne vont pas ensemble : --fix-dry-run montre ce que --fix écrirait',
  'cli.fixStdin': "--fix et --fix-dry-run demandent des fichiers, pas l'entrée standard",
  'cli.unknownCommand': 'commande inconnue « {command} »',
  'cli.cannotRead': 'impossible de lire {path} : {reason}',
  'cli.noSuchFile': 'fichier introuvable',
  'cli.noSuchFileOrFolder': 'fichier ou dossier introuvable',
  'cli.emptyFolder': '{folder} : aucun fichier .parlq ou .txt dans ce dossier',
  'cli.internalError': "erreur interne sur {file} : {reason} ; le fichier n'a pas été vérifié",
  'cli.internalReadError': "erreur interne en lisant {file} ; le fichier n'a pas été vérifié",
  'cli.checkFailed': "erreur interne dans {what} sur {file} : {reason} ; le fichier n'a pas été entièrement vérifié",
  'cli.readingFile': 'la lecture du fichier',
  'cli.check': 'la vérification {code}',
  'cli.fixCount': '{count, plural, one {# constat {code}} other {# constats {code}}}',
  'cli.wouldFix': '{file} : corrigerait {what}',
  'cli.fixed': '{file} : corrigé {what}',
  'cli.changedMeanwhile': "{file} a changé pendant sa vérification ; il n'a pas été réécrit (relancez)",
  'cli.accepted': 'accepté {place} {code} ({reason}) : {message}',
  'cli.stale': "{accepted} : entrée périmée pour {file} ({code}, question {question}, « {text} ») : ce constat n'existe plus ; supprimez-la",
  'cli.rewritten': '{count, plural, one {# fichier réécrit} other {# fichiers réécrits}}',
  'cli.notQuestionPages':
    "{count, plural, one {# fichier n'est pas une page de question que parlq lit, rien n'y a donc été vérifié : {files}} other {# fichiers ne sont pas des pages de question que parlq lit, rien n'y a donc été vérifié : {files}}}",
  'cli.tooManyWarnings': '{count, plural, one {# avertissement} other {# avertissements}}, plus que --max-warnings {max}',
  'cli.progress': '{done, number}/{total, number} fichiers vérifiés',
  'cli.summary':
    '{files, plural, one {# fichier vérifié} other {# fichiers vérifiés}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {information, plural, one {# information} other {# informations}}, {hints, plural, one {# suggestion} other {# suggestions}}',
  'cli.summaryAccepted':
    '{files, plural, one {# fichier vérifié} other {# fichiers vérifiés}} : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {information, plural, one {# information} other {# informations}}, {hints, plural, one {# suggestion} other {# suggestions}} ({accepted, plural, one {# accepté, non compté} other {# acceptés, non comptés}})',
  'cli.problems': '{count, plural, one {# problème} other {# problèmes}} : {summary}',
  'cli.notFullyChecked': 'pas entièrement vérifié',
  'cli.failedBecause': '{what} a échoué : {reason}',
  'cli.severity.error': 'erreur',
  'cli.severity.warning': 'avertissement',
  'cli.severity.information': 'information',
  'cli.severity.hint': 'suggestion',
  'cli.sarifHelp': '{description} Sa gravité se règle par « parlq.severity.{code} » (error, warning, information, hint ou off).',
  'cli.sarifFailure': "{what} a échoué sur {file} : {reason} ; le fichier n'a pas été entièrement vérifié.",
  'cli.githubMore': '{more} non affichés en annotations (le runner en affiche {cap} de chaque sorte) ; « parlq check --format text » les liste tous.',
  'cli.githubMoreKind': '{count, plural, one {# autre {kind}} other {# autres {kind}}}',
};
