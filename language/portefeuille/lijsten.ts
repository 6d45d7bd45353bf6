/**
 * The lists of the overview as tables: per list its title and columns, each column with a heading,
 * a kind (text, number, date, place in a file) and how a row fills it. CSV, XLSX and HTML all
 * write these tables, so a column has one heading and one content in every format.
 */
import { KLASSE_OMSCHRIJVING } from '../referentie/catalogus.js';
import { zoekInstrument } from '../referentie/instrumenten.js';
import { TOETSUITKOMST } from '../render/velden.js';
import { zoekBestemming } from '../referentie/landen.js';
import { STATUS_TEKST } from '../beheer/agenda.js';
import type { BijzondereKlasse, Plek, Portefeuille, RegisterRij } from './model.js';

export type Lijstnaam = keyof Portefeuille | 'register';

/** The six lists of the overview, in the order of the JSON, the sheets and the page. */
export const OVERZICHTLIJSTEN: readonly (keyof Portefeuille)[] = ['overeenkomsten', 'leveranciers', 'subverwerkers', 'doorgiften', 'bijzondereGegevens', 'afwijkingen'];
export const ALLE_LIJSTEN: readonly Lijstnaam[] = [...OVERZICHTLIJSTEN, 'register'];

export type Waarde = string | number | readonly Plek[] | null;
export type Soort = 'tekst' | 'getal' | 'datum' | 'plek';

export interface Tabel {
    readonly naam: Lijstnaam;
    readonly titel: string;
    readonly kolommen: ReadonlyArray<{ readonly kop: string; readonly soort: Soort }>;
    readonly rijen: ReadonlyArray<readonly Waarde[]>;
}

interface Kolom<R> { readonly kop: string; readonly soort: Soort; readonly waarde: (r: R) => Waarde }

const tekst = <R>(kop: string, waarde: (r: R) => string | null | undefined): Kolom<R> => ({ kop, soort: 'tekst', waarde: r => waarde(r) ?? null });
const lijst = <R>(kop: string, waarde: (r: R) => readonly string[]): Kolom<R> => tekst(kop, r => waarde(r).join('; ') || null);
const getal = <R>(kop: string, waarde: (r: R) => number): Kolom<R> => ({ kop, soort: 'getal', waarde });
const datum = <R>(kop: string, waarde: (r: R) => string | null | undefined): Kolom<R> => ({ kop, soort: 'datum', waarde: r => waarde(r) ?? null });
const plek = <R extends Plek>(): Kolom<R> => ({ kop: 'Bestand', soort: 'plek', waarde: r => [r] });
const plekken = <R>(waarde: (r: R) => readonly Plek[]): Kolom<R> => ({ kop: 'Bestanden', soort: 'plek', waarde });

const KLASSE: Readonly<Record<BijzondereKlasse, string>> = { ...KLASSE_OMSCHRIJVING, bijzonder: 'eigen categorie, gedeclareerd als bijzonder' };

const land = (code: string | null): string | null => {
    if (!code) return null;
    const naam = zoekBestemming(code)?.naam;
    return naam ? `${naam} (${code})` : code;
};
const instrument = (naam: string | null): string | null => naam ? zoekInstrument(naam)?.weergave ?? naam : null;

type Definities = { readonly [N in keyof Portefeuille]: { titel: string; kolommen: ReadonlyArray<Kolom<Portefeuille[N][number]>> } };

