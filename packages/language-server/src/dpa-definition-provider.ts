import type { LangiumDocument, MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { CancellationToken, DefinitionParams, LocationLink } from 'vscode-languageserver';
import { textReferenceDefinition } from './text-reference-features.js';
import { parameterDefinition } from './parameter-features.js';

/** Langium's go to definition, plus typed references inside texts (`{annex measures}` → the `measures` section). */
export class DpaDefinitionProvider extends DefaultDefinitionProvider {
    override getDefinition(document: LangiumDocument, params: DefinitionParams, cancelToken?: CancellationToken): MaybePromise<LocationLink[] | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const inText = textReferenceDefinition(document, offset) ?? parameterDefinition(document, offset);
        return inText ?? super.getDefinition(document, params, cancelToken);
    }
}
