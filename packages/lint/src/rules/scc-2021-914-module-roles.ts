import { CITATIONS, scc2021914Module, scc2021914ModuleForRoles, type SourceLocation } from '@dpa-as-code/model';
import { insertAfterToken, replaceToken, valuesAfter } from '../fixes/edit-builders.js';
import { defineRule, type LintFix, type RuleSource } from '../lint-rule.js';
import { participantRole, scc2021914Transfers } from './scc-2021-914-transfer-utils.js';

/**
 * Decision 2021/914 has one module per pair of roles (Module 1 controller → controller, 2 controller →
 * processor, 3 processor → processor, 4 processor → controller); Annex I.A records each party's role.
 * A transfer whose stated module does not match the roles of its exporter and importer applies the wrong
 * clauses; one without a module leaves open which clauses apply.
 */
export default defineRule({
    id: 'scc-2021-914-module-roles',
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.scc914_modules, also: [CITATIONS.art46_2_c.en] },
    description: 'A transfer under the SCCs of Decision 2021/914 names the module that matches the roles of its exporter and importer.',
    messages: {
        wrongModule: "Transfer '{{transfer}}' uses Module {{module}} ({{moduleTitle}}) of the SCCs of Decision 2021/914, but '{{exporter}}' exports as {{exporterRole}} and '{{importer}}' imports as {{importerRole}}: those roles call for Module {{expected}} ({{expectedTitle}}).",
        missingModule: "Transfer '{{transfer}}' rests on the SCCs of Decision 2021/914 without naming the module; '{{exporter}}' exports as {{exporterRole}} and '{{importer}}' imports as {{importerRole}}, so add 'module {{expected}}' ({{expectedTitle}})."
    },
    check({ model, source, report }) {
        for (const transfer of scc2021914Transfers(model)) {
            const exporterRole = participantRole(model, transfer.exporter);
            const importerRole = participantRole(model, transfer.importer);
            const expected = scc2021914ModuleForRoles(exporterRole, importerRole);
            if (!expected || !transfer.exporter || !transfer.importer) continue;
            const stated = transfer.mechanism?.module;
            const at = transfer.mechanismSource ?? transfer.source;
            const data = {
                transfer: transfer.id, exporter: transfer.exporter.id, importer: transfer.importer.id,
                exporterRole: exporterRole ?? '', importerRole: importerRole ?? '',
                expected: expected.module, expectedTitle: expected.titleEn
            };
            if (stated === undefined) {
                report({ messageId: 'missingModule', data, at, suggestions: () => source ? addModule(source, at, expected.module) : [] });
            } else if (stated !== expected.module) {
                const statedModule = scc2021914Module(stated);
                // A module outside 1-4 is the validator's to report.
                if (!statedModule) continue;
                report({
                    messageId: 'wrongModule',
                    data: { ...data, module: stated, moduleTitle: statedModule.titleEn },
                    at,
                    suggestions: source ? replaceModule(source, at, expected.module) : []
                });
            }
        }
    }
});

function addModule(source: RuleSource, at: SourceLocation, module: number): LintFix[] {
    const kind = valuesAfter(source, at, 'mechanism').at(0);
    return kind ? [{ ...insertAfterToken(source, kind, ` module ${module}`, `Add 'module ${module}'`), preferred: true }] : [];
}

function replaceModule(source: RuleSource, at: SourceLocation, module: number): LintFix[] {
    const number = valuesAfter(source, at, 'module').at(0);
    return number ? [{ ...replaceToken(source, number, String(module), `Use module ${module}`), preferred: true }] : [];
}
