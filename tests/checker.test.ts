/**
 * The checker as a publication pipeline uses it: its formats (stylish, text, json, sarif, github),
 * the configuration file, accepted exceptions, --max-warnings and --fix.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeGithubData, escapeGithubProperty } from '../server/src/cli/formats.js';
import { replaceFile } from '../server/src/cli/files.js';
import { main } from '../server/src/cli/main.js';
import { jsonReportSchema, reportJsonSchema } from '../server/src/cli/report.js';
import { LIST_TWICE, ROOT, SAMPLE, WORKSPACE_FILES, fixture } from './helpers.js';

const SAMPLE_FILE = 'seeds/000_797443ed2065d84d.txt';
const ESC = '\u001b';

function parlq(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'parlq.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    // The messages' language comes from the environment: English here unless a test says otherwise.
    env: { ...process.env, LC_ALL: 'C', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The checker in this process, as on a terminal (stylish, colours) or not. */
async function inProcess(args: string[], interactive: boolean, env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line), interactive, env, cwd: ROOT });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

/** A folder of question files: the sample, a real web-view page, a file that is no question page. */
function fixtureFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'parlq-checker-'));
  writeFileSync(join(folder, 'sample.parlq'), SAMPLE);
  mkdirSync(join(folder, 'web'));
  writeFileSync(join(folder, 'web', 'page.txt'), readFileSync(join(ROOT, 'tests', 'fixtures', 'real', '05_sv7-1902_fr_html.txt'), 'utf8'));
  writeFileSync(join(folder, 'run-together.parlq'), fixture('run-together.parlq'));
  return folder;
}

