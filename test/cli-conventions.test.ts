import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@dpa-as-code/cli';
import { allRules } from '@dpa-as-code/lint';
import { examplePath, repoRoot, runCliInProcess } from './helpers.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'dpa-conventions-'));
const auditsInvalid = join(repoRoot, 'test/lint/rules/art28-3-h-audits/invalid.dpa');
const ESCAPE = '\u001b[';

/** Runs the CLI with a stdout that says it is a terminal of the given width. */
async function runOnTerminal(args: string[], env: NodeJS.ProcessEnv = {}, columns = 80) {
    let stdout = '';
    let stderr = '';
    const code = await main(['node', 'dpa', ...args], {
        stdout: Object.assign({ write: (text: string) => { stdout += text; } }, { isTTY: true, columns }),
        stderr: Object.assign({ write: (text: string) => { stderr += text; } }, { isTTY: true }),
        cwd: repoRoot,
        env: { PATH: process.env.PATH, ...env }
    });
    return { code, stdout, stderr };
}

describe('colour', () => {
    it('is used on a terminal: red errors, a bold red summary', async () => {
        const result = await runOnTerminal(['lint', auditsInvalid]);
        expect(result.stdout).toContain(`${ESCAPE}31merror  ${ESCAPE}0m`);
        expect(result.stdout).toMatch(/\u001b\[1m\u001b\[31m✖ \d+ problems \(\d+ errors, \d+ warnings?\)\u001b\[0m\u001b\[0m\n$/);
    });

    it('is off on a terminal with NO_COLOR, or with FORCE_COLOR=0', async () => {
        expect((await runOnTerminal(['lint', auditsInvalid], { NO_COLOR: '1' })).stdout).not.toContain(ESCAPE);
        expect((await runOnTerminal(['lint', auditsInvalid], { FORCE_COLOR: '0' })).stdout).not.toContain(ESCAPE);
    });

    it('is off in a pipe, unless FORCE_COLOR asks for it; NO_COLOR wins over FORCE_COLOR', async () => {
        expect((await runCliInProcess(['lint', auditsInvalid], { env: {} })).stdout).not.toContain(ESCAPE);
        expect((await runCliInProcess(['lint', auditsInvalid], { env: { FORCE_COLOR: '1' } })).stdout).toContain(`${ESCAPE}31merror`);
        expect((await runCliInProcess(['lint', auditsInvalid], { env: { FORCE_COLOR: '1', NO_COLOR: 'yes' } })).stdout).not.toContain(ESCAPE);
    });
});

describe('text output', () => {
    it('wraps messages to the terminal width, continuation lines under the message', async () => {
        const result = await runOnTerminal(['lint', auditsInvalid], { NO_COLOR: '1' }, 80);
        const lines = result.stdout.split('\n');
        const first = lines.findIndex(line => line.includes('The audits clause provides information only;'));
        const messageColumn = lines[first].indexOf('The audits clause');
        expect(lines[first].length).toBeLessThanOrEqual(80);
        expect(lines[first + 1].startsWith(' '.repeat(messageColumn))).toBe(true);
        expect(lines[first + 1].length).toBeLessThanOrEqual(80);
        const message = [lines[first].slice(messageColumn), lines[first + 1].trim(), lines[first + 2].trim()].join(' ');
        expect(message).toBe('The audits clause provides information only; audits must include inspections by the controller or an auditor it mandates. (Art. 28(3)(h) GDPR)');
        expect(lines[first + 3].trim()).toMatch(/^art28-3-h-audits · requirement · \S+\/rules\/art28-3-h-audits\.html$/);
    });

    it('in a pipe keeps each message on one line (for grep)', async () => {
        const result = await runCliInProcess(['lint', auditsInvalid]);
        expect(result.stdout).toMatch(/\n {2}7:5 +error +The audits clause provides information only; audits must include inspections by the controller or an auditor it mandates\. \(Art\. 28\(3\)\(h\) GDPR\)\n/);
    });

    it('groups several files, each under its name, with one summary for all', async () => {
        const result = await runCliInProcess(['lint', auditsInvalid, examplePath('starter.dpa')]);
        const headings = result.stdout.split('\n').filter(line => line !== '' && !line.startsWith(' ') && !line.startsWith('✖'));
        // The starter lints clean, so only the file with findings gets a group.
        expect(headings).toEqual([auditsInvalid]);
        expect(result.stdout.trimEnd().split('\n').pop()).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings?\)$/);
        expect((await runCliInProcess(['lint', examplePath('starter.dpa')])).stdout).toBe('✔ 0 problems (0 errors, 0 warnings)\n');
    });
});

describe('--list-rules', () => {
    it('honours --format json: every rule with kind, severity, citation and documentation link', async () => {
        const result = await runCliInProcess(['lint', '--list-rules', '--format', 'json']);
        expect(result.code).toBe(0);
        const rules = JSON.parse(result.stdout) as Array<{ id: string; kind: string; defaultSeverity: string; citation: { en: string; de: string }; description: string; docs: string }>;
        expect(rules.map(rule => rule.id)).toEqual(allRules.map(rule => rule.id));
        expect(rules.find(rule => rule.id === 'art28-3-h-audits')).toMatchObject({
            kind: 'requirement', defaultSeverity: 'error', citation: { en: 'Art. 28(3)(h) GDPR', de: 'Art. 28 Abs. 3 lit. h DSGVO' }
        });
        expect(rules.find(rule => rule.id === 'art28-3-h-audits')!.docs).toMatch(/\/rules\/art28-3-h-audits\.html$/);
        const text = await runCliInProcess(['lint', '--list-rules']);
        expect(text.stdout.trimEnd().split('\n')).toHaveLength(rules.length);
    });

    it('refuses --format sarif in one line', async () => {
        expect(await runCliInProcess(['lint', '--list-rules', '--format', 'sarif'])).toEqual({
            code: 2, stdout: '', stderr: 'dpa lint: --list-rules prints text or json, not sarif (a SARIF log lists the rules of a run)\n'
        });
    });
});

describe('SARIF artifact URIs', () => {
    it('are percent-encoded RFC 3986 references for names with a space and an umlaut', async () => {
        const dir = freshDir();
        mkdirSync(join(dir, 'Verträge 2025'));
        copyFileSync(auditsInvalid, join(dir, 'Verträge 2025', 'Prüfung #1.dpa'));
        const result = await runCliInProcess(['lint', '--format', 'sarif', 'Verträge 2025/Prüfung #1.dpa'], { cwd: dir });
        const log = JSON.parse(result.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }> }> };
        const uris = new Set(log.runs[0].results.flatMap(r => r.locations.map(l => l.physicalLocation.artifactLocation)).map(a => `${a.uriBaseId} ${a.uri}`));
        expect([...uris]).toEqual(['%SRCROOT% Vertr%C3%A4ge%202025/Pr%C3%BCfung%20%231.dpa']);
        const uri = [...uris][0].split(' ')[1];
        // Only unreserved characters, sub-delimiters, '/' and percent-escapes (RFC 3986, section 3.3).
        expect(uri).toMatch(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/);
        expect(decodeURIComponent(new URL(uri, 'file:///checkout/').pathname)).toBe('/checkout/Verträge 2025/Prüfung #1.dpa');
    });
});