const DEFINITIES: Definities = {
    overeenkomsten: {
        titel: 'Overeenkomsten',
        kolommen: [
            tekst('Overeenkomst', r => r.overeenkomst), tekst('Leverancier', r => r.leverancier), tekst('KvK-nummer', r => r.kvk),
            tekst('Gemeente', r => r.gemeente), tekst('Hoofdovereenkomst', r => r.hoofdovereenkomst), datum('Gesloten', r => r.gesloten),
            tekst('Status', r => r.status), datum('Ondertekend', r => r.ondertekend),
            getal('Fouten', r => r.fouten), getal('Waarschuwingen', r => r.waarschuwingen),
            datum('Volgende beheerdatum', r => r.volgendeBeheer?.datum), tekst('Beheer', r => r.volgendeBeheer && `${r.volgendeBeheer.titel} (${STATUS_TEKST[r.volgendeBeheer.status]})`),
            plek()
        ]
    },
    leveranciers: {
        titel: 'Leveranciers',
        kolommen: [
            tekst('Leverancier', r => r.leverancier), tekst('KvK-nummer', r => r.kvk), tekst('Vestigingsplaats', r => r.vestigingsplaats),
            getal('Aantal overeenkomsten', r => r.overeenkomsten.length), lijst('Overeenkomsten', r => r.overeenkomsten.map(o => o.overeenkomst)),
            plekken(r => r.overeenkomsten)
        ]
    },
    subverwerkers: {
        titel: 'Subverwerkers',
        kolommen: [
            tekst('Subverwerker', r => r.subverwerker), tekst('KvK- of registratienummer', r => r.kvk), lijst('Land', r => r.landen.map(l => land(l)!)),
            lijst('Leveranciers', r => r.leveranciers), getal('Aantal overeenkomsten', r => r.overeenkomsten.length),
            lijst('Overeenkomsten', r => r.overeenkomsten.map(o => o.overeenkomst)), plekken(r => r.overeenkomsten)
        ]
    },
    doorgiften: {
        titel: 'Doorgiften',
        kolommen: [
            tekst('Land', r => land(r.land)), tekst('Instrument', r => instrument(r.instrument)), tekst('Maatregelen', r => r.maatregelen),
            datum('Doorgiftetoets', r => r.doorgiftetoets?.datum), tekst('Uitkomst doorgiftetoets', r => r.doorgiftetoets?.uitkomst ? TOETSUITKOMST[r.doorgiftetoets.uitkomst] ?? r.doorgiftetoets.uitkomst : null),
            tekst('Overeenkomst', r => r.overeenkomst), tekst('Leverancier', r => r.leverancier), tekst('Verwerking', r => r.verwerking),
            lijst('Subverwerkers in dit land', r => r.subverwerkers), plek()
        ]
    },
    bijzondereGegevens: {
        titel: 'Bijzondere gegevens',
        kolommen: [
            tekst('Overeenkomst', r => r.overeenkomst), tekst('Leverancier', r => r.leverancier), tekst('Categorie', r => r.categorie),
            tekst('Soort', r => KLASSE[r.klasse]), lijst('Verwerkingen', r => r.verwerkingen), plek()
        ]
    },
    afwijkingen: {
        titel: 'Afwijkingen',
        kolommen: [
            tekst('Overeenkomst', r => r.overeenkomst), tekst('Leverancier', r => r.leverancier), tekst('Artikel', r => r.artikel),
            tekst('Kop', r => r.kop), tekst('Tekst', r => r.tekst), tekst('Motivering', r => r.motivering), plek()
        ]
    }
};

/** The register's columns, with the part of art. 30 lid 1 AVG each fills (README, "Register"). */
const REGISTER: ReadonlyArray<Kolom<RegisterRij>> = [
    tekst('Verwerking', r => r.verwerking), tekst('Doeleinden (b)', r => r.doeleinden),
    lijst('Categorieën betrokkenen (c)', r => r.betrokkenen), lijst('Categorieën persoonsgegevens (c)', r => r.persoonsgegevens),
    lijst('Bijzondere persoonsgegevens (c)', r => r.bijzondereGegevens),
    tekst('Verwerker (d)', r => r.verwerker), tekst('KvK-nummer verwerker', r => r.verwerkerKvk),
    lijst('Subverwerkers (d)', r => r.subverwerkers.map(s => s.land ? `${s.naam} — ${land(s.land)}` : s.naam)),
    lijst('Doorgifte naar derde landen en waarborgen (e)', r => r.doorgiften.map(d => [land(d.land), instrument(d.instrument) ?? 'geen instrument', d.maatregelen].filter(Boolean).join(' — '))),
    tekst('Beveiligingsmaatregelen (g)', r => r.beveiliging),
    tekst('Overeenkomst', r => r.overeenkomst), tekst('Gemeente', r => r.gemeente), plek()
];

function tabel<R>(naam: Lijstnaam, titel: string, kolommen: ReadonlyArray<Kolom<R>>, rijen: readonly R[]): Tabel {
    return { naam, titel, kolommen: kolommen.map(k => ({ kop: k.kop, soort: k.soort })), rijen: rijen.map(r => kolommen.map(k => k.waarde(r))) };
}

export function overzichtTabel<N extends keyof Portefeuille>(portefeuille: Portefeuille, naam: N): Tabel {
    const d = DEFINITIES[naam] as { titel: string; kolommen: ReadonlyArray<Kolom<Portefeuille[N][number]>> };
    return tabel(naam, d.titel, d.kolommen, portefeuille[naam]);
}

export function registerTabel(rijen: readonly RegisterRij[]): Tabel {
    return tabel('register', 'Register', REGISTER, rijen);
}

/** `bestand:regel`, as the CSV and the spreadsheet show a place. */
export const plekTekst = (p: Plek): string => `${p.bestand}:${p.regel}`;
