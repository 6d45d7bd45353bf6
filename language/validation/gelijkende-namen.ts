import type { AstNode, ValidationAcceptor } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../referentie/catalogus.js';
import { gemengdeWoorden, skelet, verschil } from '../referentie/gelijkenis.js';
import { Code, meld } from './codes.js';
import { verwijzing } from './gedeeld.js';

interface Naam {
    readonly tekst: string;
    readonly node: AstNode;
    readonly property: string;
    /** from the catalogue of Bijlage 1: no place in the file */
    readonly catalogus?: boolean;
}

const WAAROM = 'In een ondertekende overeenkomst moet vaststaan om wie of wat het gaat: de verwerkingsverantwoordelijke moet kunnen zien tegen welke subverwerker zij bezwaar maakt (art. 28 lid 2 AVG).';

/**
 * `gelijkende-naam`: a name that mixes scripts in one word, and two different names of one kind
 * that look the same (the same Unicode skeleton): the reader cannot tell them apart.
 */
export function controleerGelijkendeNamen(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const groepen: Array<[string, Naam[]]> = [
        ['subverwerker', overeenkomst.subverwerkers.flatMap(s => [
            { tekst: s.name, node: s, property: 'name' }, { tekst: s.naam, node: s, property: 'naam' }])],
        ['verwerking', overeenkomst.verwerkingen.flatMap(v => [
            { tekst: v.name, node: v, property: 'name' }, { tekst: v.naam, node: v, property: 'naam' }])],
        ['categorie', [...overeenkomst.categorieen.map(c => ({ tekst: c.name, node: c, property: 'name' })),
            ...PERSOONSGEGEVENS.map(c => ({ tekst: c.naam, node: overeenkomst, property: 'name', catalogus: true }))]],
        ['betrokkene', [...overeenkomst.betrokkenen.map(b => ({ tekst: b.name, node: b, property: 'name' })),
            ...BETROKKENEN.map(b => ({ tekst: b.naam, node: overeenkomst, property: 'name', catalogus: true }))]]
    ].map(([soort, namen]) => [soort as string, (namen as Array<Partial<Naam>>).filter((n): n is Naam => typeof n.tekst === 'string' && n.tekst.length > 0)]);
    for (const [soort, namen] of groepen) {
        for (const naam of namen) {
            if (naam.catalogus) continue;
            for (const { woord, vreemd } of gemengdeWoorden(naam.tekst)) {
                meld(accept, Code.gelijkendeNaam, `'${woord}' mengt letters van verschillende schriften: ${vreemd}. Zo'n woord ziet eruit als een ander woord en is het niet. ${WAAROM} Typ het woord opnieuw in één schrift.`, {
                    node: naam.node, property: naam.property
                });
            }
        }
        const eerste = new Map<string, Naam>();
        for (const naam of [...namen].sort((a, b) => Number(!a.catalogus) - Number(!b.catalogus))) {
            const sleutel = `${naam.property === 'naam' ? 'naam' : 'id'}:${skelet(naam.tekst)}`;
            const eerder = eerste.get(sleutel);
            if (!eerder) {
                eerste.set(sleutel, naam);
                continue;
            }
            if (eerder.tekst === naam.tekst || naam.catalogus) continue;
            const waar = eerder.catalogus ? `de ${soort} '${eerder.tekst}' uit de catalogus van Bijlage 1` : `${soort} '${eerder.tekst}'`;
            meld(accept, Code.gelijkendeNaam, `'${naam.tekst}' ziet eruit als ${waar}, maar is een andere naam: ${verschil(naam.tekst, eerder.tekst)}. ${WAAROM} Geef ze namen die ook op papier verschillen.`, {
                node: naam.node, property: naam.property,
                relatedInformation: eerder.catalogus ? undefined : verwijzing(eerder.node, `de ${soort} '${eerder.tekst}'`, eerder.property)
            });
        }
    }
}