describe('file names', () => {
    it('accepts any name: another extension, upper case, none', async () => {
        const dir = freshDir();
        for (const name of ['agreement.txt', 'UPPER.DPA', 'no-extension']) copyFileSync(examplePath('minimal.dpa'), join(dir, name));
        expect(await runCliInProcess(['validate', 'agreement.txt', 'UPPER.DPA', 'no-extension'], { cwd: dir }))
            .toEqual({ code: 0, stdout: '', stderr: '3 files checked: 0 errors, 0 warnings\n' });
        const generated = await runCliInProcess(['generate', 'UPPER.DPA', 'no-extension', '--format', 'json', '--out', 'out'], { cwd: dir });
        expect(generated.stderr).toBe(`wrote ${join('out', 'UPPER.json')}\nwrote ${join('out', 'no-extension.json')}\n`);
    });
});

describe('a misspelt keyword on the command line', () => {
    it('is one line with file, line, column and the keyword meant; correct lines stay quiet', async () => {
        const dir = freshDir();
        const starter = readFileSync(examplePath('starter.dpa'), 'utf8');
        const line = starter.split('\n').indexOf('obligations {') + 1;
        writeFileSync(join(dir, 'typo.dpa'), starter.replace('\nobligations {', '\nobligatons {').replace('    title en "Data', '    titel en "Data'));
        const titleLine = starter.split('\n').findIndex(text => text.startsWith('    title en "Data')) + 1;
        expect(await runCliInProcess(['validate', 'typo.dpa'], { cwd: dir })).toEqual({
            code: 1,
            stdout: `typo.dpa:${titleLine}:5: error: Unknown word 'titel': did you mean 'title'?\ntypo.dpa:${line}:1: error: Unknown word 'obligatons': did you mean 'obligations'?\n`,
            stderr: '1 file checked: 2 errors, 0 warnings\n'
        });
    });
});