describe('formats', () => {
  it('is stylish on a terminal, in colour unless NO_COLOR is set, and text when piped', async () => {
    const terminal = await inProcess(['check', SAMPLE_FILE], true);
    expect(terminal.stdout).toContain(`${ESC}[4mseeds/000_797443ed2065d84d.txt${ESC}[0m`);
    expect(terminal.stdout).toContain(
      `  133:1   ${ESC}[31merror      ${ESC}[0m No French answer 4: "Service public de programmation (SPP) Intégration Sociale" does not answer question 4`,
    );
    // What each finding points at, under it.
    expect(terminal.stdout).toContain('↳ 84:1 Question 4: 4) A-t-on enregistré');
    expect(terminal.stdout.split('\n').at(-1)).toMatch(/✖.* 6 problems: 1 file checked: 1 error, 4 warnings, 1 information, 0 hints$/);
    const plain = await inProcess(['check', SAMPLE_FILE], true, { NO_COLOR: '1' });
    expect(plain.stdout).not.toContain(`${ESC}[`);
    expect(plain.stdout).toContain('  133:1   error       No French answer 4: "Service public de programmation');
    const piped = parlq(['check', SAMPLE_FILE]);
    expect(piped.stdout.split('\n')[0]).toMatch(/^seeds\/000_797443ed2065d84d\.txt:30:1 warning label-language /);
  });

  it('writes JSON that its zod schema accepts, with 1-based locations beside the LSP ranges, and publishes that schema', () => {
    const folder = fixtureFolder();
    const { stdout } = parlq(['check', '--format', 'json', folder]);
    const report = jsonReportSchema.parse(JSON.parse(stdout));
    expect(report.files.map((file) => file.file.slice(folder.length + 1))).toEqual(['run-together.parlq', 'sample.parlq', 'web/page.txt']);
    expect(report.summary).toMatchObject({ files: 3 });
    for (const file of report.files)
      for (const finding of file.findings) {
        expect(finding.location).toEqual({
          line: finding.range.start.line + 1,
          column: finding.range.start.character + 1,
          endLine: finding.range.end.line + 1,
          endColumn: finding.range.end.character + 1,
        });
      }
    const published = JSON.parse(readFileSync(join(ROOT, 'schemas', 'parlq-report.schema.json'), 'utf8'));
    expect(published, 'schemas/parlq-report.schema.json is out of date: run node scripts/report-schema.mjs after a build').toEqual(reportJsonSchema());
  });

  it('gives each finding a fingerprint that survives edits elsewhere in the file', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-fingerprints-'));
    const fingerprints = (text: string) => {
      writeFileSync(join(folder, 'q.parlq'), text);
      const report = jsonReportSchema.parse(JSON.parse(parlq(['check', '--format', 'json', join(folder, 'q.parlq')]).stdout));
      return report.files[0]!.findings.map((finding) => `${finding.code} ${finding.fingerprint}`);
    };
    const before = fingerprints(SAMPLE);
    expect(new Set(before).size).toBe(before.length);
    // Lines added above most findings and a word changed below them: every finding moves, none changes its fingerprint.
    const edited = SAMPLE.replace('1) Les SPF', '\n\n\n1) Les SPF').replace('sociale media', 'sociale media\n').replace('Fedasil', 'FEDASIL');
    expect(edited).not.toBe(SAMPLE);
    expect(fingerprints(edited)).toEqual(before);
  });

  it('writes SARIF 2.1.0 that the SARIF Multitool validates, with stable fingerprints and related locations', () => {
    const folder = fixtureFolder();
    const run = () => parlq(['check', '--format', 'sarif', SAMPLE_FILE, folder]);
    const first = run();
    const sarif = JSON.parse(first.stdout);
    expect(sarif.version).toBe('2.1.0');
    const [sarifRun] = sarif.runs;
    expect(sarifRun.columnKind).toBe('utf16CodeUnits');
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('number-mismatch');
    const missing = sarifRun.results.find((result: { ruleId: string }) => result.ruleId === 'missing-answer');
    expect(missing.locations[0].physicalLocation.region).toEqual({ startLine: 133, startColumn: 1, endLine: 133, endColumn: 58 });
    expect(missing.relatedLocations.map((related: { physicalLocation: { region: { startLine: number } } }) => related.physicalLocation.region.startLine)).toEqual([84, 179]);
    expect(JSON.parse(run().stdout).runs[0].results.map((result: { partialFingerprints: unknown }) => result.partialFingerprints)).toEqual(
      sarifRun.results.map((result: { partialFingerprints: unknown }) => result.partialFingerprints),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'parlq-sarif-')), 'parlq.sarif');
    writeFileSync(file, first.stdout);
    const tool = join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');
    if (!existsSync(tool)) throw new Error(`the SARIF Multitool is not installed at ${tool} (npm ci installs it)`);
    try {
      accessSync(tool, constants.X_OK);
    } catch {
      chmodSync(tool, 0o755); // its package makes it executable in a postinstall script, which npm may not run
    }
    const validation = spawnSync(tool, ['validate', file], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(validation.status, validation.stdout + validation.stderr).toBe(0);
    expect(validation.stdout).toContain('Analysis completed successfully');
    expect(validation.stdout).not.toMatch(/: error /);
  }, 120_000);

  it('writes GitHub workflow commands escaped as the runner reads them, ten of each kind, then how many more', () => {
    expect(escapeGithubData('100% sure\r\nnext')).toBe('100%25 sure%0D%0Anext');
    expect(escapeGithubProperty('a,b:c%')).toBe('a%2Cb%3Ac%25');
    const folder = mkdtempSync(join(tmpdir(), 'parlq-github-'));
    writeFileSync(join(folder, 'twice.parlq'), LIST_TWICE);
    const { stdout } = parlq(['check', '--format', 'github', 'twice.parlq'], { cwd: folder });
    const lines = stdout.trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('::error '));
    expect(errors).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(3);
    expect(errors[0]).toBe(
      '::error file=twice.parlq,line=71,endLine=71,col=1,endColumn=45,title=parlq duplicate-reference::Duplicate cross-reference "Ook gesteld aan : schriftelijke vraag 5-8900": already listed on line 53.',
    );
    expect(lines).toContain('parlq: 9 more errors not shown as annotations (the runner shows 10 of each kind); "parlq check --format text" lists them all.');
    // Every command is one line whose properties hold no raw ":" or ",".
    for (const line of lines.filter((candidate) => candidate.startsWith('::'))) {
      const properties = /^::(?:error|warning|notice) ([^:]*)::/.exec(line)?.[1] ?? '';
      for (const property of properties.split(',')) expect(property).toMatch(/^(file|line|endLine|col|endColumn|title)=[^,:]*$/);
    }
  });
});

