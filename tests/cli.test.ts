import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS, checkDescription } from '../server/src/checks/index.js';
import { main } from '../server/src/cli/main.js';
import { DUPLICATED, ROOT, SAMPLE, fixture } from './helpers.js';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parlq(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'parlq.js'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('parlq check', () => {
  it('prints file:line:col severity code message for the sample and exits 1 on errors', () => {
    const { status, stdout, stderr } = parlq('check', 'seeds/000_797443ed2065d84d.txt');
    expect(status).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      'seeds/000_797443ed2065d84d.txt:30:1 warning label-language The French column of the timeline has Dutch labels ("Verzending vraag" and "Antwoord", 2 entries); the French labels are "Envoi question" and "Réponse".',
    );
    // The French column's cross-references in Dutch: one story, not eighteen duplicates of the Dutch column.
    expect(lines[2]).toBe(
      'seeds/000_797443ed2065d84d.txt:35:1 warning label-language The French column of the cross-references has Dutch labels ("Ook gesteld aan", 18 entries); the French label is "Aussi posée à".',
    );
    expect(lines[5]).toMatch(/^seeds\/000_797443ed2065d84d\.txt:133:1 error missing-answer No French answer 4: "Service public de programmation/);
    expect(stderr).toBe('parlq: 1 file checked: 1 error, 4 warnings, 1 information, 0 hints\n');
  });

  it('checks every .parlq and .txt file of a folder', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-'));
    writeFileSync(join(folder, 'a.parlq'), fixture('run-together.parlq'));
    writeFileSync(join(folder, 'b.txt'), SAMPLE);
    writeFileSync(join(folder, 'ignored.md'), 'not a question');
    const { status, stderr } = parlq('check', folder);
    expect(status).toBe(1);
    expect(stderr).toBe('parlq: 2 files checked: 1 error, 4 warnings, 1 information, 0 hints\n');
  });

  it('exits 0 when only warnings remain, and honours --severity', () => {
    const { status, stdout } = parlq('check', '--severity', 'duplicate-reference=off', '--severity', 'missing-answer=warning', 'seeds/000_797443ed2065d84d.txt');
    expect(status).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.split(' ')[1]),
    ).toEqual(['warning', 'information', 'warning', 'warning', 'warning', 'warning']);
  });

  it('takes --format=json as well as --format json', () => {
    const joined = parlq('check', '--format=json', '--quiet', 'seeds/000_797443ed2065d84d.txt');
    const spaced = parlq('check', '--format', 'json', '--quiet', 'seeds/000_797443ed2065d84d.txt');
    expect(joined.stdout).toBe(spaced.stdout);
    expect(JSON.parse(joined.stdout).files[0].findings).toHaveLength(1);
    expect(parlq('check', '--bogus', 'x').stderr).toMatch(/^parlq: Unknown option '--bogus'/);
  });

  it('writes the versioned JSON report with --format json', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-'));
    writeFileSync(join(folder, 'q.parlq'), DUPLICATED);
    const { stdout } = parlq('check', '--format', 'json', '--quiet', join(folder, 'q.parlq'));
    const parsed = JSON.parse(stdout) as {
      version: number;
      files: { findings: { code: string; range: { start: { line: number } }; location: { line: number }; related: unknown[] }[] }[];
    };
    expect(parsed.version).toBe(1);
    const findings = parsed.files[0]!.findings;
    expect(findings.map((finding) => finding.code)).toEqual(['duplicate-reference', 'missing-answer']);
    expect(findings[0]).toMatchObject({ code: 'duplicate-reference', range: { start: { line: 57 } }, location: { line: 58 } });
    expect(findings[0]!.related).toHaveLength(1);
  });

  it('exits 2 with a clear message on an unreadable file or bad usage', () => {
    const missing = parlq('check', 'no/such/file.parlq');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^parlq: cannot read no\/such\/file\.parlq: no such file or folder\n/);
    const usage = parlq('check', '--severity', 'nonsense=error', 'x');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^parlq: --severity takes CODE=LEVEL/);
    expect(parlq('frobnicate').status).toBe(2);
    expect(parlq().status).toBe(2);
    const help = parlq('--help');
    expect(help.status).toBe(0);
    // Every check of the registry, with its default severity and its description.
    for (const check of CHECKS) expect(help.stdout).toMatch(new RegExp(`^  ${check.code} +${check.defaultSeverity} +${escapeRegExp(checkDescription(check.code))}$`, 'm'));
    expect(parlq('--version').stdout).toMatch(/^parlq \d+\.\d+\.\d+\n$/);
  });

  it('names the files that are no question page it reads; they fail the run only where the configuration says so', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-'));
    writeFileSync(join(folder, 'notes.txt'), 'Notes for the editor\n');
    writeFileSync(join(folder, 'page.parlq'), fixture('run-together.parlq'));
    const { status, stdout, stderr } = parlq('check', folder);
    expect(status).toBe(0);
    expect(stdout).toMatch(/notes\.txt:1:1 information not-a-question-page This file is not a Senate question page/);
    expect(stderr).toMatch(/1 file is not a question page parlq reads, so nothing in it was checked: .*notes\.txt\n$/);
    expect(parlq('check', '--severity', 'not-a-question-page=error', folder).status).toBe(1);
    writeFileSync(join(folder, 'sample.txt'), SAMPLE);
    expect(parlq('check', folder).status).toBe(1);
  });

  it('exits 3 when a check failed: a file not fully checked is no success', async () => {
    const broken = {
      ...CHECKS.find((check) => check.code === 'self-reference')!,
      question: () => {
        throw new Error('boom');
      },
    };
    const lines: string[] = [];
    const status = await main(['check', join(ROOT, 'tests', 'fixtures', 'real', '04_sv5-8444_fr_html.txt')], { out: () => {}, err: (line) => lines.push(line) }, [broken]);
    expect(status).toBe(3);
    expect(lines[0]).toMatch(/internal error in check self-reference on .*04_sv5-8444_fr_html\.txt: boom; the file was not fully checked$/);
  });

  it('reads a file with a BOM and CRLF as an editor would', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-'));
    writeFileSync(join(folder, 'crlf.parlq'), `\uFEFF${SAMPLE.replace(/\n/g, '\r\n')}`);
    const { stdout } = parlq('check', join(folder, 'crlf.parlq'));
    // Positions as an editor counts them: the BOM is no character, CRLF one line end.
    expect(stdout.split('\n')[5]).toMatch(/crlf\.parlq:133:1 error missing-answer /);
  });
  it('checks against the nearest parlq.terms.json, and stops with status 2 on a bad one, naming the bad entry', () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-terms-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'parlq.terms.json'), JSON.stringify({ pairs: [{ fr: 'SPF Intérieur', nl: 'FOD Binnenlandse Zaken' }] }));
    writeFileSync(join(folder, 'sub', 'q.parlq'), SAMPLE);
    const found = parlq('check', join(folder, 'sub', 'q.parlq'));
    expect(found.stdout).toMatch(/q\.parlq:151:1 warning terminology No "FOD Binnenlandse Zaken" here where the French text \(line 113\) has "SPF Intérieur"/);
    writeFileSync(join(folder, 'parlq.terms.json'), JSON.stringify({ pairs: [{ fr: 'SPF Intérieur' }] }));
    const bad = parlq('check', join(folder, 'sub', 'q.parlq'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${join(folder, 'parlq.terms.json')}: pairs[0].nl: Invalid input: expected string, received undefined`);
    expect(bad.stdout).toBe('');
  });
});
