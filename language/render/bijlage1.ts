/**
 * Bijlage 1 of the document: tabel 1 (the processings, one row per transfer to a third country,
 * so that country, instrument and measures stand side by side), tabel 2 (contacts) and tabel 3
 * (sub-processors). A value that is wrong (an unknown country code or instrument, a category that
 * resolves to nothing) shows as a placeholder, as a missing one does.
 */
import type { Contactpersoon, Doorgifte, Overeenkomst, Subverwerker, Verwerking } from '../generated/ast.js';
import { bestemmingNaam, isEer, zoekBestemming } from '../referentie/landen.js';
import { zoekInstrument } from '../referentie/instrumenten.js';
import type { Standaard } from '../referentie/standaard/index.js';
import type { Blok, Cel, Inline, Regel } from './model.js';
import { gevuld, langeDatum } from '../tekst.js';
import { tekst, TOETSUITKOMST, waarde, weergave } from './velden.js';

/** What Bijlage 1 needs of the builder: the file, the template, and placeholders that are counted. */
export interface Opbouw {
    readonly o: Overeenkomst;
    readonly s: Standaard;
    readonly blokken: Blok[];
    open(w: string | undefined, placeholder: string): Inline;
}

/** Column widths of tabel 1 as the standard's proportions; the DOCX writer widens for long words. */
const TABEL1_BREEDTES = [12, 16, 14, 18, 12, 13, 15];

export function bijlage1(b: Opbouw): void {
    const t = b.s.tekst.bijlage1;
    b.blokken.push({ soort: 'paginaeinde' });
    b.blokken.push({ soort: 'kop', niveau: 2, tekst: [tekst(t.titel)], anker: 'bijlage-1' });
    b.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(t.verwerkingen.kop)], anker: 'bijlage-1-tabel-1' });
    const rijen = b.o.verwerkingen.length > 0 ? b.o.verwerkingen.flatMap(v => verwerkingRijen(b, v)) : [legeVerwerkingRij(b)];
    b.blokken.push({ soort: 'tabel', kolommen: t.verwerkingen.kolommen, rijen, breedtes: TABEL1_BREEDTES });

    const c = t.contactgegevens;
    b.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(c.kop)], anker: 'bijlage-1-tabel-2' });
    b.blokken.push({
        soort: 'tabel', kolommen: [], labelkolom: true, breedtes: [40, 60], ondeelbareRijen: true,
        rijen: [
            [[[tekst(c.verwerkingsverantwoordelijke)]], contactCel(b, 'verwerkingsverantwoordelijke', c.celInhoud)],
            [[[tekst(c.verwerker)]], contactCel(b, 'verwerker', c.celInhoud)],
            [[[tekst(c.ibd[0])]], [[tekst(c.ibd[1])]]]
        ]
    });
    b.blokken.push({ soort: 'alinea', tekst: [tekst(c.nb)], stijl: 'opmerking' });

    b.blokken.push({ soort: 'kop', niveau: 3, tekst: [tekst(t.subverwerkers.kop)], anker: 'bijlage-1-tabel-3' });
    const subverwerkers = b.o.subverwerkers.length > 0
        ? b.o.subverwerkers.map(s => subverwerkerRij(b, s))
        : [[[[waarde('Geen subverwerkers')]], [[waarde('—')]], [[waarde('—')]], [[waarde('—')]]]];
    b.blokken.push({ soort: 'tabel', kolommen: t.subverwerkers.kolommen, rijen: subverwerkers, breedtes: [34, 18, 28, 20], ondeelbareRijen: true });
}

/** One row per transfer; the processing's own cells span them (`null`: continues the cell above). */
function verwerkingRijen(b: Opbouw, v: Verwerking): Cel[][] {
    const lijst = (namen: Array<string | undefined>, placeholder: string): Regel[] => {
        const regels = namen.map(n => [n !== undefined ? waarde(n) : b.open(undefined, placeholder)]);
        return regels.length > 0 ? regels : [[b.open(undefined, placeholder)]];
    };
    const [naam, doeleinden, betrokkenen, persoonsgegevens] = b.s.tekst.bijlage1.verwerkingen.invulvelden;
    const eigen: Cel[] = [
        [[b.open(v.naam ?? v.name, naam)]],
        [[b.open(v.doeleinden, doeleinden)]],
        lijst(v.betrokkenen.map(weergave), betrokkenen),
        lijst(v.persoonsgegevens.map(weergave), persoonsgegevens)
    ];
    if (v.doorgiften.length === 0) return [[...eigen, [[waarde('Nee')]], [[waarde('n.v.t.')]], [[waarde('n.v.t.')]]]];
    return v.doorgiften.map((d, i) => [
        ...(i === 0 ? eigen : eigen.map(() => null)),
        [[d.land && zoekBestemming(d.land) ? waarde(doorgifteTekst(d.land)) : b.open(undefined, '<derde land>')]],
        [[instrument(b, d)]],
        [[maatregelen(b, d)]]
    ]);
}