describe('configuration', () => {
  it('reads the nearest parlq.config.json above each file, as VS Code settings; the flags win over it', () => {
    const folder = fixtureFolder();
    writeFileSync(
      join(folder, 'parlq.config.json'),
      JSON.stringify({ severity: { 'duplicate-reference': 'off', 'missing-answer': 'warning' }, typography: { frenchSpace: 'nbsp' } }),
    );
    const configured = parlq(['check', join(folder, 'sample.parlq')]);
    expect(configured.status).toBe(0);
    expect(configured.stdout).not.toContain('duplicate-reference');
    expect(configured.stdout).toMatch(/sample\.parlq:133:1 warning missing-answer /);
    const flagged = parlq(['check', '--severity', 'missing-answer=error', join(folder, 'sample.parlq')]);
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).not.toContain('duplicate-reference');
  });

  it('stops with the usage status on a bad configuration, naming the file and the bad key', () => {
    const folder = fixtureFolder();
    const config = join(folder, 'parlq.config.json');
    for (const [content, expected] of [
      [{ severity: { typography: 'loud' } }, `${config}: "severity.typography" must be one of error, warning, information, hint, off, not "loud".`],
      [{ severty: {} }, `${config}: "severty" is not a parlq setting`],
      [{ typography: { frenchspace: 'nbsp' } }, `${config}: "typography.frenchspace" is not a parlq setting; "typography" holds frenchSpace.`],
      [{ answerDeadlineWorkingDays: 0 }, `${config}: "answerDeadlineWorkingDays" must be a whole number from 1 to 250, not 0.`],
      ['{ not json', `${config}: not valid JSON`],
    ] as const) {
      writeFileSync(config, typeof content === 'string' ? content : JSON.stringify(content));
      const result = parlq(['check', join(folder, 'sample.parlq')]);
      expect(result.status, JSON.stringify(content)).toBe(2);
      expect(result.stderr).toContain(`parlq: ${expected}`);
      expect(result.stdout).toBe('');
    }
  });

  it('fails with more warnings than --max-warnings, and not with as many', () => {
    const args = ['check', '--severity', 'duplicate-reference=off', '--severity', 'missing-answer=off', SAMPLE_FILE];
    expect(parlq([...args, '--max-warnings', '4']).status).toBe(0);
    const over = parlq([...args, '--max-warnings', '3']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('parlq: 4 warnings, more than --max-warnings 3');
    expect(parlq([...args, '--max-warnings', 'many']).status).toBe(2);
  });
});

