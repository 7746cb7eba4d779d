import { CITATIONS } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { removeSpan } from './flag-edits.js';

/**
 * Art. 28(3) and (9): processing is governed by a contract that binds the processor and is in writing.
 * Terms that one party may replace on its own ("the latest version always applies") are imposed, not agreed.
 * Adapting the measures to technical progress without lowering the agreed level (`security { adapt to progress }`)
 * is agreed in advance with that floor and is not reported.
 */
export default defineRule({
    id: 'art28-9-unilateral-amendment',
    kind: 'requirement',
    hasSuggestions: true,
    defaultSeverity: 'error',
    citation: { ...CITATIONS.art28_3_9 },
    description: 'The processor cannot change the agreement on its own: every amendment is agreed by both parties in writing.',
    messages: {
        unilateralAmendment: "The processor reserves the right to update this agreement on its own ('updates by processor'): a version it changes alone binds the controller without the controller having agreed to it, while the contract that governs the processing must be agreed and in writing. Remove 'updates by processor', and agree amendments in writing (for example: the processor proposes a change, the controller may object or terminate). If the text only lets the processor adapt the technical and organisational measures to technical progress without lowering the agreed level, that is no amendment of the agreement: write 'adapt to progress' (and 'material changes documented' or 'notified') in the 'security' clause instead."
    },
    check({ model, source, report }) {
        if (!model.processorMayUpdate) return;
        const at = model.processorMayUpdateSource ?? model.source;
        // Deleting the parties' wording is their decision: offered in the editor, never applied by `--fix`.
        const suggestion = source && model.processorMayUpdateSource
            ? removeSpan(source, source.offsetAt(at), source.offsetAt({ line: at.endLine, column: at.endColumn }), "Remove 'updates by processor'")
            : undefined;
        report({ messageId: 'unilateralAmendment', at, ...(suggestion ? { suggestions: [suggestion] } : {}) });
    }
});
