import { SCC_2021_914_MODULES, scc2021914ModuleForRoles, type DpaModel, type Transfer, type TransferParticipant, type TransferRole } from '@dpa-as-code/model';

// Shared by the rules on agreement-level transfers under Decision 2021/914 (docs/legal/transfers.md).

/** The role a participant plays in the transfer: a party's own role; a sub-processor is a processor. */
export function participantRole(model: DpaModel, participant: TransferParticipant | undefined): TransferRole | undefined {
    if (!participant) return undefined;
    if (participant.kind === 'sub-processor') return 'processor';
    const party = model.parties.find(candidate => candidate.id === participant.id);
    // A customer that is itself a processor exports as processor (Module 3); one that is so only sometimes has no single role.
    if (party?.actsAsProcessor === 'always') return 'processor';
    if (party?.actsAsProcessor === 'where-applicable') return undefined;
    return party?.role;
}

/** The transfers that rest on the SCCs of Decision 2021/914. */
export function scc2021914Transfers(model: DpaModel): Transfer[] {
    return (model.transfers ?? []).filter(transfer => transfer.mechanism?.kind === 'scc-2021/914');
}

/** The module a transfer uses: the one stated, else the one its parties' roles call for; undefined when neither is known. */
export function effectiveModule(model: DpaModel, transfer: Transfer): number | undefined {
    const stated = transfer.mechanism?.module;
    if (stated !== undefined && SCC_2021_914_MODULES.some(entry => entry.module === stated)) return stated;
    return scc2021914ModuleForRoles(participantRole(model, transfer.exporter), participantRole(model, transfer.importer))?.module;
}
