import { adequacyDecisionFor, isEeaCountry, REGION_NAMES, type Service, type SubProcessor } from '@dpa-as-code/model';
import { clauseLibrary } from '../clauses/clause-library.js';
import type { ContractContext } from '../contract/contract-context.js';
import { formatList } from '../clauses/format.js';

const texts = clauseLibrary.dataFlow;

export type CountryStatus = 'eea' | 'adequacy' | 'certified' | 'third' | 'unknown';

/** One service of a sub-processor: one edge from the processor, labelled with its transfer basis. */
export interface FlowEdge {
    service: string;
    basis: string;
}

export interface FlowRecipient {
    id: string;
    name: string;
    edges: FlowEdge[];
}

export interface FlowCountry {
    /** ISO code; undefined when the file states neither the sub-processor's country nor a server location. */
    code?: string;
    /** "Vereinigte Staaten (Drittland)". */
    label: string;
    status: CountryStatus;
    recipients: FlowRecipient[];
}

/** Who sends personal data where: the controllers, the processor, and the sub-processors by country. */
export interface DataFlow {
    controllers: string[];
    processor: string;
    countries: FlowCountry[];
}

/**
 * The data flows of the model in the context's language. Countries appear in the order the file first
 * names them; each sub-processor sits in the country of its seat (else its first server location).
 */
export function buildDataFlow(ctx: ContractContext): DataFlow {
    const { model } = ctx;
    const partyName = (role: 'controller' | 'processor') => model.parties.filter(party => party.role === role)
        .map(party => ctx.optionalText(party.legalName, `party '${party.id}' name`, party.source) ?? party.id);
    const countries: FlowCountry[] = [];
    for (const subProcessor of model.subProcessors) {
        const code = recipientCountry(subProcessor);
        let country = countries.find(candidate => candidate.code === code);
        if (country === undefined) {
            const status = countryStatus(code);
            const statusText = ctx.t(texts.status[status]);
            country = { ...(code !== undefined ? { code } : {}), label: code === undefined ? statusText : `${ctx.country(code)} (${statusText})`, status, recipients: [] };
            countries.push(country);
        }
        country.recipients.push({
            id: subProcessor.id,
            name: subProcessor.legalName ?? subProcessor.id,
            edges: subProcessor.services.map((service, index) => ({
                service: ctx.text(service.purpose, `sub-processor '${subProcessor.id}' service ${index + 1} purpose`, service.source),
                basis: transferBasis(ctx, service, code)
            }))
        });
    }
    const processors = partyName('processor');
    return { controllers: partyName('controller'), processor: processors.length > 0 ? formatList(processors, ctx.lang) : ctx.t(texts.processor), countries };
}

function recipientCountry(subProcessor: SubProcessor): string | undefined {
    if (subProcessor.country !== undefined) return subProcessor.country;
    for (const service of subProcessor.services) {
        if (service.location && !service.location.regionDependent) {
            const first = service.location.countries.at(0);
            if (first !== undefined) return first;
        }
    }
    return undefined;
}

/** A member state of the EEA, or a server location given as the EU or the EEA as a whole (`located EU`). */
export function insideEea(code: string): boolean {
    return isEeaCountry(code) || code in REGION_NAMES;
}

export function countryStatus(code: string | undefined): CountryStatus {
    if (code === undefined) return 'unknown';
    if (insideEea(code)) return 'eea';
    const decision = adequacyDecisionFor(code);
    if (decision === undefined) return 'third';
    // The US decision covers only recipients certified under the Data Privacy Framework.
    return decision.requiresCertification === undefined ? 'adequacy' : 'certified';
}

/** The basis as the sub-processor annex states it; without one, "no third-country transfer" inside the EEA, else "no basis stated". */
export function transferBasis(ctx: ContractContext, service: Service, country: string | undefined): string {
    if (service.transfer) {
        const basis = ctx.t(clauseLibrary.subProcessorAnnex.transfers[service.transfer.kind])({ module: service.transfer.module });
        return ctx.optionalText(service.transfer.stated, 'transfer basis as stated', service.source) ?? basis;
    }
    if (country !== undefined && insideEea(country)) return ctx.t(clauseLibrary.subProcessorAnnex.transfers.none)();
    return ctx.t(texts.noBasis);
}

/** Every edge as one line of text: what the picture shows, for formats without pictures. */
export function edgeDescriptions(ctx: ContractContext, flow: DataFlow): string[] {
    return flow.countries.flatMap(country => country.recipients.flatMap(recipient => recipient.edges.map(edge =>
        ctx.t(texts.edge)({ from: flow.processor, to: `${recipient.name}, ${country.label}`, service: edge.service, basis: edge.basis }))));
}