describe('dpa generate over several files', () => {
    it('takes several files and globs, naming outputs per input', async () => {
        const dir = freshDir();
        mkdirSync(join(dir, 'dpa'));
        copyFileSync(examplePath('minimal.dpa'), join(dir, 'dpa', 'one.dpa'));
        copyFileSync(examplePath('starter.dpa'), join(dir, 'dpa', 'two.dpa'));
        const result = await runCliInProcess(['generate', 'dpa/*.dpa', '--format', 'markdown', '--out', 'contracts'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(readdirSync(join(dir, 'contracts')).sort()).toEqual(['one.en.md', 'two.en.md']);
        expect(readFileSync(join(dir, 'contracts', 'two.en.md'), 'utf8')).toContain('Chat Vendor GmbH');
    });

    it('refuses two inputs that would write the same file, and writes nothing', async () => {
        const dir = freshDir();
        mkdirSync(join(dir, 'a'));
        mkdirSync(join(dir, 'b'));
        copyFileSync(examplePath('minimal.dpa'), join(dir, 'a', 'x.dpa'));
        copyFileSync(examplePath('starter.dpa'), join(dir, 'b', 'x.dpa'));
        const result = await runCliInProcess(['generate', 'a/x.dpa', 'b/x.dpa', '--format', 'json', '--out', 'out'], { cwd: dir });
        expect(result).toEqual({ code: 2, stdout: '', stderr: `dpa generate: a/x.dpa and b/x.dpa would both write ${join('out', 'x.json')}; nothing written (generate them into different --out directories)\n` });
        expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    it('reports the errors of every file, not only the first', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'one.dpa'), 'agreement One {\n    languages en\n    titel en "x"\n}\n');
        writeFileSync(join(dir, 'two.dpa'), 'agreement Two {\n    langauges en\n}\n');
        const result = await runCliInProcess(['generate', '*.dpa', '--format', 'json', '--out', 'out'], { cwd: dir });
        expect(result).toEqual({
            code: 1,
            stdout: "one.dpa:3:5: error: Unknown word 'titel': did you mean 'title'?\ntwo.dpa:2:5: error: Unknown word 'langauges': did you mean 'languages'?\n",
            stderr: 'one.dpa: not generated, fix the errors above first\ntwo.dpa: not generated, fix the errors above first\n'
        });
        expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    it('writes nothing when one of the files has errors', async () => {
        const dir = freshDir();
        copyFileSync(examplePath('minimal.dpa'), join(dir, 'good.dpa'));
        writeFileSync(join(dir, 'bad.dpa'), 'agreement Bad {\n    languages en\n    titel en "x"\n}\n');
        const result = await runCliInProcess(['generate', 'good.dpa', 'bad.dpa', '--format', 'json', '--out', 'out'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe("bad.dpa:3:5: error: Unknown word 'titel': did you mean 'title'?\n");
        expect(result.stderr).toBe('bad.dpa: not generated, fix the errors above first\n');
        expect(existsSync(join(dir, 'out'))).toBe(false);
    });

    it('says in one line that --out must name a directory', async () => {
        const dir = freshDir();
        writeFileSync(join(dir, 'taken'), 'a file');
        expect(await runCliInProcess(['generate', examplePath('minimal.dpa'), '--format', 'json', '--out', 'taken'], { cwd: dir }))
            .toEqual({ code: 2, stdout: '', stderr: `dpa: ${examplePath('minimal.dpa')}: not generated: cannot write ${join(dir, 'taken')}: --out names a file that is not a directory\n` });
        expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('a file');
    });
});
