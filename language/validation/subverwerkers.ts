import type { ValidationAcceptor } from 'langium';
import type { Overeenkomst, Subverwerker } from '../generated/ast.js';
import { gebruik } from '../scoping/gebruik.js';
import { Code, meld } from './codes.js';
import { gevuld, opsomming } from '../tekst.js';

/**
 * Tabel 3 of Bijlage 1 lists the sub-processors known when the agreement is signed (art. 4.5;
 * art. 28(2) and 28(4) GDPR). One that no processing uses is probably stale or forgotten in tabel 1;
 * one without name, contact, registration, outsourced processing or country cannot be assessed.
 * (A processing naming a sub-processor tabel 3 lacks is a linking error:
 * `subverwerker-niet-vermeld`, in verwijzingen.ts.)
 */
export function controleerSubverwerkers(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const gebruikt = gebruik(overeenkomst, 'subverwerkers');
    for (const subverwerker of overeenkomst.subverwerkers) {
        if (subverwerker.name === undefined || gebruikt.has(subverwerker.name)) continue;
        meld(accept, Code.subverwerkerOngebruikt, `Subverwerker '${subverwerker.name}' staat in tabel 3, maar geen enkele verwerking in tabel 1 gebruikt hem. ` +
            `Tabel 3 hoort precies de subverwerkers te vermelden die voor de verwerkingen worden ingeschakeld (art. 4.5 Standaard VWO; art. 28 lid 2 en 4 AVG). ` +
            `Noem hem bij 'subverwerkers' van de verwerking(en) waarvoor hij werkt, of verwijder hem uit tabel 3.`, {
            node: subverwerker, property: 'name'
        });
    }
}

const VELDEN: ReadonlyArray<{ veld: string; uitleg: string; aanwezig: (s: Subverwerker) => boolean }> = [
    { veld: 'naam', uitleg: 'naam', aanwezig: s => gevuld(s.naam) !== undefined },
    { veld: 'contact', uitleg: 'contactgegevens', aanwezig: s => gevuld(s.contact) !== undefined },
    { veld: 'kvk', uitleg: 'KvK-nummer (of buitenlandse \'registratie\')', aanwezig: s => gevuld(s.kvk) !== undefined || gevuld(s.registratie) !== undefined },
    { veld: 'uitbesteed', uitleg: 'uitbestede verwerkingen', aanwezig: s => gevuld(s.uitbesteed) !== undefined },
    { veld: 'land', uitleg: 'land (nodig om doorgifte buiten de EER te beoordelen)', aanwezig: s => s.land !== undefined }
];

export function controleerSubverwerker(subverwerker: Subverwerker, accept: ValidationAcceptor): void {
    if (subverwerker.name === undefined) return; // a syntax error already says what is wrong here
    const ontbrekend = VELDEN.filter(v => !v.aanwezig(subverwerker));
    if (ontbrekend.length === 0) return;
    meld(accept, Code.subverwerkerOnvolledig, `Subverwerker '${subverwerker.name}' mist ${opsomming(ontbrekend.map(v => v.uitleg))}. ` +
        `Tabel 3 van Bijlage 1 vraagt naam en contactgegevens, KvK-nummer en uitbestede verwerkingen, zodat de verwerkingsverantwoordelijke weet wie er meekijkt en bezwaar kan maken (art. 4.5 Standaard VWO; art. 28 lid 2 AVG). ` +
        `Vul aan: ${ontbrekend.map(v => v.veld === 'land' ? 'land XX' : `${v.veld} "…"`).join(', ')}.`, {
        node: subverwerker, property: 'name',
        data: { ontbrekend: ontbrekend.map(v => v.veld) }
    });
}
