import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createDpaServices } from '@dpa-as-code/language';
import { compileFile, compileText, isBlocking } from '@dpa-as-code/compiler';
import { examplePath, readText } from '../helpers.js';

const services = createDpaServices(EmptyFileSystem).Dpa;
const minimal = readText(examplePath('minimal.dpa'));

describe('compile step', () => {
    it('gives the model and no diagnostics for a file that lint accepts', async () => {
        const result = await compileFile(services, examplePath('starter.dpa'), { lint: {} });
        expect(result.blocking).toEqual([]);
        expect(result.diagnostics).toEqual([]);
        expect(result.model?.id).toBe('Starter');
        expect(result.lint?.findings).toEqual([]);
    });

    it('blocks on a validation error but still builds the model and lints it', async () => {
        const text = minimal.replace('    languages en\n', '    version "2025-01"\n    version "2025-02"\n    languages en\n');
        const result = await compileText(services, text, 'twice.dpa', { lint: {} });
        expect(result.blocking.map(d => `${d.line}:${d.column} ${d.origin} ${d.message}`))
            .toEqual(["5:5 validation 'version' is given more than once here; keep one so no value is silently dropped."]);
        expect(result.model?.id).toBe('Minimal');
        const audits = result.diagnostics.find(d => d.ruleId === 'art28-3-h-audits');
        expect(audits).toMatchObject({ origin: 'lint', severity: 'error', code: 'art28-3-h-audits', file: 'twice.dpa' });
        expect(audits?.citation?.en).toContain('Art. 28(3)(h)');
        // A lint finding of severity error is shown but never blocks.
        expect(isBlocking(audits!)).toBe(false);
        expect(result.diagnostics.filter(isBlocking)).toEqual(result.blocking);
    });

    it('builds no model and runs no rule when the file has a syntax error', async () => {
        const result = await compileText(services, minimal.replace('languages en', 'languages en ='), 'broken.dpa', { lint: {} });
        expect(result.model).toBeUndefined();
        expect(result.lint).toBeUndefined();
        expect(result.blocking).toHaveLength(1);
        expect(result.blocking[0]).toMatchObject({ origin: 'syntax', line: 4, column: 18, severity: 'error' });
    });

    it('builds no model when a reference does not resolve, and names the origin', async () => {
        const text = `${minimal}\ndata subjects {\n    subject users en "Users" covers nobody\n}\n`;
        const result = await compileText(services, text, 'unresolved.dpa', { lint: {} });
        expect(result.model).toBeUndefined();
        expect(result.blocking.map(d => d.origin)).toEqual(['reference']);
        expect(result.blocking[0]!.line).toBe(16);
    });

    it('follows the rule settings and leaves lint out when asked', async () => {
        const off = await compileText(services, minimal, 'off.dpa', { lint: { settings: { 'art28-3-h-audits': 'off' } } });
        expect(off.diagnostics.some(d => d.ruleId === 'art28-3-h-audits')).toBe(false);
        expect(off.diagnostics.some(d => d.origin === 'lint')).toBe(true);
        const withoutLint = await compileText(services, minimal, 'nolint.dpa', { lint: false });
        expect(withoutLint.diagnostics).toEqual([]);
        expect(withoutLint.model?.id).toBe('Minimal');
    });
});
