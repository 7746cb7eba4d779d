import type { Art32Objective, ControlCategory, DpaModel, MeasureGroup, MeasureItem } from '@dpa-as-code/model';
import { allMeasureGroups } from '@dpa-as-code/model';

/**
 * Which Art. 32(1) objectives the `measures` section covers, shared by the art32-1-* rules.
 *
 * A measure group covers
 * - the objectives it names (`objectives …`), and
 * - the objectives its `control` category serves, by CONTROL_OBJECTIVES below,
 * but only if the group has content: at least one `measure` or `description`, in it or in a subgroup.
 * A heading without measures describes nothing (Annex III of the 2021/915 SCCs: measures
 * "described concretely and not in a generic manner").
 *
 * Two objectives may also be shown by a measure's key facts, wherever the measure stands:
 * encryption (ENCRYPTION_FACT) and restoration (RESTORATION_FACT).
 */

/**
 * The German control categories (former annex to § 9 BDSG and later additions) mapped to the
 * Art. 32(1) objectives they serve in substance. It follows the structure common in German TOM
 * annexes since 2018 (confidentiality: Zutritt, Zugang, Zugriff, Trennung; integrity: Weitergabe,
 * Eingabe; availability and resilience: Verfügbarkeit; lit. d: Datenschutz-Management), with these
 * deliberate choices:
 * - `availability` (Verfügbarkeitskontrolle: protection against accidental loss or destruction) covers
 *   availability and resilience, which annexes treat together ("Verfügbarkeit und Belastbarkeit"), but
 *   not restoration: timely restoration (lit. c) was added by the GDPR and is not implied by backups.
 * - `data-protection-management` and `information-security` cover testing (lit. d): a management system
 *   (e.g. ISO/IEC 27001) is a process of regular review and evaluation.
 * - `incident-management`, `job`, `organisation` and `privacy-by-design` cover no objective by themselves:
 *   annexes often file them under lit. d, but handling incidents, processing on instructions, internal
 *   organisation and Art. 25 defaults neither restore data in time nor test the measures. A group that does
 *   states it with `objectives restoration` or `objectives testing`.
 */
export const CONTROL_OBJECTIVES: Readonly<Record<ControlCategory, readonly Art32Objective[]>> = {
    'physical-access': ['confidentiality'],
    'system-access': ['confidentiality'],
    'data-access': ['confidentiality'],
    'separation': ['confidentiality'],
    'pseudonymisation': ['pseudonymisation'],
    'transfer': ['integrity'],
    'input': ['integrity'],
    'availability': ['availability', 'resilience'],
    'data-protection-management': ['testing'],
    'information-security': ['testing'],
    'incident-management': [],
    'job': [],
    'organisation': [],
    'privacy-by-design': []
};

/** A key fact that shows encryption of data: `cipher`, `diskEncryption`, `transportTls`, … (not key lengths alone). */
export const ENCRYPTION_FACT = /cipher|encrypt|tls/i;
/** A key fact that shows timely restoration: `restoreWithin`, `recoveryTime`, `rto`, … */
export const RESTORATION_FACT = /restor|recover|^rto$/i;

/** The Art. 32(1) objectives the agreement's measures cover; empty without a `measures` section. */
export function coveredObjectives(model: DpaModel): Set<Art32Objective> {
    const covered = new Set<Art32Objective>();
    for (const group of allMeasureGroups(model)) {
        if (!hasContent(group)) continue;
        for (const objective of group.objectives) covered.add(objective);
        if (group.control) for (const objective of CONTROL_OBJECTIVES[group.control]) covered.add(objective);
        for (const item of group.items) {
            if (item.kind !== 'measure') continue;
            for (const fact of item.facts) {
                if (ENCRYPTION_FACT.test(fact.name)) covered.add('encryption');
                if (RESTORATION_FACT.test(fact.name)) covered.add('restoration');
            }
        }
    }
    return covered;
}

function hasContent(group: MeasureGroup): boolean {
    return group.items.some((item: MeasureItem) => item.kind !== 'group' || hasContent(item));
}

/** Where an art32-1-* finding points: the `measures` section, or the agreement header if there is none. */
export function measuresLocation(model: DpaModel) {
    return model.measures?.source ?? model.source;
}
