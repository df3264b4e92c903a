/**
 * Every sentence parlq shows, in English: the source catalogue. fr.ts and nl.ts translate each key;
 * the compiler refuses a key missing from either, and a test refuses a placeholder that differs.
 * The syntax is ICU MessageFormat's (see format.ts). A language name is chosen by a select on its
 * code (`{lang, select, fr {French} other {Dutch}}`) so that each language can agree it.
 */
export const EN = {
  // Pieces of other messages.
  'lang.name': '{lang, select, fr {French} other {Dutch}}',
  quoted: '"{text}"',
  'question.numbered': 'Question {number}',
  'question.unnumbered': 'The question',
  'space.any': 'a space',
  'space.nbsp': 'a no-break space',
  'space.nnbsp': 'a narrow no-break space',
  'counterpart.related': 'The {lang, select, fr {French} other {Dutch}} counterpart',
  'fix.replaceWith': 'Replace with "{text}"',

  // The checks, as the settings, the README and the checker's help describe them.
  'check.duplicate-reference':
    "A cross-reference listed again with the same label and number: in the same column, or in both columns in one language when neither column is printed in the other's.",
  'check.self-reference': 'A question that lists its own number among its cross-references.',
  'check.missing-answer': 'A question with no answer, an agency that answers item by item but skips one, or a question item no part of the answer addresses.',
  'check.missing-counterpart': 'A French piece with no Dutch counterpart, or the reverse: a field half, a descriptor, an item, an agency block, a whole text.',
  'check.label-language': 'Timeline or cross-reference labels printed in the other language than their column (Dutch labels in the French column).',
  'check.encoding-damage': 'Text that went through a wrong encoding once ("FinanciÃ«n", "BelgiŽ", "CÚcile"), with the repair where the damage is known.',
  'check.unrecognized-text': 'Text that does not fit the layout of a question page (outside any question, or a stray line in the header).',
  'check.incomplete-page': 'The file stops part-way (mid-sentence, or before the question text): what would follow is not in the file and was not checked.',
  'check.not-a-question-page':
    'The file is not a Senate question page (no question number, question heading or answer heading), or is in a layout parlq does not read: nothing in it is checked.',
  'check.number-mismatch': 'A French piece and its Dutch counterpart do not give the same figures (numbers, amounts, dates, question numbers), however each language writes them.',
  'check.numbering': 'Numbered items that repeat a number or go back, in either language; in a question, items that skip a number or do not start at 1.',
  'check.typography':
    'In running text: a space before ": ; ! ?" and inside « » in French and none before them in Dutch, a double space, a doubled word ("de de"), an unbalanced bracket or quote.',
  'check.answer-overdue':
    'The answer came after the deadline, or there is none and the deadline has passed: the deadline the timeline prints, else parlq.answerDeadlineWorkingDays working days after sending (weekends and Belgian public holidays left out).',
  'check.untranslated':
    "A paragraph or item written in the other column's language (French left in the Dutch answer), or a French piece and its Dutch counterpart that are the same text (names, acronyms and figures excepted).",
  'check.length-ratio':
    "A French piece and its Dutch counterpart whose lengths differ far more than the question's own French/Dutch ratio explains (scored as Gale and Church do): a sentence may have fallen out of one.",
  'check.acronym-pair': "An institution's acronym in one version without its counterpart in the other (SPF/FOD, SPP/POD, OE/DVZ, CGRA/CGVS, CCE/RvV…), written out or not.",
  'check.terminology':
    "Against the workspace's parlq.terms.json: a listed French term whose Dutch counterpart lacks the paired term (or the reverse), and a term to avoid, with its replacement as the fix.",

  'check.duplicate-question':
    'Two files of the workspace hold the same question number in the same layout and language (a French web view and a Dutch one, or a web view and the printer version, are one question published twice, not a duplicate).',
  'check.asymmetric-reference':
    'A question lists another under "Ook gesteld aan" (or names its re-submission, its original) and that question\'s file, in the workspace, does not list it back.',
  'check.dangling-reference': 'A cross-reference to a question number no file of the workspace holds (off by default: a workspace rarely holds every question its pages cite).',

  // the checks across files
  'duplicateQuestion.message': 'Question {number} is also in {files}: {count, plural, one {two files hold} other {several files hold}} the same question number.',
  'duplicateQuestion.related': 'Question {number} in {file}',
  'asymmetric.alsoAsked': 'Question {other} ({file}) does not list question {number} back: its page should say "{label} … {number}".',
  'asymmetric.resubmission': 'Question {other} ({file}) does not name question {number}: its page should say "{label} … {number}".',
  'dangling.message': 'No file of the workspace holds question {number}.',

  // Navigation across files
  'links.file': 'Open question {number}',
  'links.senate': "Open question {number} on the Senate's site ({lang, select, fr {French} other {Dutch}})",
  'lens.answered': 'Answered',
  'lens.answeredOn': 'Answered on {date, date}',
  'lens.answeredIn': 'Answered on {date, date}, in {days, plural, one {# working day} other {# working days}}{late, select, late { (late)} other {}}',
  'lens.open': 'Open: no answer yet',
  'lens.closed': 'Closed without an answer',
  'lens.lapsed': 'Lapsed with the legislature',
  'lens.siblings':
    '{count, plural, one {Also asked as # other question} other {Also asked as # other questions}}: {answered, number} answered, {open, number} not answered, {absent, number} not in the workspace',

  // duplicate-reference, self-reference
  'duplicate.message': 'Duplicate cross-reference "{reference}": already listed on line {line}.',
  'duplicate.related': 'First listed here: "{reference}"',
  'duplicate.fix': 'Remove the duplicate cross-reference',
  'duplicate.fixAll': 'Remove all {count, number} duplicate cross-references',
  'self.message': 'Question {number} lists itself as a cross-reference ("{reference}").',
  'self.related': "The question's own number, {number}",

  // missing-answer
  'missingAnswer.none': '{question} has no answer: no answer heading ("Réponse reçue le … : Antwoord ontvangen op … :") follows it.',
  'missingAnswer.noneRecorded':
    '{question} has no answer although the timeline records an answer on {date, date}: no answer heading ("Réponse reçue le … : Antwoord ontvangen op … :") follows it.',
  'missingAnswer.placeholder': '{question} has no answer text yet: the answer reads "{text}".',
  'missingAnswer.placeholderRecorded': '{question} has no answer text yet: the answer recorded on {date, date} reads "{text}".',
  'missingAnswer.heading': 'The answer heading',
  'missingAnswer.agency': 'No {lang, select, fr {French} other {Dutch}} answer {n}: "{agency}" does not answer question {n}.',
  'missingAnswer.agencyElsewhere':
    'No {lang, select, fr {French} other {Dutch}} answer {n}: "{agency}" does not answer question {n} (its {other, select, fr {French} other {Dutch}} counterpart "{counterpart}" does).',
  'missingAnswer.whole': 'No {lang, select, fr {French} other {Dutch}} answer {n}: the {lang, select, fr {French} other {Dutch}} answer does not address question {n}.',
  'missingAnswer.wholeElsewhere':
    'No {lang, select, fr {French} other {Dutch}} answer {n}: the {lang, select, fr {French} other {Dutch}} answer does not address question {n} (the {other, select, fr {French} other {Dutch}} answer does).',
  'missingAnswer.relatedQuestion': 'Question {n}: {text}',
  'missingAnswer.relatedAnswer': '{lang, select, fr {French} other {Dutch}} answer {n}: {text}',

  // missing-counterpart: what is missing first, then which piece lacks it
  'counterpart.fieldHalf': 'No {other, select, fr {French} other {Dutch}} half for the {field} "{text}".',
  'counterpart.descriptor': 'No {other, select, fr {French} other {Dutch}} counterpart for descriptor "{text}": the two descriptor lists differ in length.',
  'counterpart.descriptorList': 'No {other, select, fr {French} other {Dutch}} list of descriptors.',
  'counterpart.timelineColumn': 'No {other, select, fr {French} other {Dutch}} column in the timeline.',
  'counterpart.timelineEvent': 'No counterpart in the {other, select, fr {French} other {Dutch}} column for timeline entry "{text}".',
  'counterpart.referenceColumn': 'No {other, select, fr {French} other {Dutch}} column of cross-references.',
  'counterpart.crossReference': 'No counterpart in the {other, select, fr {French} other {Dutch}} column for cross-reference "{text}".',
  'counterpart.questionPart': 'No {other, select, fr {French} other {Dutch}} text of the question.',
  'counterpart.introParagraph': 'No {other, select, fr {French} other {Dutch}} counterpart for paragraph "{text}" of the question.',
  'counterpart.questionItem': 'No {other, select, fr {French} other {Dutch}} counterpart for question item {n}.',
  'counterpart.answerPart': 'No {other, select, fr {French} other {Dutch}} text of the answer.',
  'counterpart.openingParagraph': 'No {other, select, fr {French} other {Dutch}} counterpart for paragraph "{text}" of the answer.',
  'counterpart.agencyBlock':
    'No {other, select, fr {French} other {Dutch}} counterpart for the answer of "{agency}": no {other, select, fr {French} other {Dutch}} agency block matches it.',
  'counterpart.agencyParagraph': 'No {other, select, fr {French} other {Dutch}} counterpart for paragraph "{text}" of "{agency}".',
  'counterpart.agencyAnswerItem': 'No {other, select, fr {French} other {Dutch}} counterpart for answer {n} of "{agency}".',
  'counterpart.answerItem': 'No {other, select, fr {French} other {Dutch}} counterpart for answer {n}.',
  'counterpart.piece': 'No {other, select, fr {French} other {Dutch}} counterpart for "{text}".',
  'counterpart.singleLanguage':
    '{question} is in {lang, select, fr {French} other {Dutch}} only: the {other, select, fr {French} other {Dutch}} text is missing throughout ({count, plural, one {# piece} other {# pieces}}).',

  // label-language
  'labels.column':
    'The {column, select, fr {French} other {Dutch}} column of the {what, select, timeline {timeline} other {cross-references}} has {labels, select, fr {French} other {Dutch}} labels ({list}, {count, plural, one {# entry} other {# entries}}).',
  'labels.columnWithFix':
    'The {column, select, fr {French} other {Dutch}} column of the {what, select, timeline {timeline} other {cross-references}} has {labels, select, fr {French} other {Dutch}} labels ({list}, {count, plural, one {# entry} other {# entries}}); the {column, select, fr {French} other {Dutch}} {fixCount, plural, one {label is} other {labels are}} {fixes}.',
  'labels.entry':
    '{labels, select, fr {French} other {Dutch}} label "{label}" in the {column, select, fr {French} other {Dutch}} column of the {what, select, timeline {timeline} other {cross-references}}.',
  'labels.entryWithFix':
    '{labels, select, fr {French} other {Dutch}} label "{label}" in the {column, select, fr {French} other {Dutch}} column of the {what, select, timeline {timeline} other {cross-references}}; the {column, select, fr {French} other {Dutch}} label is "{fix}".',
  'labels.fixOne': 'Use the {lang, select, fr {French} other {Dutch}} label "{label}"',
  'labels.fixMany': 'Use the {lang, select, fr {French} other {Dutch}} labels ({labels})',
  'labels.relabelOne': 'Use the {lang, select, fr {French} other {Dutch}} label',
  'labels.relabelMany': "Use the {lang, select, fr {French} other {Dutch}} labels for the {lang, select, fr {French} other {Dutch}} column's {count, number} cross-references",

  // encoding-damage
  'encoding.repair': 'Wrong encoding: "{word}" looks like {kind}; it was probably "{repaired}".',
  'encoding.lost': 'Wrong encoding: "{word}" was decoded with the wrong encoding, and a byte of it is lost: no repair.',
  'encoding.kind.utf8AsWindows1252': 'UTF-8 text read as Windows-1252',
  'encoding.kind.latin1AsMacRoman': 'Latin-1 text read as Mac Roman',
  'encoding.kind.windows1252AsMacCentralEuropean': 'Windows-1252 text read as Mac Central European',
  'encoding.kind.windows1252AsDos850': 'Windows-1252 text read as DOS code page 850',

  // unrecognized-text
  'unrecognized.one': 'Text not recognised as part of a question page: "{text}".',
  'unrecognized.oneNoHeading': 'Text not recognised as part of a question page: "{text}". Is the question heading ("Question n° … du … :") missing above it?',
  'unrecognized.many': 'Text not recognised as part of a question page ({count, number} paragraphs, lines {from}-{to}), from "{text}".',
  'unrecognized.manyNoHeading':
    'Text not recognised as part of a question page ({count, number} paragraphs, lines {from}-{to}), from "{text}". Is the question heading ("Question n° … du … :") missing above it?',

  // incomplete-page
  'incomplete.message':
    'The file stops {where} ("…{words}"): {count, plural, one {{missing} is not in the file and was not checked} other {{missing} are not in the file and were not checked}}.',
  'incomplete.beforeQuestion': 'before the question text',
  'incomplete.inQuestion': 'part-way through the question',
  'incomplete.inAnswer': 'part-way through the answer',
  'incomplete.afterQuestion': 'after the question',
  'incomplete.afterAnswer': 'after the answer',
  'incomplete.theQuestion': 'the question',
  'incomplete.theAnswer': 'the answer',
  'incomplete.theAnswerRecorded': 'the answer (recorded in the timeline on {date, date})',
  'incomplete.rest': 'the rest of the {section, select, question {question} other {answer}}',
  'incomplete.restIn': 'the rest of the {lang, select, fr {French} other {Dutch}} {section, select, question {question} other {answer}}',
  'incomplete.other': 'the {lang, select, fr {French} other {Dutch}} {section, select, question {question} other {answer}}',

  // not-a-question-page, and the layouts
  'foreign.layout': 'This is a {layout}, a layout parlq does not read yet: nothing in it was checked.',
  'foreign.none': 'This file is not a Senate question page (it has no question number, question heading or answer heading): nothing in it was checked.',
  'layout.bilingual-print': 'bilingual printer version',
  'layout.bilingual-table': 'bilingual printer version copied as a table',
  'layout.print': 'single-language printer version',
  'layout.web': 'single-language web view',
  'layout.bulletin': 'Bulletin of Questions and Answers',
  'layout.chamber': 'Chamber of Representatives written question (QRVA view)',
  'layout.none': 'not a question page',
  'layout.inLanguage': '{layout}, {lang, select, fr {French} other {Dutch}}',

  // number-mismatch
  'figures.both':
    'Figures differ from the {there, select, fr {French} other {Dutch}} (line {line}): only in the {here, select, fr {French} other {Dutch}}: {own}; only in the {there, select, fr {French} other {Dutch}}: {across}.',
  'figures.own': 'Figures differ from the {there, select, fr {French} other {Dutch}} (line {line}): only in the {here, select, fr {French} other {Dutch}}: {own}.',
  'figures.across': 'Figures differ from the {there, select, fr {French} other {Dutch}} (line {line}): only in the {there, select, fr {French} other {Dutch}}: {across}.',

  // numbering
  'numbering.where': 'the {lang, select, fr {French} other {Dutch}} {section, select, question {question} other {answer}}',
  'numbering.start': 'Numbering starts at "{marker}" in {where}: the item before it has no number, or is missing.',
  'numbering.repeated': 'Number repeated: "{marker}" follows "{previous}" (line {line}) in {where}.',
  'numbering.back': 'Numbering goes back: "{marker}" follows "{previous}" (line {line}) in {where}.',
  'numbering.skipsOne': 'Numbering skips number {missing}: "{marker}" follows "{previous}" (line {line}) in {where}.',
  'numbering.skipsMany': 'Numbering skips numbers {from} to {to}: "{marker}" follows "{previous}" (line {line}) in {where}.',
  'numbering.related': 'The item before: "{marker}"',

  // typography
  'typography.missingBefore': 'Missing space before "{mark}": French puts {space} there.',
  'typography.notWanted': 'The space before "{mark}" is not {space}, as parlq.typography.frenchSpace asks.',
  'typography.dutch': 'Space before "{mark}": Dutch puts none there.',
  'typography.afterOpening': 'Missing space after "«": French puts {space} inside guillemets.',
  'typography.beforeClosing': 'Missing space before "»": French puts {space} inside guillemets.',
  'typography.double': 'Double space.',
  'typography.doubled': 'Doubled word: "{word} {word}".',
  'typography.unpairedClose': 'Unpaired "{close}": no "{open}" opens it.',
  'typography.unpairedOpen': 'Unpaired "{open}": no "{close}" closes it.',
  'typography.fixInsertBefore': 'Insert {space} before "{mark}"',
  'typography.fixInsertAfter': 'Insert {space} after "{mark}"',
  'typography.fixMake': 'Make it {space}',
  'typography.fixRemoveSpace': 'Remove the space before "{mark}"',
  'typography.fixOneSpace': 'Make it one space',
  'typography.fixRemoveWord': 'Remove the second "{word}"',

  // answer-overdue
  'overdue.deadlinePrinted': '{date, date} (printed in the timeline)',
  'overdue.deadlineComputed': '{date, date} ({days, plural, one {# working day} other {# working days}} after sending, parlq.answerDeadlineWorkingDays)',
  'overdue.late':
    'Answered late: on {answered, date}, {late, plural, one {# working day} other {# working days}} after the deadline of {deadline}; the {nth, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} working day after sending on {sent, date}.',
  'overdue.none': 'No answer, {overdue, plural, one {# working day} other {# working days}} after the deadline of {deadline}.',

  // untranslated, length-ratio, acronym-pair, terminology
  'untranslated.written': 'Written in {guess, select, fr {French} other {Dutch}}, in the {lang, select, fr {French} other {Dutch}} text: "{text}".',
  'untranslated.same': 'Same text as its {other, select, fr {French} other {Dutch}} counterpart (line {line}): "{text}" was not translated.',
  'length.shorter':
    "Much shorter than its {other, select, fr {French} other {Dutch}} counterpart (line {line}): {short, number} characters against {long, number}, where this question's texts run {ratio, number, ::.00} Dutch characters to one French; a sentence may be missing.",
  'acronym.missing': 'No "{wanted}" here where the {other, select, fr {French} other {Dutch}} text (line {line}) has "{acronym}".',
  'terms.missing': 'No "{wanted}" here where the {other, select, fr {French} other {Dutch}} text (line {line}) has "{has}" (parlq.terms.json).',
  'terms.avoid': '"{term}" is to be avoided: use "{use}" (parlq.terms.json).',

  // What the pieces of a page are called (hover, outline, messages).
  'kind.document': 'document',
  'kind.question': 'question',
  'kind.trivia': 'blank',
  'kind.unrecognized': 'unrecognised text',
  'kind.rule': 'rule',
  'kind.field': 'field',
  'kind.descriptors': 'descriptors',
  'kind.descriptorList': 'descriptor list',
  'kind.descriptor': 'descriptor',
  'kind.timeline': 'timeline',
  'kind.timelineColumn': 'timeline column',
  'kind.timelineEvent': 'timeline entry',
  'kind.crossReferences': 'cross-references',
  'kind.referenceColumn': 'cross-reference column',
  'kind.crossReference': 'cross-reference',
  'kind.introParagraph': 'paragraph of the question',
  'kind.questionItem': 'question item',
  'kind.questionItemNumbered': 'question item {n}',
  'kind.answer': 'answer',
  'kind.openingParagraph': 'paragraph of the answer',
  'kind.agencyBlock': 'agency block',
  'kind.agencyHeading': 'agency',
  'kind.agencyParagraph': 'paragraph',
  'kind.answerItem': 'answer item',
  'kind.answerItemNumbered': 'answer item {n}',
  'kind.navigation': 'navigation',
  'kind.timelineHeading': 'timeline heading',
  'kind.masthead': 'masthead',
  'kind.ministerHeading': 'minister heading',
  'field.banner': 'house banner',
  'field.session': 'session',
  'field.date': 'date',
  'field.number': 'question number',
  'field.author': 'author',
  'field.addressee': 'addressee',
  'field.title': 'title',
  'field.questionHeading': 'question heading',
  'field.answerHeading': 'answer heading',

  // Hover
  'hover.question': 'Question {number}',
  'hover.questionUnnumbered': 'Question',
  'hover.askedIn': 'asked in {lang, select, fr {French} other {Dutch}}',
  'hover.answerRecorded': 'answer recorded on {date, date}',
  'hover.closed': 'closed without an answer',
  'hover.deadline': 'Deadline',
  'hover.timing': '{deadline, date} ({due}); {answered}.',
  'hover.duePrinted': 'as the timeline prints it',
  'hover.dueComputed': '{days, plural, one {# working day} other {# working days}} after sending on {sent, date}',
  'hover.noAnswer': 'no answer recorded',
  'hover.answered': 'answered on {date, date}, the {nth, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} working day after sending',
  'hover.answeredLate': 'answered on {date, date}, the {nth, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} working day after sending (late)',
  'hover.original': 'original',
  'hover.translation': 'translation',
  'hover.line': 'line {line}',

  // Outline
  'outline.header': 'Header',
  'outline.descriptors': 'Descriptors',
  'outline.timeline': 'Timeline',
  'outline.crossReferences': 'Cross-references',
  'outline.question': 'Question',
  'outline.answer': 'Answer',
  'outline.questionNumbered': 'Question {number}',
  'outline.empty': '(empty)',
  'outline.answers': '{count, plural, one {# answer} other {# answers}}',
  'outline.references': '{count, plural, one {# cross-reference} other {# cross-references}}',
  'outline.askedIn': 'asked in {lang, select, fr {French} other {Dutch}}',
  'outline.original': 'original',
  'outline.translation': 'translation',

  // The service and the server
  'service.tooLarge':
    'This document is {size, number, ::.0} MB, above the {limit, number} MB set in "parlq.maxDocumentSizeMB": checks and hovers are off for it; the outline and folding still work.',
  'service.staleAccepted': '{file} accepts a {code} finding that is no longer here (question {question}, "{text}"): remove the entry.',
  'server.acceptTitle': 'Accept this finding ({code})…',
  'server.acceptCommand': 'Accept this finding…',
  'server.acceptNoFolder': 'Accepting a finding needs a workspace folder on disk: {file} is kept at its root.',
  'server.acceptNoReason': 'A reason is needed: why may this be published as it is?',
  'server.acceptGone': 'That finding is no longer reported here, or the file is not in the workspace folder.',
  'server.acceptedBroken': '{file} has problems to mend first: {problems}',
  'server.indexing': 'parlq: indexing question files',
  'server.checkingAll': 'parlq: checking every question file',
  'server.indexed': '{done, number} of {total, number}',
  'server.acceptFailed': 'Could not record it: {reason}',
  'server.configUnused': "{file}: not used until it is mended; the editor's settings and the defaults apply.",

  // Settings, as the editor and parlq.config.json are told of a bad value
  'settings.problem': 'Setting "{setting}" {problem}; using {fallback}.',
  'settings.problemNoFallback': 'Setting "{setting}" {problem}.',
  'settings.inFile': '{source}: "{setting}" {problem}.',
  'settings.notObject': 'must be an object, not {value}',
  'settings.notSeverityObject': 'must be an object of check → severity, not {value}',
  'settings.noSuchCheck': 'names no check; the checks are {checks}',
  'settings.oneOf': 'must be one of {allowed}, not {value}',
  'settings.boolean': 'must be true or false, not {value}',
  'settings.size': 'must be a number above 0 and at most 1000, not {value}',
  'settings.workingDays': 'must be a whole number from 1 to 250, not {value}',
  'settings.defaults': 'the defaults',
  'settings.severityDescription': 'Severity of the `{code}` check: {description} `off` disables it.',
  'config.notJson': '{source}: not valid JSON ({reason}).',
  'config.notObject': '{source}: must be a JSON object of settings, as "parlq.*" in VS Code.',
  'config.unknownKey': '{source}: "{key}" is not a parlq setting; the settings are {keys}.',
  'config.unknownSubKey': '{source}: "{key}.{inner}" is not a parlq setting; "{key}" holds {keys}.',
  'config.termsFile': '{source}: "termsFile" must be the path of a term file, not {value}.',
  'jsonFile.notJson': '{source}: not valid JSON ({reason}); {consequence}.',
  'jsonFile.notJsonPlain': '{source}: not valid JSON ({reason}).',
  'jsonFile.issue': '{source}: {path}: {problem}; {consequence}.',
  'jsonFile.issuePlain': '{source}: {path}: {problem}',
  'jsonFile.topLevel': '(top level)',
  'terms.unused': 'its terms are not used',
  'terms.empty': 'must not be empty',
  'accepted.noReason': 'a reason is needed: why may this be published as it is?',

  // The checker
  'cli.usage': `Usage: parlq check [options] FILE|FOLDER...
       parlq export --format html [--locale LOCALE] FILE   (the two columns aligned, as HTML)

Checks bilingual parliamentary question files. A folder is searched for *.parlq and
*.txt files. Settings come from the nearest {config} above each file (the same
settings as VS Code's "parlq.*"), terms from the nearest {terms}, accepted
findings from the nearest {accepted}.

Options:
  --format FORMAT         {formats} (default: stylish on a terminal,
                          text otherwise); --format=FORMAT also works
                            text     file:line:column severity code message
                            stylish  grouped per file, in colour on a terminal
                            json     the versioned report (schemas/parlq-report.schema.json)
                            sarif    SARIF 2.1.0, for code-scanning dashboards
                            github   GitHub Actions annotations
  --severity CODE=LEVEL   change one check's severity ({levels});
                          may be repeated; wins over the configuration
  --max-warnings N        fail (exit 1) when there are more than N warnings
  --quiet                 report errors only
  --config FILE           the configuration to use for every file
  --terms FILE            the term file to use for every file
  --show-accepted         list the accepted findings (and stale entries) too
  --fix                   apply the safe fixes ({fixes})
                          and report what is left
  --fix-dry-run           print the safe fixes as a unified diff; change nothing
  --jobs N                worker threads for a large folder (default: one a core)
  --locale LOCALE         the language of the messages: en, fr or nl (default: from
                          LC_ALL, LC_MESSAGES or LANG, else English)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 bad usage, an unreadable path or a bad configuration, term or accepted file;
3 an internal error in parlq (a file was not fully checked).

Checks (code, default severity):
{checks}
`,
  'cli.badSeverity': '--severity takes CODE=LEVEL with CODE one of {codes} and LEVEL one of {levels}; got "{value}"',
  'cli.badFormat': '--format takes one of {formats}; got "{value}"',
  'cli.badMaxWarnings': '--max-warnings takes a whole number of warnings, 0 or more; got "{value}"',
  'cli.badJobs': '--jobs takes a number of worker threads, 1 or more; got "{value}"',
  'cli.badLocale': '--locale takes one of {locales}; got "{value}"',
  'cli.noFile': 'no file to check',
  'cli.exportUsage': 'export takes --format html and one question file; got {value}',
  'export.missing': 'missing',
  'cli.fixConflict': '--fix and --fix-dry-run do not go together: --fix-dry-run shows what --fix would write',
  'cli.fixStdin': '--fix and --fix-dry-run need files, not standard input',
  'cli.unknownCommand': 'unknown command "{command}"',
  'cli.cannotRead': 'cannot read {path}: {reason}',
  'cli.noSuchFile': 'no such file',
  'cli.noSuchFileOrFolder': 'no such file or folder',
  'cli.emptyFolder': '{folder}: no .parlq or .txt files in this folder',
  'cli.internalError': 'internal error on {file}: {reason}; the file was not checked',
  'cli.internalReadError': 'internal error reading {file}; the file was not checked',
  'cli.checkFailed': 'internal error in {what} on {file}: {reason}; the file was not fully checked',
  'cli.readingFile': 'reading the file',
  'cli.check': 'check {code}',
  'cli.fixCount': '{count, plural, one {# {code} finding} other {# {code} findings}}',
  'cli.wouldFix': '{file}: would fix {what}',
  'cli.fixed': '{file}: fixed {what}',
  'cli.changedMeanwhile': '{file} changed while it was being checked; it was not rewritten (run again)',
  'cli.accepted': 'accepted {place} {code} ({reason}): {message}',
  'cli.stale': '{accepted}: stale entry for {file} ({code}, question {question}, "{text}"): no such finding any more; remove it',
  'cli.rewritten': '{count, plural, one {# file rewritten} other {# files rewritten}}',
  'cli.notQuestionPages':
    '{count, plural, one {# file is not a question page parlq reads, so nothing in it was checked: {files}} other {# files are not question pages parlq reads, so nothing in them was checked: {files}}}',
  'cli.tooManyWarnings': '{count, plural, one {# warning} other {# warnings}}, more than --max-warnings {max}',
  'cli.progress': '{done, number}/{total, number} files checked',
  'cli.summary':
    '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {information, number} information, {hints, plural, one {# hint} other {# hints}}',
  'cli.summaryAccepted':
    '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {information, number} information, {hints, plural, one {# hint} other {# hints}} ({accepted, number} accepted, not counted)',
  'cli.problems': '{count, plural, one {# problem} other {# problems}}: {summary}',
  'cli.notFullyChecked': 'not fully checked',
  'cli.failedBecause': '{what} failed: {reason}',
  'cli.severity.error': 'error',
  'cli.severity.warning': 'warning',
  'cli.severity.information': 'information',
  'cli.severity.hint': 'hint',
  'cli.sarifHelp': '{description} Its severity is set by "parlq.severity.{code}" (error, warning, information, hint or off).',
  'cli.sarifFailure': '{what} failed on {file}: {reason}; the file was not fully checked.',
  'cli.githubMore': '{more} not shown as annotations (the runner shows {cap} of each kind); "parlq check --format text" lists them all.',
  'cli.githubMoreKind': '{count, plural, one {# more {kind}} other {# more {kind}s}}',
} as const;

export type MessageKey = keyof typeof EN;
