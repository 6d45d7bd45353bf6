/**
 * De adequaatheidsbesluiten van een bestemming in woorden, voor de hover en `vwo referentie`:
 * het besluit dat geldt (nummer, datum, publicatie, geldigheid, reikwijdte, stand van) en de
 * geschiedenis. Platte tekst; wie Markdown maakt, ontsnapt haar zelf.
 */
import { alsNederlandseDatum } from '../tekst.js';
import { besluitNaam, onzekerheid, type Adequaatheidsbesluit } from './adequaatheidsbesluiten.js';
import type { Bestemming } from './landen.js';

/** "gepubliceerd 11-10-2021; geldig tot en met 27-12-2031; stand van 02-12-2026; nummer niet geverifieerd (…)" */
export function besluitDetails(besluit: Adequaatheidsbesluit): string {
    const delen: string[] = [besluit.grondslag];
    if (besluit.gepubliceerd) delen.push(`gepubliceerd in het Publicatieblad op ${alsNederlandseDatum(besluit.gepubliceerd)}`);
    if (besluit.geldigTot) delen.push(`${besluit.status === 'vervallen' ? 'vervallen na' : 'geldig tot en met'} ${alsNederlandseDatum(besluit.geldigTot)}`);
    if (besluit.opmerking) delen.push(besluit.opmerking);
    delen.push(`stand van ${alsNederlandseDatum(besluit.standVan)}`);
    const onzeker = onzekerheid(besluit);
    if (onzeker) delen.push(onzeker);
    return delen.join('; ');
}

/** Regels voor de hover: het geldende besluit, zijn reikwijdte en de eerdere besluiten. */
export function besluitRegels(bestemming: Bestemming): string[] {
    const regels: string[] = [];
    const geldend = bestemming.adequaatheidsbesluit;
    if (geldend) {
        regels.push(`Adequaatheidsbesluit: ${besluitNaam(geldend)} (${besluitDetails(geldend)}).`);
        if (geldend.reikwijdte) regels.push(`Reikwijdte: ${geldend.reikwijdte}. Valt de ontvanger erbuiten, dan is een ander instrument nodig (art. 46 AVG).`);
    }
    const eerder = bestemming.besluiten.filter(b => b !== geldend);
    if (eerder.length > 0) {
        regels.push(`Eerdere besluiten: ${eerder.map(b => `${besluitNaam(b)} (${besluitDetails(b)}${b.reikwijdte ? `; reikwijdte: ${b.reikwijdte}` : ''})`).join(' — ')}.`);
    }
    return regels;
}
