import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, lintModel } from '@dpa-as-code/lint';
import { modelOfText, readText, repoRoot } from '../helpers.js';

/**
 * Completeness of the Art. 28(3) and (4) rules: a DPA that sets out every element passes them all, and
 * removing one element gives exactly one finding, from the rule for that element, at the construct it names.
 */
const completeText = readText(join(repoRoot, 'test/lint/fixtures/complete-art28.dpa'));

/** The rules for Art. 28(3) first sentence, (3)(a)-(h), the second subparagraph and Art. 28(4). */
const art28Rules = [
    'art28-3-subject-matter',
    'art28-3-duration',
    'art28-3-nature',
    'art28-3-purpose',
    'art28-3-data-types',
    'art28-3-data-subjects',
    'art28-3-governing-law',
    'art28-3-a-instructions',
    'art28-3-a-only-on-instructions',
    'art28-3-a-legal-requirement',
    'art28-3-b-confidentiality',
    'art28-3-c-security',
    'art28-3-d-sub-processing',
    'art28-3-e-data-subject-rights',
    'art28-3-f-compliance-assistance',
    'art28-3-g-deletion-return',
    'art28-3-h-audits',
    'art28-3-h-inspections',
    'art28-3-h-inspection-conditions',
    'art28-3-second-subparagraph-infringing-instructions',
    'art28-4-flow-down'
];

async function art28Findings(text: string) {
    const { findings } = lintModel(await modelOfText(text), { sourceText: text });
    return findings.filter(f => art28Rules.includes(f.ruleId)).map(f => ({ ruleId: f.ruleId, at: `${f.line}:${f.column}` }));
}

/** Removes what `pattern` matches, failing if it does not match exactly once (so an edit can never silently do nothing). */
function without(text: string, pattern: RegExp): string {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    const matches = [...text.matchAll(global)];
    expect(matches.length, `${pattern} matches exactly once`).toBe(1);
    return text.replace(global, '');
}

/** line:column (1-based) where `anchor` matches; it must match exactly once. */
function positionOf(text: string, anchor: RegExp): string {
    const matches = [...text.matchAll(new RegExp(anchor.source, `${anchor.flags.replace('g', '')}g`))];
    expect(matches.length, `${anchor} matches exactly once`).toBe(1);
    const index = matches[0].index!;
    const before = text.slice(0, index);
    return `${before.split('\n').length}:${index - before.lastIndexOf('\n')}`;
}

