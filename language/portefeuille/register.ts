/**
 * The processor-related columns of the municipality's processing register (art. 30 lid 1 AVG),
 * one row per processing of tabel 1: purposes (b), data subjects and personal data (c), the
 * recipients — verwerker and sub-processors (d), transfers to third countries with their
 * safeguards (e) and the security measures (g). The README names the columns.
 */
import { gebruikteSubverwerker } from '../beheer/meldingen.js';
import type { Normenstelsel } from '../generated/ast.js';
import { isEer, normaliseerLandcode } from '../referentie/landen.js';
import { weergave } from '../render/velden.js';
import { isBijzondereKlasse, klasseVan } from '../validation/gegevens.js';
import { gevuld } from '../tekst.js';
import { leverancierVan } from './leverancier.js';
import type { RegisterRij } from './model.js';
import { naamVan, overeenkomstenVan, regelVan, type Gecontroleerd } from './opbouw.js';

function norm(n: Normenstelsel): string | undefined {
    const naam = n.soort === 'BIO' ? 'BIO' : gevuld(n.naam);
    return naam && n.gecertificeerd ? `${naam} (gecertificeerd)` : naam;
}

export function bouwRegister(bestanden: readonly Gecontroleerd[]): RegisterRij[] {
    return overeenkomstenVan(bestanden).flatMap(({ o, bestand }) => {
        const leverancier = leverancierVan(o);
        const normen = (leverancier.beveiliging?.normenstelsels ?? []).map(norm).filter((n): n is string => n !== undefined);
        return o.verwerkingen.map((v): RegisterRij => ({
            overeenkomst: naamVan(o), bestand: bestand.bestand, regel: regelVan(v),
            verwerking: gevuld(v.naam) ?? v.name ?? '',
            doeleinden: gevuld(v.doeleinden) ?? null,
            gemeente: gevuld(o.verwerkingsverantwoordelijke?.gemeente) ?? null,
            verwerker: leverancier.naam ?? null,
            verwerkerKvk: leverancier.kvk ?? null,
            // an announced sub-processor (art. 4.5) is a recipient too
            subverwerkers: v.subverwerkers.map(r => {
                const s = gebruikteSubverwerker(v, r);
                return { naam: s?.naam ?? r.$refText, land: s?.land ? normaliseerLandcode(s.land) : null };
            }),
            betrokkenen: v.betrokkenen.map(r => weergave(r) ?? r.$refText),
            persoonsgegevens: v.persoonsgegevens.map(r => weergave(r) ?? r.$refText),
            bijzondereGegevens: v.persoonsgegevens.flatMap(r => {
                return r.ref && isBijzondereKlasse(klasseVan(r.ref)) ? [weergave(r) ?? r.$refText] : [];
            }),
            doorgiften: v.doorgiften.flatMap(d => d.land && !isEer(d.land)
                ? [{ land: normaliseerLandcode(d.land), instrument: d.instrument ?? null, maatregelen: gevuld(d.maatregelen) ?? null }]
                : []),
            beveiliging: normen.length > 0 ? normen.join('; ') : null
        }));
    });
}