describe('accepted findings', () => {
  it('leaves an accepted finding out of the failures, lists it with --show-accepted, and says when an entry is stale', () => {
    const folder = fixtureFolder();
    const json = (args: string[]) => jsonReportSchema.parse(JSON.parse(parlq(['check', '--format', 'json', ...args]).stdout));
    const typography = json([join(folder, 'sample.parlq')]).files[0]!.findings.find((finding) => finding.code === 'typography')!;
    const entry = { file: 'sample.parlq', code: 'typography', question: '5-8916', fingerprint: typography.fingerprint, reason: 'As in the original.', text: 'aandacht ?' };
    const stale = { ...entry, code: 'typography', fingerprint: '0123456789abcdef', text: 'gone' };
    writeFileSync(join(folder, 'parlq-accepted.json'), JSON.stringify({ version: 1, accepted: [entry, stale] }));
    const report = json([join(folder, 'sample.parlq')]);
    expect(report.files[0]!.findings.map((finding) => finding.fingerprint)).not.toContain(typography.fingerprint);
    expect(report.files[0]!.accepted).toMatchObject([{ code: 'typography', fingerprint: typography.fingerprint, reason: 'As in the original.' }]);
    expect(report.summary.warning).toBe(3);
    const listed = parlq(['check', '--show-accepted', join(folder, 'sample.parlq')]);
    expect(listed.stderr).toMatch(/parlq: accepted .*sample\.parlq:\d+:\d+ typography \(As in the original\.\)/);
    expect(listed.stderr).toContain(`parlq-accepted.json: stale entry for sample.parlq (typography, question 5-8916, "gone"): no such finding any more; remove it`);
  });

  it('stops with the usage status on a bad accepted file, naming the bad entry', () => {
    const folder = fixtureFolder();
    writeFileSync(
      join(folder, 'parlq-accepted.json'),
      JSON.stringify({ version: 1, accepted: [{ file: 'sample.parlq', code: 'typography', question: null, fingerprint: '0123456789abcdef', reason: ' ', text: '' }] }),
    );
    const result = parlq(['check', join(folder, 'sample.parlq')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${join(folder, 'parlq-accepted.json')}: accepted[0].reason: a reason is needed`);
  });
});

describe('--fix', () => {
  it('applies the safe fixes, keeps the BOM and the line ends, and changes nothing the second time', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-fix-'));
    const file = join(folder, 'q.parlq');
    writeFileSync(file, `\uFEFF${SAMPLE.replace(/\n/g, '\r\n')}`);
    const first = parlq(['check', '--fix', file]);
    expect(first.stderr).toContain(`parlq: ${file}: fixed 2 label-language findings and 2 typography findings`);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed.startsWith('\uFEFF')).toBe(true);
    expect(fixed.replace(/\r\n/g, '').includes('\n')).toBe(false);
    // The French column now reads in French, and the Dutch column is no longer its duplicate: both lists stay.
    expect(fixed).toContain('Aussi posée à : question écrite 5-8900\r\n');
    expect(fixed.match(/Ook gesteld aan : schriftelijke vraag 5-8900/g)).toHaveLength(1);
    expect(first.stdout).not.toMatch(/duplicate-reference|label-language|typography/);
    expect(first.status).toBe(1); // the missing answer is for a person to write
    const second = parlq(['check', '--fix', file]);
    expect(second.stderr).not.toContain('fixed');
    expect(readFileSync(file, 'utf8')).toBe(fixed);
  });

  it('prints the fixes as a unified diff with --fix-dry-run and writes nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-fix-'));
    cpSync(join(ROOT, SAMPLE_FILE), join(folder, 'q.parlq'));
    const { stdout, stderr } = parlq(['check', '--fix-dry-run', 'q.parlq'], { cwd: folder });
    expect(stdout.split('\n').slice(0, 2)).toEqual(['--- q.parlq', '+++ q.parlq']);
    expect(stdout).toContain('+Aussi posée à : question écrite 5-8900');
    expect(stdout).toContain('hiervoor permanente aandacht?');
    expect(stderr).toContain('parlq: q.parlq: would fix 2 label-language findings and 2 typography findings');
    expect(readFileSync(join(folder, 'q.parlq'), 'utf8')).toBe(SAMPLE);
  });

  it('does not rewrite a file that changed between the check and the write', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-fix-'));
    const file = join(folder, 'q.parlq');
    writeFileSync(file, 'changed by someone else');
    expect(replaceFile(file, Buffer.from(SAMPLE), 'the fixed text', false)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('changed by someone else');
    expect(replaceFile(file, Buffer.from('changed by someone else'), 'the fixed text', true)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFthe fixed text');
  });
});

describe('a large folder', () => {
  it('is checked in worker threads with the results in the same order as in one thread, and a bad configuration still stops it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-folder-'));
    for (let i = 0; i < 80; i++) {
      mkdirSync(join(folder, String(i % 4)), { recursive: true });
      writeFileSync(join(folder, String(i % 4), `5-${9000 + i}.parlq`), SAMPLE.replaceAll('5-8916', `5-${9000 + i}`));
    }
    const one = parlq(['check', '--jobs', '1', '--format', 'json', folder]);
    const two = parlq(['check', '--jobs', '2', '--format', 'json', folder]);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(jsonReportSchema.parse(JSON.parse(two.stdout)).summary).toMatchObject({ files: 80, error: 80 });
    writeFileSync(join(folder, '2', 'parlq.config.json'), JSON.stringify({ severity: { typography: 'loud' } }));
    const bad = parlq(['check', '--jobs', '2', folder]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${join(folder, '2', 'parlq.config.json')}: "severity.typography" must be one of error, warning, information, hint, off, not "loud"`);
    expect(parlq(['check', '--jobs', '0', folder]).status).toBe(2);
  });
});

describe("the checker in the users' languages", () => {
  it('speaks French with --locale fr, Dutch from LANG, and LC_ALL before LC_MESSAGES before LANG', async () => {
    const french = await inProcess(['check', '--locale', 'fr', '--format', 'text', SAMPLE_FILE], false);
    expect(french.status).toBe(1);
    expect(french.stdout).toContain(`${SAMPLE_FILE}:133:1 error missing-answer Pas de réponse 4 en français : « Service public de programmation (SPP) Intégration Sociale »`);
    expect(french.stderr).toBe('parlq: 1 fichier vérifié : 1 erreur, 4 avertissements, 1 information, 0 suggestion');
    const dutch = await inProcess(['check', SAMPLE_FILE], false, { LANG: 'nl_BE.UTF-8' });
    expect(dutch.stdout).toContain('missing-answer Geen Frans antwoord 4: ');
    expect(dutch.stderr).toBe('parlq: 1 bestand gecontroleerd: 1 fout, 4 waarschuwingen, 1 informatie, 0 hints');
    const order = async (env: Record<string, string>) => (await inProcess(['check', SAMPLE_FILE], false, env)).stderr.split(':')[1]!.trim();
    expect(await order({ LC_ALL: 'fr_BE.UTF-8', LC_MESSAGES: 'nl_BE', LANG: 'en_GB' })).toMatch(/^1 fichier/);
    expect(await order({ LC_MESSAGES: 'nl_BE', LANG: 'fr_BE' })).toMatch(/^1 bestand/);
    expect(await order({ LC_ALL: 'de_DE.UTF-8', LANG: 'fr_BE' })).toMatch(/^1 file/);
    expect(await order({ LANG: 'C.UTF-8' })).toMatch(/^1 file/);
    // --locale wins over the environment.
    expect((await inProcess(['check', '--locale=en', SAMPLE_FILE], false, { LANG: 'fr_BE' })).stderr).toMatch(/^parlq: 1 file checked/);
  });

  it('gives the help and the usage errors in the chosen language, and refuses a language it does not speak', async () => {
    const help = await inProcess(['check', '--help', '--locale', 'nl'], false);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Gebruik: parlq check \[opties\] BESTAND\|MAP\.\.\./);
    expect(help.stdout).toContain('  missing-answer        error        Een vraag zonder antwoord,');
    const french = await inProcess(['--help'], false, { LANG: 'fr_BE.UTF-8' });
    expect(french.stdout).toMatch(/^Utilisation : parlq check/);
    const bad = await inProcess(['check', '--locale', 'de', SAMPLE_FILE], false, { LANG: 'fr_BE' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^parlq: --locale attend en, fr, nl ; reçu « de »/);
    const jobs = await inProcess(['check', '--jobs', '0', '--locale', 'nl', SAMPLE_FILE], false);
    expect(jobs.stderr).toMatch(/^parlq: --jobs verwacht een aantal werkthreads, 1 of meer; gekregen: "0"/);
  });

  it('keeps the stable codes in JSON and SARIF and carries the messages in the chosen language', async () => {
    const json = JSON.parse((await inProcess(['check', '--format', 'json', '--locale', 'nl', SAMPLE_FILE], false)).stdout);
    const finding = json.files[0].findings.find((item: { code: string }) => item.code === 'missing-answer');
    expect([finding.severity, finding.code]).toEqual(['error', 'missing-answer']);
    expect(finding.message).toMatch(/^Geen Frans antwoord 4/);
    expect(jsonReportSchema.safeParse(json).success).toBe(true);
    const sarif = JSON.parse((await inProcess(['check', '--format', 'sarif', '--locale', 'fr', SAMPLE_FILE], false)).stdout);
    const run = sarif.runs[0];
    expect(run.language).toBe('fr');
    expect(run.results.map((result: { ruleId: string }) => result.ruleId)).toContain('missing-answer');
    expect(run.results.find((result: { ruleId: string }) => result.ruleId === 'missing-answer').message.text).toMatch(/^Pas de réponse 4 en français/);
    expect(run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'missing-answer').shortDescription.text).toMatch(/^Une question sans réponse/);
  });

  it('names a bad configuration value in the chosen language', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-l10n-'));
    writeFileSync(join(folder, 'q.parlq'), SAMPLE);
    writeFileSync(join(folder, 'parlq.config.json'), JSON.stringify({ severity: { typography: 'loud' }, colour: 1 }));
    const result = await inProcess(['check', '--locale', 'fr', join(folder, 'q.parlq')], false);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')).toEqual([
      `parlq: ${join(folder, 'parlq.config.json')} : « colour » n'est pas un réglage de parlq ; les réglages sont severity, hover, maxDocumentSizeMB, typography, answerDeadlineWorkingDays, locale, termsFile.`,
      `parlq: ${join(folder, 'parlq.config.json')} : « severity.typography » doit valoir error, warning, information, hint, off, et non "loud".`,
    ]);
  });
});

