import type { ValidationAcceptor } from 'langium';
import type { Overeenkomst } from '../generated/ast.js';
import { artikelen, huidigeStandaard, standaard, zoekArtikel, type Standaard } from '../referentie/standaard/index.js';
import { bedoeldeU, suggesties } from '../referentie/suggesties.js';
import { Code, meld } from './codes.js';
import { verwijzing } from './gedeeld.js';
import { isLeeg } from '../tekst.js';

/**
 * Deviations from the standard ("pas toe of leg uit"): each one is reported as information,
 * because municipalities account for deviations from VNG standards in their annual report; it
 * needs a `motivering`, must name an article the standard has, and one article is deviated from
 * once.
 */
export function controleerAfwijkingen(overeenkomst: Overeenkomst, accept: ValidationAcceptor): void {
    const s = standaard(overeenkomst.standaard) ?? huidigeStandaard();
    const versie = s.bron.versie;
    const eerste = new Map<string, typeof overeenkomst.afwijkingen[number]>();
    for (const afwijking of overeenkomst.afwijkingen) {
        if (afwijking.artikel === undefined) continue;
        const gevonden = zoekArtikel(s, afwijking.artikel);
        if (!gevonden) {
            const voorstel = artikelSuggesties(afwijking.artikel, s);
            meld(accept, Code.onbekendArtikel, `De Standaard VWO ${versie} heeft geen artikel '${afwijking.artikel}'. Een afwijking noemt het nummer van een artikel of lid uit hoofdstuk 3: ${artikelOverzicht(s)}.${bedoeldeU(voorstel.map(a => `"${a}"`))}`, {
                node: afwijking, property: 'artikel', data: { suggesties: voorstel }
            });
            continue;
        }
        const artikel = gevonden.nummer;
        const eerder = eerste.get(artikel);
        if (eerder) {
            meld(accept, Code.dubbeleNaam, `Er is al een afwijking van artikel ${artikel}. Beschrijf alle wijzigingen van één artikel in één afwijking, anders is niet duidelijk welke tekst geldt.`, {
                node: afwijking, property: 'artikel',
                relatedInformation: verwijzing(eerder, `eerste afwijking van artikel ${artikel}`, 'artikel')
            });
            continue;
        }
        eerste.set(artikel, afwijking);
        meld(accept, Code.afwijking, `Afwijking van artikel ${artikel} (${gevonden.kop}) van de Standaard VWO ${versie}. ` +
            `Voor VNG-standaarden geldt "pas toe of leg uit": vermeld deze afwijking met haar motivering in de jaarrapportage (het jaarverslag) van de gemeente.`, {
            node: afwijking, property: 'artikel'
        });
        if (isLeeg(afwijking.motivering)) {
            meld(accept, Code.afwijkingZonderMotivering, `De motivering van de afwijking van artikel ${artikel} is leeg. Leg uit waarom de gemeente van de standaard afwijkt ("pas toe of leg uit").`, {
                node: afwijking, property: 'motivering'
            });
        } else if (afwijking.motivering === undefined) {
            meld(accept, Code.afwijkingZonderMotivering, `De afwijking van artikel ${artikel} heeft geen motivering. "Pas toe of leg uit" vraagt dat de gemeente uitlegt waarom zij van de standaard afwijkt, ook in de jaarrapportage. ` +
                `Voeg toe: motivering "…".`, {
                node: afwijking, property: 'artikel'
            });
        }
    }
}

/** "5,1" or "5.1." → "5.1"; otherwise the nearest article numbers. */
export function artikelSuggesties(artikel: string, s: Standaard): string[] {
    const kaal = artikel.trim().replace(/^(artikel|art\.?)\s*/i, '').replace(/\.$/, '').replace(',', '.');
    const nummers = artikelen(s).map(a => a.nummer);
    if (nummers.includes(kaal)) return [kaal];
    return suggesties(kaal, nummers, 3);
}

/** "artikel 1 tot en met 8, met de leden 1.1–1.2, 2.1–2.2, …" */
function artikelOverzicht(s: Standaard): string {
    const nummers = artikelen(s).map(a => a.nummer);
    const hele = nummers.filter(a => !a.includes('.'));
    const leden = hele.map(h => nummers.filter(a => a.startsWith(`${h}.`))).filter(l => l.length > 0)
        .map(l => l.length === 1 ? l[0] : `${l[0]}–${l[l.length - 1]}`);
    return `artikel ${hele[0]} tot en met ${hele[hele.length - 1]}, of de leden ${leden.join(', ')}`;
}
