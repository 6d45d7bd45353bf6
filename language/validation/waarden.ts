import type { AstNode, ValidationAcceptor } from 'langium';
import isEmailModule from 'validator/lib/isEmail.js';
import type { Contactpersoon, Subverwerker, Verwerker } from '../generated/ast.js';
import { Code, meld } from './codes.js';
import { isLeeg } from '../tekst.js';

/**
 * Values whose form is fixed, so that a typo does not end up in the signed tables: a KvK number
 * (the KvK gives every registration in the Handelsregister a number of 8 digits; spaces and dots as
 * people write it are allowed) and an e-mail address (its form only; vwo never looks anything up).
 * An empty value is a placeholder not yet filled in, for the completeness checks.
 */
const KVK = /^\d{8}$/;
// a CommonJS module: its function is `default` both under Node's ESM loader and in the bundle
const isEmail = isEmailModule.default;

function controleerKvk(node: AstNode, kvk: string | undefined, wie: string, accept: ValidationAcceptor): void {
    if (kvk === undefined || isLeeg(kvk)) return;
    const cijfers = kvk.replace(/[\s.]/g, '');
    if (KVK.test(cijfers)) return;
    const aantal = (cijfers.match(/\d/g) ?? []).length;
    const wat = /^\d*$/.test(cijfers) ? `het heeft ${aantal} ${aantal === 1 ? 'cijfer' : 'cijfers'}` : 'het bevat andere tekens dan cijfers';
    meld(accept, Code.ongeldigKvkNummer, `'${kvk}' is geen KvK-nummer: een KvK-nummer bestaat uit 8 cijfers en ${wat}. Neem het nummer over uit het Handelsregister (kvk.nl) voor ${wie}` +
        (node.$type === 'Subverwerker' ? `; een buitenlandse subverwerker zonder KvK-inschrijving noteert u met registratie "…".` : '.'), {
        node, property: 'kvk'
    });
}

export function controleerKvkVerwerker(verwerker: Verwerker, accept: ValidationAcceptor): void {
    controleerKvk(verwerker, verwerker.kvk, 'de verwerker', accept);
}

export function controleerKvkSubverwerker(subverwerker: Subverwerker, accept: ValidationAcceptor): void {
    controleerKvk(subverwerker, subverwerker.kvk, `subverwerker '${subverwerker.name ?? ''}'`, accept);
}

/** isEmail throws (encodeURI) on a lone surrogate half; such a text is no address either. */
function isEmailadres(tekst: string): boolean {
    return !/\p{Surrogate}/u.test(tekst) && isEmail(tekst, { require_tld: true, allow_display_name: false });
}

export function controleerEmail(contact: Contactpersoon, accept: ValidationAcceptor): void {
    const email = contact.email;
    if (email === undefined || isLeeg(email) || isEmailadres(email.trim())) return;
    meld(accept, Code.ongeldigEmailadres, `'${email}' is geen e-mailadres: een e-mailadres heeft de vorm naam@domein.nl. ` +
        'Via dit adres moet een inbreuk binnen 24 uur gemeld kunnen worden (Bijlage 1, tabel 2; art. 5.1 Standaard VWO; art. 33 AVG); een tikfout merkt pas wie het nodig heeft. Noem één adres per contactpersoon.', {
        node: contact, property: 'email'
    });
}
