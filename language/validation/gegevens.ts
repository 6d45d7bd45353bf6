import type { ValidationAcceptor } from 'langium';
import type { Categorie, Verwerking } from '../generated/ast.js';
import { zoekPersoonsgegevens, type Klasse } from '../referentie/catalogus.js';
import { isIngebouwd } from '../scoping/catalogus-document.js';
import { Code, meld } from './codes.js';
import { verwijzing } from './gedeeld.js';

const DPIA = 'Beoordeel of een gegevensbeschermingseffectbeoordeling (DPIA) nodig is; de verwerker werkt daaraan mee (art. 35 AVG; art. 4.7 Standaard VWO).';

const UITLEG: Readonly<Record<Exclude<Klasse, 'gewoon'>, (naam: string) => string>> = {
    art9: naam => `'${naam}' zijn bijzondere persoonsgegevens (art. 9 AVG): verwerking is verboden tenzij een uitzondering van art. 9 lid 2 AVG of art. 22–30 UAVG geldt. Leg die grondslag vast. ${DPIA}`,
    art10: naam => `'${naam}' zijn persoonsgegevens van strafrechtelijke aard (art. 10 AVG): verwerking mag alleen onder overheidstoezicht of met een wettelijke grondslag (art. 31–33 UAVG). Leg die grondslag vast. ${DPIA}`,
    bsn: () => `Het burgerservicenummer mag alleen worden verwerkt ter uitvoering van de wet of voor doeleinden die bij wet zijn bepaald (art. 46 UAVG; art. 87 AVG). Leg de wettelijke grondslag vast. ${DPIA}`,
    gevoelig: naam => `'${naam}' zijn gevoelige persoonsgegevens (tabel "Bijzondere en gevoelige persoonsgegevens" van Bijlage 1): geen bijzondere persoonsgegevens in de zin van art. 9 AVG, maar misbruik raakt betrokkenen hard. Neem passende extra maatregelen (art. 32 AVG). ${DPIA}`
};

/**
 * `bijzondere-persoonsgegevens`: special categories (art. 9 GDPR), criminal data (art. 10), the BSN
 * (art. 46 UAVG), sensitive data of the standard's table and own categories declared `bijzonder`
 * get an information with their legal ground and the DPIA of art. 4.7 — once per processing.
 */
export function controleerBijzondereGegevens(verwerking: Verwerking, accept: ValidationAcceptor): void {
    if (verwerking.name === undefined) return;
    const gemeld = new Set<string>();
    verwerking.persoonsgegevens.forEach((ref, index) => {
        const categorie = ref.ref;
        if (!categorie || gemeld.has(ref.$refText)) return;
        const bericht = beschrijf(categorie);
        if (!bericht) return;
        gemeld.add(ref.$refText);
        meld(accept, Code.bijzonderePersoonsgegevens, `Verwerking '${verwerking.name}': ${bericht}`, {
            node: verwerking, property: 'persoonsgegevens', index,
            relatedInformation: verwijzing(categorie, `categorie '${categorie.name}' is gedeclareerd als bijzonder`, 'bijzonder')
        });
    });
}

function beschrijf(categorie: Categorie): string | undefined {
    if (isIngebouwd(categorie)) {
        const ingebouwd = zoekPersoonsgegevens(categorie.name);
        return ingebouwd && ingebouwd.klasse !== 'gewoon' ? UITLEG[ingebouwd.klasse](ingebouwd.weergave) : undefined;
    }
    if (!categorie.bijzonder) return undefined;
    return `de eigen categorie '${categorie.name}'${categorie.omschrijving ? ` ("${categorie.omschrijving}")` : ''} is gedeclareerd als bijzonder. ` +
        `Bijzondere persoonsgegevens mogen alleen worden verwerkt met een uitzondering van art. 9 lid 2 AVG (of art. 10 AVG voor strafrechtelijke gegevens, art. 46 UAVG voor het BSN). Leg die grondslag vast. ${DPIA}`;
}