function legeVerwerkingRij(b: Opbouw): Cel[] {
    return b.s.tekst.bijlage1.verwerkingen.invulvelden.map(p => [[b.open(undefined, p)]]);
}

function instrument(b: Opbouw, d: Doorgifte): Inline {
    if (d.land && isEer(d.land) && !d.instrument) return waarde('n.v.t.');
    const bekend = d.instrument ? zoekInstrument(d.instrument) : undefined;
    return bekend ? waarde(bekend.weergave) : b.open(undefined, b.s.tekst.bijlage1.verwerkingen.invulvelden[5]);
}

/** The measures, or the transfer assessment that found none needed; n.v.t. where an adequacy decision without limits covers the country. */
function maatregelen(b: Opbouw, d: Doorgifte): Inline {
    const toets = d.toets;
    const toetsTekst = toets?.uitkomst && gevuld(toets.vastgelegd)
        ? `doorgiftetoets${toets.datum ? ` van ${langeDatum(toets.datum)}` : ''}: ${TOETSUITKOMST[toets.uitkomst]} (vastgelegd: ${toets.vastgelegd})`
        : undefined;
    if (gevuld(d.maatregelen)) return waarde(toetsTekst ? `${d.maatregelen}; ${toetsTekst}` : d.maatregelen!);
    if (toetsTekst && toets?.uitkomst === 'geenBelemmering') return waarde(toetsTekst.charAt(0).toUpperCase() + toetsTekst.slice(1));
    const besluit = d.land ? zoekBestemming(d.land)?.adequaatheidsbesluit : undefined;
    const nodig = d.instrument ? (zoekInstrument(d.instrument)?.maatregelenVereist ?? false) && !(besluit && !besluit.reikwijdte) : !(d.land && isEer(d.land));
    return nodig ? b.open(undefined, b.s.tekst.bijlage1.verwerkingen.invulvelden[6]) : waarde('n.v.t.');
}

function contactCel(b: Opbouw, rol: string, labels: readonly string[]): Regel[] {
    const personen: Contactpersoon[] = b.o.contactpersonen.filter(c => c.rol === rol);
    const [naamLabel, contactLabel] = labels;
    if (personen.length === 0) {
        return [[tekst(`${naamLabel} `), b.open(undefined, '<naam>')], [tekst(`${contactLabel} `), b.open(undefined, '<contactgegevens>')]];
    }
    return personen.flatMap(c => {
        const gegevens = [c.email, c.telefoon].filter(w => gevuld(w)).join(', ');
        return [
            [tekst(`${naamLabel} `), b.open(c.naam, '<naam>')],
            [tekst(`${contactLabel} `), b.open(gegevens, '<contactgegevens>')],
            [tekst('Buiten kantooruren: '), b.open(c.buitenKantooruren, '<telefoonnummer buiten kantooruren>')]
        ];
    });
}

function subverwerkerRij(b: Opbouw, s: Subverwerker): Cel[] {
    const naam: Regel[] = [[b.open(s.naam, '<naam subverwerker>')], [b.open(s.contact, '<contactgegevens>')]];
    if (s.land) naam.push([tekst('Vestigingsland: '), zoekBestemming(s.land) ? waarde(`${bestemmingNaam(s.land)} (${s.land})`) : b.open(undefined, '<land>')]);
    return [
        naam,
        [[b.open(s.kvk ?? s.registratie, '<KvK-nummer>')]],
        [[b.open(s.uitbesteed, '<uitbestede verwerkingen>')]],
        [[b.open(s.toepassing, '<toepassing>')]]
    ];
}

function doorgifteTekst(land: string): string {
    const naam = `${bestemmingNaam(land)} (${land})`;
    return isEer(land) ? `Nee — ${naam} ligt in de EER` : `Ja — ${naam}`;
}
