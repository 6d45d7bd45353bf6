/**
 * De referentiegegevens als tabellen, zodat een privacy officer kan nagaan wat vwo gelooft:
 * `vwo referentie landen|besluiten|gebieden` toont ze, en de README neemt de tabellen van besluiten
 * en gebieden letterlijk over (een test bewaakt dat). Eén bron: de records in deze map.
 */
import { alsNederlandseDatum } from '../tekst.js';
import { ADEQUAATHEIDSBESLUITEN, besluitNaam } from './adequaatheidsbesluiten.js';
import { GEBIEDEN } from './gebieden.js';
import { BESTEMMINGEN, bestemmingNaam } from './landen.js';

export interface Tabel {
    readonly kolommen: readonly string[];
    readonly rijen: ReadonlyArray<readonly string[]>;
}

export const OVERZICHTEN = ['landen', 'besluiten', 'gebieden'] as const;
export type Overzicht = typeof OVERZICHTEN[number];

const datum = (d: string | undefined) => d ? alsNederlandseDatum(d) : '';

function status(code: string): string {
    const b = BESTEMMINGEN.find(x => x.code === code)!;
    if (b.eer) return b.gebied ? 'EU-grondgebied' : 'EER';
    const adequaat = b.adequaatheidsbesluit ? (b.adequaatheidsbesluit.reikwijdte ? 'adequaat (beperkt)' : 'adequaat') : 'geen adequaatheidsbesluit';
    return `${b.soort === 'internationale-organisatie' ? 'internationale organisatie' : 'derde land'}, ${adequaat}`;
}

function landen(): Tabel {
    return {
        kolommen: ['code', 'bestemming', 'status', 'besluit', 'reikwijdte', 'geldig tot en met', 'stand van'],
        rijen: BESTEMMINGEN.map(b => {
            const besluit = b.adequaatheidsbesluit;
            return [b.code, b.naam, status(b.code), besluit ? besluitNaam(besluit) : '', besluit?.reikwijdte ?? '', datum(besluit?.geldigTot), besluit ? datum(besluit.standVan) : ''];
        })
    };
}

function besluiten(): Tabel {
    return {
        kolommen: ['bestemming', 'besluit', 'gepubliceerd', 'geldig tot en met', 'status', 'reikwijdte', 'stand van', 'niet geverifieerd'],
        rijen: ADEQUAATHEIDSBESLUITEN.map(b => [
            `${bestemmingNaam(b.code)} (\`${b.code}\`)`, besluitNaam(b), datum(b.gepubliceerd), datum(b.geldigTot), b.status,
            b.reikwijdte ?? '', datum(b.standVan), (b.onzeker ?? []).join(', ')
        ])
    };
}

function gebieden(): Tabel {
    return {
        kolommen: ['gebied', 'staat', 'status', 'soort', 'bron', 'wat geldt'],
        rijen: GEBIEDEN.map(g => [
            `${bestemmingNaam(g.code)} (\`${g.code}\`)`, g.staat, g.status === 'eu' ? 'EU-grondgebied: de AVG geldt' : 'geen EU-grondgebied: derde land',
            g.soort, g.bron, (g.toelichting ?? '') + (g.onzeker ? ` Niet geverifieerd: ${g.onzeker}.` : '')
        ])
    };
}

export function overzicht(naam: Overzicht): Tabel {
    return naam === 'landen' ? landen() : naam === 'besluiten' ? besluiten() : gebieden();
}

/** De tabel als Markdown (README): `|` in een cel wordt `\|`. */
export function alsMarkdown(tabel: Tabel): string {
    const cel = (t: string) => t.replace(/\|/g, '\\|');
    return [
        `| ${tabel.kolommen.join(' | ')} |`,
        `|${tabel.kolommen.map(() => '---').join('|')}|`,
        ...tabel.rijen.map(r => `| ${r.map(cel).join(' | ')} |`)
    ].join('\n');
}

/** De tabel als tekst voor de terminal: één regel per rij, kolommen gescheiden door " | ". */
export function alsTekst(tabel: Tabel): string {
    return [tabel.kolommen.join(' | '), ...tabel.rijen.map(r => r.map(c => c.replace(/`/g, '') || '—').join(' | '))].join('\n');
}

/** De tabel als JSON: een lijst objecten met de kolomnamen als sleutels. */
export function alsJson(tabel: Tabel): string {
    return JSON.stringify(tabel.rijen.map(r => Object.fromEntries(tabel.kolommen.map((k, i) => [k, r[i].replace(/`/g, '')]))), null, 2);
}