describe('the checker across files', () => {
  it('indexes the files of a run first: a number two files hold and a missing back-reference, with the other file named in every format', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-across-'));
    for (const [name, text] of Object.entries(WORKSPACE_FILES)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
    const json = JSON.parse((await inProcess(['check', '--format', 'json', folder], false)).stdout);
    const across = (name: string) =>
      json.files
        .find((file: { file: string }) => file.file === join(folder, name))
        .findings.filter((finding: { code: string }) => ['duplicate-question', 'asymmetric-reference'].includes(finding.code))
        .map((finding: { code: string; related: { file?: string }[] }) => [finding.code, finding.related.map((related) => related.file)]);
    expect(across('a.parlq')).toEqual([['asymmetric-reference', [pathToFileURL(join(folder, 'c.parlq')).toString()]]]);
    expect(across('b.parlq')).toEqual([['duplicate-question', [pathToFileURL(join(folder, 'sub', 'd.parlq')).toString()]]]);
    expect(across('sub/d.parlq')).toEqual([['duplicate-question', [pathToFileURL(join(folder, 'b.parlq')).toString()]]]);
    expect(across('e.parlq').map(([code]: [string]) => code)).toEqual(['asymmetric-reference']);
    expect(jsonReportSchema.safeParse(json).success).toBe(true);
    const stylish = (await inProcess(['check', '--format', 'stylish', join(folder, 'b.parlq'), join(folder, 'sub', 'd.parlq')], false)).stdout;
    expect(stylish).toContain(`↳ ${relative(ROOT, join(folder, 'sub', 'd.parlq'))}:7:1 Question 5-101 in d.parlq`);
    const sarif = JSON.parse((await inProcess(['check', '--format', 'sarif', join(folder, 'b.parlq'), join(folder, 'sub', 'd.parlq')], false)).stdout);
    const duplicate = sarif.runs[0].results.find((result: { ruleId: string }) => result.ruleId === 'duplicate-question');
    expect(duplicate.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe(pathToFileURL(join(folder, 'sub', 'd.parlq')).toString());
    // One file alone is checked without the others: nothing to compare with.
    const alone = JSON.parse((await inProcess(['check', '--format', 'json', join(folder, 'b.parlq')], false)).stdout);
    expect(alone.files[0].findings.map((finding: { code: string }) => finding.code)).not.toContain('duplicate-question');
  });
});
