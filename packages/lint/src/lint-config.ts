import { readFileSync } from 'node:fs';
import type { RuleSetting } from './lint-rule.js';
import { allRules } from './rule-registry.js';

/** A lint configuration file: `{ "rules": { "art33-2-breach-notification": "error", … } }`. */
export interface LintConfig {
    rules: Record<string, RuleSetting>;
}

const settings: readonly RuleSetting[] = ['off', 'warn', 'error'];

export class LintConfigError extends Error {}

/** Checks rule ids and settings; returns the problems as messages. */
export function checkSettings(rules: Record<string, unknown>, where: string): string[] {
    const known = new Set(allRules.map(rule => rule.id));
    const problems: string[] = [];
    for (const [id, setting] of Object.entries(rules)) {
        if (!known.has(id)) problems.push(`${where}: unknown rule '${id}' (see 'dpa lint --list-rules')`);
        else if (!settings.includes(setting as RuleSetting)) problems.push(`${where}: rule '${id}' must be off, warn or error, not ${JSON.stringify(setting)}`);
    }
    return problems;
}

export function readLintConfig(file: string): LintConfig {
    let parsed: unknown;
    try {
        parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new LintConfigError(code === 'ENOENT' ? `${file}: no such file` : `${file}: not valid JSON (${(error as Error).message})`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new LintConfigError(`${file}: expected an object like { "rules": { "RULE-ID": "off" } }`);
    }
    const unknownKeys = Object.keys(parsed).filter(key => key !== 'rules' && key !== '$schema');
    if (unknownKeys.length > 0) throw new LintConfigError(`${file}: unknown key '${unknownKeys[0]}' (only "rules" is allowed)`);
    const rules = (parsed as { rules?: unknown }).rules ?? {};
    if (typeof rules !== 'object' || Array.isArray(rules)) throw new LintConfigError(`${file}: "rules" must be an object`);
    const problems = checkSettings(rules as Record<string, unknown>, file);
    if (problems.length > 0) throw new LintConfigError(problems[0]);
    return { rules: rules as Record<string, RuleSetting> };
}
