import type { DpaModel, LanguageCode } from '@dpa-as-code/model';
import { buildEdition, renderHtml, type ContractLayout } from '@dpa-as-code/generators';
import type { PreviewLanguage } from './preview-protocol.js';

/**
 * The languages and layout a preview choice stands for, limited to what the agreement declares:
 * "de+en" is German and English side by side when the file has both, otherwise whatever it has;
 * a single language the file lacks falls back to the file's first language.
 */
export function previewEdition(choice: PreviewLanguage, declared: readonly LanguageCode[]): { languages: LanguageCode[]; layout: ContractLayout } {
    const available = declared.length > 0 ? [...declared] : (['de'] as LanguageCode[]);
    if (choice === 'de+en') {
        if (available.includes('de') && available.includes('en')) return { languages: ['de', 'en'], layout: 'side-by-side' };
        return { languages: available, layout: 'sequential' };
    }
    return { languages: [available.includes(choice) ? choice : available[0]], layout: 'sequential' };
}

/**
 * The contract as the self-contained HTML document the HTML generator writes, and the choice
 * it shows after the fallback of `previewEdition`.
 */
export function renderPreviewHtml(model: DpaModel, choice: PreviewLanguage): { html: string; language: PreviewLanguage } {
    const { languages, layout } = previewEdition(choice, model.languages);
    const shown: PreviewLanguage = layout === 'side-by-side' ? 'de+en' : languages[0];
    return { html: renderHtml(buildEdition(model, languages, layout)), language: shown };
}