const header = /^agreement CompleteArt28/m;
const processingSection = /^processing \{/m;
/** A missing clause is reported on the `obligations` keyword of the block it belongs in. */
const obligationsBlock = /^obligations \{/m;
const instructionsClause = /\binstructions \{/;
const securityClause = /\bsecurity \{/;
const subProcessingClause = /\bsub-processing \{/;
const assistanceClause = /\bcompliance-assistance \{/;
const endClause = /\bend-of-processing \{/;

interface Removal {
    element: string;
    edit: (text: string) => string;
    ruleId: string;
    /** The construct the finding points at, in the edited text. */
    anchor: RegExp;
}

const removals: Removal[] = [
    // Art. 28(3), first sentence
    { element: 'subject-matter', ruleId: 'art28-3-subject-matter', anchor: processingSection,
        edit: t => without(t, /\n\s*subject-matter en "[^"]*"/) },
    { element: 'duration', ruleId: 'art28-3-duration', anchor: processingSection,
        edit: t => without(t, /\n\s*duration as main contract \{[^}]*\}/) },
    { element: 'nature', ruleId: 'art28-3-nature', anchor: processingSection,
        edit: t => without(t, /\n\s*nature en "[^"]*"/) },
    { element: 'purpose (every purpose)', ruleId: 'art28-3-purpose', anchor: processingSection,
        edit: t => without(without(t, /\n\s*purpose en "Answering[^"]*"/), /\n\s*purpose en "Managing[^"]*"/) },
    { element: 'type of personal data (every data category)', ruleId: 'art28-3-data-types', anchor: header,
        edit: t => without(without(t, /\ndata categories of customers[^{]*\{[^}]*\}\n/), /\ndata categories of employees[^{]*\{[^}]*\}\n/) },
    { element: 'categories of data subjects (the section and the references to it)', ruleId: 'art28-3-data-subjects', anchor: header,
        edit: t => without(without(without(t, /\ndata subjects \{[^}]*\}\n/), / of customers(?= title)/), / of employees(?= title)/) },
    // Art. 28(3)(a)-(h), whole clauses
    { element: '(a) instructions clause', ruleId: 'art28-3-a-instructions', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*instructions \{[^}]*\}/) },
    { element: '(b) confidentiality clause', ruleId: 'art28-3-b-confidentiality', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*confidentiality \{[^}]*\}/) },
    { element: '(c) security clause', ruleId: 'art28-3-c-security', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*security \{[^}]*\}/) },
    { element: '(d) sub-processing clause', ruleId: 'art28-3-d-sub-processing', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*sub-processing \{[^}]*\}/) },
    { element: '(e) data-subject-rights clause', ruleId: 'art28-3-e-data-subject-rights', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*data-subject-rights \{[^}]*\}/) },
    { element: '(f) compliance-assistance clause', ruleId: 'art28-3-f-compliance-assistance', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*compliance-assistance \{[^}]*\}/) },
    { element: '(g) end-of-processing clause', ruleId: 'art28-3-g-deletion-return', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*end-of-processing \{[^}]*\}/) },
    { element: '(h) audits clause', ruleId: 'art28-3-h-audits', anchor: obligationsBlock,
        edit: t => without(t, /\n\s*audits \{[^}]*\{[^}]*\}\s*\}/) },
    // Art. 28(3), second subparagraph
    { element: "'inform if infringing'", ruleId: 'art28-3-second-subparagraph-infringing-instructions', anchor: instructionsClause,
        edit: t => without(t, /\n\s*inform if infringing/) },
    // Single flags inside a clause that stays
    { element: "(a) 'documented only'", ruleId: 'art28-3-a-instructions', anchor: instructionsClause,
        edit: t => without(t, /\n\s*documented only/) },
    { element: "(a) 'only on instructions'", ruleId: 'art28-3-a-only-on-instructions', anchor: instructionsClause,
        edit: t => without(t, /\n\s*only on instructions/) },
    { element: "(a) 'including transfers'", ruleId: 'art28-3-a-instructions', anchor: instructionsClause,
        edit: t => without(t, /\n\s*including transfers/) },
    { element: "(a) 'inform of legal requirement'", ruleId: 'art28-3-a-legal-requirement', anchor: instructionsClause,
        edit: t => without(t, /\n\s*inform of legal requirement/) },
    { element: "(b) 'staff committed'", ruleId: 'art28-3-b-confidentiality', anchor: /\bconfidentiality \{/,
        edit: t => without(t, / staff committed/) },
    { element: "(c) 'measures annexed'", ruleId: 'art28-3-c-security', anchor: securityClause,
        edit: t => without(t, / measures annexed/) },
    { element: '(c) the measures section', ruleId: 'art28-3-c-security', anchor: securityClause,
        edit: t => without(t, /\nmeasures \{[\s\S]*$/) },
    { element: '(f) art35', ruleId: 'art28-3-f-compliance-assistance', anchor: assistanceClause,
        edit: t => without(t, / art35,/) },
    { element: "(g) 'at controller choice'", ruleId: 'art28-3-g-deletion-return', anchor: endClause,
        edit: t => without(t, /\n\s*at controller choice/) },
    { element: "(g) 'including copies'", ruleId: 'art28-3-g-deletion-return', anchor: endClause,
        edit: t => without(t, /\n\s*including copies/) },
    { element: "(h) inspections", ruleId: 'art28-3-h-audits', anchor: /\baudits \{/,
        edit: t => without(t, /\n\s*inspections \{[^}]*\}/) },
    { element: "(h) inspections without the processor's veto", ruleId: 'art28-3-h-inspections', anchor: /\binspections \{/,
        edit: t => t.replace(/(inspections \{[^}]*)\}/, '$1processor consent }') },
    { element: '(h) inspections open when there is cause to look', ruleId: 'art28-3-h-inspection-conditions', anchor: /\binspections \{/,
        edit: t => t.replace(/(inspections \{[^}]*)\}/, '$1at most once per 12 months }') },
    // Art. 28(4)
    { element: "28(4) 'flow-down'", ruleId: 'art28-4-flow-down', anchor: subProcessingClause,
        edit: t => without(t, /\n\s*flow-down/) },
    { element: "28(4) 'processor liable'", ruleId: 'art28-4-flow-down', anchor: subProcessingClause,
        edit: t => without(t, /\n\s*processor liable/) }
];

describe('Art. 28 completeness', () => {
    it('covers exactly the registered Art. 28(3) and (4) rules', () => {
        const registered = allRules.map(rule => rule.id).filter(id => /^art28-[34]-/.test(id));
        expect(registered).toEqual(art28Rules);
    });

    it('a DPA with every Art. 28(3) and (4) element gives no Art. 28 finding', async () => {
        expect(await art28Findings(completeText)).toEqual([]);
    });

    it.each(removals.map(removal => [removal.element, removal] as const))('without %s: exactly one finding, of its own rule', async (_element, removal) => {
        const edited = removal.edit(completeText);
        expect(edited).not.toBe(completeText);
        expect(await art28Findings(edited)).toEqual([{ ruleId: removal.ruleId, at: positionOf(edited, removal.anchor) }]);
    });

    it('sub-processors listed without a sub-processing clause: the clause is missing, and so are flow-down and liability', async () => {
        const edited = `${without(completeText, /\n\s*sub-processing \{[^}]*\}/)}
sub-processor hosting {
    name "Hosting GmbH"
    country DE
    service en "Hosting" { data all located DE transfer none }
}
`;
        const at = positionOf(edited, obligationsBlock);
        expect(await art28Findings(edited)).toEqual([
            { ruleId: 'art28-3-d-sub-processing', at },
            { ruleId: 'art28-4-flow-down', at },
            { ruleId: 'art28-4-flow-down', at }
        ]);
    });

    it('a DPA on the SCCs of Decision 2021/915 needs the processing details but not the clauses of Art. 28(3)(a)-(h) and (4)', async () => {
        const onScc = `${without(completeText, /\nobligations \{[\s\S]*?\n\}\n/)}
scc 2021/915 {
    clause 1 option 1
    clause 7.7(a) option 2 period 30 days
}
`;
        expect(await art28Findings(onScc)).toEqual([]);
        const withoutNature = without(onScc, /\n\s*nature en "[^"]*"/);
        expect(await art28Findings(withoutNature)).toEqual([{ ruleId: 'art28-3-nature', at: positionOf(withoutNature, processingSection) }]);
    });
});
