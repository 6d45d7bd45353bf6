import type { AstNode, ValidationAcceptor } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../referentie/catalogus.js';
import { gemengdeWoorden, skelet, verschil } from '../referentie/gelijkenis.js';
import { Code, meld } from './codes.js';
import { verwijzing } from './gedeeld.js';

interface Naam {
    readonly tekst: string;
    readonly node: AstNode;
    readonly property: 'name' | 'naam';
}

const WAAROM = 'In een ondertekende overeenkomst moet vaststaan om wie of wat het gaat: de verwerkingsverantwoordelijke moet kunnen zien tegen welke subverwerker zij bezwaar maakt (art. 28 lid 2 AVG).';

/**
 * `gelijkende-naam`: a name that mixes scripts in one word, and two different names of one kind
 * that look the same (the same Unicode skeleton): the reader cannot tell them apart. The
 * catalogue of Bijlage 1 comes first: an own name that looks like one of its names is reported,
 * never the catalogue's. Plain loops and maps by skeleton: this runs at every keystroke, over
 * every declaration of the agreement.
 */
export function controleerGelijkendeNamen(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    vergelijk('subverwerker', namenVan(overeenkomst.subverwerkers, true), GEEN_CATALOGUS, accept);
    vergelijk('verwerking', namenVan(overeenkomst.verwerkingen, true), GEEN_CATALOGUS, accept);
    vergelijk('categorie', namenVan(overeenkomst.categorieen, false), catalogus(PERSOONSGEGEVENS), accept);
    vergelijk('betrokkene', namenVan(overeenkomst.betrokkenen, false), catalogus(BETROKKENEN), accept);
}

/** The identifiers of `nodes` and, `metNaam`, their `naam` texts, in the order of the file; empty ones left out. */
function namenVan(nodes: ReadonlyArray<AstNode & { name?: string; naam?: string }>, metNaam: boolean): Naam[] {
    const namen: Naam[] = [];
    for (const node of nodes) {
        if (node.name) namen.push({ tekst: node.name, node, property: 'name' });
        if (metNaam && node.naam) namen.push({ tekst: node.naam, node, property: 'naam' });
    }
    return namen;
}

function vergelijk(soort: string, namen: readonly Naam[], uitCatalogus: ReadonlyMap<string, string>, accept: ValidationAcceptor): void {
    for (const naam of namen) {
        for (const { woord, vreemd } of gemengdeWoorden(naam.tekst)) {
            meld(accept, Code.gelijkendeNaam, `'${woord}' mengt letters van verschillende schriften: ${vreemd}. Zo'n woord ziet eruit als een ander woord en is het niet. ${WAAROM} Typ het woord opnieuw in één schrift.`, {
                node: naam.node, property: naam.property
            });
        }
    }
    // identifiers and `naam` texts are compared among themselves
    const eersteId = new Map<string, Naam>();
    const eersteNaam = new Map<string, Naam>();
    for (const naam of namen) {
        const sleutel = skelet(naam.tekst);
        const catalogusNaam = naam.property === 'name' ? uitCatalogus.get(sleutel) : undefined;
        if (catalogusNaam !== undefined) {
            if (catalogusNaam !== naam.tekst) meldGelijkend(soort, naam, `de ${soort} '${catalogusNaam}' uit de catalogus van Bijlage 1`, catalogusNaam, undefined, accept);
            continue;
        }
        const eerste = naam.property === 'name' ? eersteId : eersteNaam;
        const eerder = eerste.get(sleutel);
        if (!eerder) eerste.set(sleutel, naam);
        else if (eerder.tekst !== naam.tekst) meldGelijkend(soort, naam, `${soort} '${eerder.tekst}'`, eerder.tekst, eerder, accept);
    }
}

function meldGelijkend(soort: string, naam: Naam, waar: string, ander: string, eerder: Naam | undefined, accept: ValidationAcceptor): void {
    meld(accept, Code.gelijkendeNaam, `'${naam.tekst}' ziet eruit als ${waar}, maar is een andere naam: ${verschil(naam.tekst, ander)}. ${WAAROM} Geef ze namen die ook op papier verschillen.`, {
        node: naam.node, property: naam.property,
        relatedInformation: eerder && verwijzing(eerder.node, `de ${soort} '${eerder.tekst}'`, eerder.property)
    });
}

const GEEN_CATALOGUS: ReadonlyMap<string, string> = new Map();
const catalogi = new WeakMap<object, ReadonlyMap<string, string>>();

/** A catalogue's names by skeleton, the first of equal ones; computed once. */
function catalogus(lijst: ReadonlyArray<{ readonly naam: string }>): ReadonlyMap<string, string> {
    let perSkelet = catalogi.get(lijst);
    if (!perSkelet) {
        const nieuw = new Map<string, string>();
        for (const { naam } of lijst) if (naam && !nieuw.has(skelet(naam))) nieuw.set(skelet(naam), naam);
        catalogi.set(lijst, perSkelet = nieuw);
    }
    return perSkelet;
}
