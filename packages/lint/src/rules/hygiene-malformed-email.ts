import type { SourceLocation } from '@dpa-as-code/model';
import { defineRule } from '../lint-rule.js';
import { CITATIONS } from '@dpa-as-code/model';

/** local@domain.tld: a local part without spaces or separators (: ; , < > ( ) [ ] "), one @, a domain with at least one dot and a top-level domain of letters. */
const EMAIL = /^[^\s@:;,<>()[\]"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
const LETTER = /\p{L}/u;

/** Contact details the parties rely on must be usable. */
export default defineRule({
    id: 'hygiene-malformed-email',
    kind: 'hygiene',
    defaultSeverity: 'warning',
    citation: { ...CITATIONS.scc915_annex1, also: [`${CITATIONS.art37_7.en} (contact details of the data protection officer)`, 'EDPB Opinion 22/2024'] },
    description: "E-mail addresses of contacts and DPOs have the shape local@domain.tld, and phone numbers contain no letters.",
    messages: {
        phoneWithLetters: 'The phone number "{{number}}" of {{owner}} contains letters: write the number in digits (e.g. "+49 30 1234567").',
        phoneWithoutDigits: 'The phone number "{{number}}" of {{owner}} contains no digits: write the number in digits (e.g. "+49 30 1234567").',
        malformedEmail: 'The e-mail address "{{address}}" of {{owner}} is not of the form local@domain.tld: correct it.'
    },
    check({ model, report }) {
        const email = (address: string, at: SourceLocation, owner: string) => {
            if (!EMAIL.test(address)) report({ messageId: 'malformedEmail', data: { address, owner }, at: at });
        };
        const phone = (number: string, at: SourceLocation, owner: string) => {
            if (LETTER.test(number) || !/\d/.test(number)) report({ messageId: LETTER.test(number) ? 'phoneWithLetters' : 'phoneWithoutDigits', data: { number, owner }, at });
        };
        for (const party of model.parties) {
            for (const contact of party.contacts) {
                const owner = `the ${contact.kind} contact of party '${party.id}'`;
                for (const address of contact.emails) email(address, contact.source, owner);
                for (const number of contact.phones) phone(number, contact.source, owner);
            }
            if (party.dpo) {
                const owner = `the DPO of party '${party.id}'`;
                if (party.dpo.email !== undefined) email(party.dpo.email, party.dpo.source, owner);
                if (party.dpo.phone !== undefined) phone(party.dpo.phone, party.dpo.source, owner);
            }
        }
    }
});
