/**
 * The shape of one version of the Standaard Verwerkersovereenkomst Gemeenten: the text of
 * chapter 3 (the agreement itself, with its placeholders), the toelichting of §2.5/§2.6 and the
 * source attribution. Each supported version is one value of `Standaard`, in its own folder
 * (`2.3-3/`); hover, completion, validation and the renderer all read the same value.
 */
import type { Bestuursorgaan } from '../../generated/ast.js';

/** Where the text comes from; the licence requires it with every copy (colofon of the standard). */
export interface Bronvermelding {
    /** the attribution the licence prescribes, verbatim */
    readonly naamsvermelding: string;
    readonly licentie: string;
    readonly licentieUrl: string;
    readonly titel: string;
    readonly versie: string;
    /** JJJJ-MM-DD */
    readonly versiedatum: string;
    /** the change note of this version in the standard's history table */
    readonly wijziging: string;
}

/**
 * The fields of a `.vwo` agreement that fill a placeholder of the standard. The renderer maps
 * each to the AST; a missing value renders as the placeholder's original text.
 */
export type Veld =
    | 'hoofdovereenkomst.titel'
    | 'hoofdovereenkomst.gesloten'
    | 'diensten'
    | 'gemeente'
    | 'bestuursorgaan'
    | 'verwerkingsverantwoordelijke.aanspreekvorm'
    | 'verwerkingsverantwoordelijke.vertegenwoordiger'
    | 'verwerkingsverantwoordelijke.functie'
    | 'verwerker.naam'
    | 'verwerker.vestigingsplaats'
    | 'verwerker.kvk'
    | 'verwerker.aanspreekvorm'
    | 'verwerker.vertegenwoordiger'
    | 'verwerker.functie'
    | 'ondertekening.ingangsdatum'
    | 'ondertekening.verwerkingsverantwoordelijke.naamFunctie'
    | 'ondertekening.verwerkingsverantwoordelijke.plaats'
    | 'ondertekening.verwerkingsverantwoordelijke.datum'
    | 'ondertekening.verwerker.naamFunctie'
    | 'ondertekening.verwerker.plaats'
    | 'ondertekening.verwerker.datum'
    | 'normenstelsel.norm'
    | 'normenstelsel.gecertificeerd'
    | 'normenstelsel.overheidsnorm'
    | 'normenstelsel.anders'
    | 'toereikendheid.eigenControles'
    | 'gedragscode';

/** A placeholder in the standard's text, e.g. `<naam gemeente>`, with the field that fills it. */
export interface Invulveld {
    readonly veld: Veld;
    /** the placeholder exactly as the standard prints it */
    readonly origineel: string;
}

/** Literal text or a placeholder. */
export type Deel = string | Invulveld;

/** One paragraph (or table cell, or list item): literal text with placeholders. */
export type Alinea = readonly Deel[];

export function isInvulveld(deel: Deel): deel is Invulveld {
    return typeof deel !== 'string';
}

/** Builds an `Alinea` from a template: `alinea\`Gemeente ${veld('gemeente', '<naam gemeente>')}\``. */
export function alinea(stukken: TemplateStringsArray, ...velden: Invulveld[]): Alinea {
    const delen: Deel[] = [];
    stukken.forEach((stuk, i) => {
        if (stuk) delen.push(stuk);
        if (i < velden.length) delen.push(velden[i]);
    });
    return delen;
}

export function veld(naam: Veld, origineel: string): Invulveld {
    return { veld: naam, origineel };
}

/** The paragraph as the standard prints it, placeholders included. */
export function origineleTekst(a: Alinea): string {
    return a.map(deel => isInvulveld(deel) ? deel.origineel : deel).join('');
}

/** The paragraph with each placeholder filled by `vul` (which may return the original). */
export function vulIn(a: Alinea, vul: (v: Invulveld) => string): string {
    return a.map(deel => isInvulveld(deel) ? vul(deel) : deel).join('');
}

/** A numbered clause (`4.5`) of an article, with its heading where the standard gives one. */
export interface Lid {
    readonly nummer: string;
    /** article 4's clauses have headings ("Subverwerkers"); the others do not */
    readonly kop?: string;
    readonly alineas: readonly Alinea[];
}

export interface Artikel {
    readonly nummer: string;
    readonly kop: string;
    readonly leden: readonly Lid[];
}

export interface Overweging {
    readonly letter: string;
    readonly alineas: readonly Alinea[];
}

export interface Ondertekening {
    readonly kop: string;
    readonly slotformule: string;
    readonly ingangsdatum: Alinea;
    /** the left column, line by line */
    readonly verwerkingsverantwoordelijke: readonly Alinea[];
    /** the right column, line by line */
    readonly verwerker: readonly Alinea[];
}

export interface Tabel {
    readonly kop: string;
    readonly kolommen: readonly string[];
}

/** Bijlage 1 "Overzicht van te verwerken persoonsgegevens". */
export interface Bijlage1 {
    readonly titel: string;
    /** tabel 1: processings, with the placeholder a cell shows while it is open, per column */
    readonly verwerkingen: Tabel & { readonly invulvelden: readonly string[] };
    /** tabel 2: contacts; each row label, then the fixed IBD row */
    readonly contactgegevens: {
        readonly kop: string;
        readonly verwerkingsverantwoordelijke: string;
        readonly verwerker: string;
        readonly celInhoud: readonly string[];
        readonly ibd: readonly [string, string];
        readonly nb: string;
    };
    /** tabel 3: sub-processors */
    readonly subverwerkers: Tabel;
}

/** A tick box of Bijlage 2; `sleutel` names the `.vwo` choice that ticks it. */
export interface Keuze {
    readonly sleutel: string;
    readonly tekst: Alinea;
    /** a line to fill below the box, where the standard has one */
    readonly invulregel?: Alinea;
}

/** Bijlage 2 "Aantonen passend niveau van beveiliging". */
export interface Bijlage2 {
    readonly titel: string;
    readonly normenstelsel: { readonly kop: string; readonly keuzes: readonly Keuze[] };
    readonly toereikendheid: { readonly kop: string; readonly inleiding: string; readonly keuzes: readonly Keuze[]; readonly nb: string };
    readonly gedragscode: { readonly kop: string; readonly keuzes: readonly Keuze[] };
}

/** An article of the GIBIT 2020 that Bijlage 3 reproduces. */
export interface GibitArtikel {
    readonly nummer: string;
    readonly kop: string;
    /** runs of clauses, each optionally under an intermediate heading ("Exit-plan") */
    readonly blokken: ReadonlyArray<{ readonly tussenkop?: string; readonly leden: readonly Lid[] }>;
}

/** Bijlage 3 "Relevante GIBIT-2020 artikelen" (only included with `gibit`). */
export interface Bijlage3 {
    readonly titel: string;
    /** "Deze bijlage is facultatief: …" */
    readonly opmerking: string;
    readonly artikelen: readonly GibitArtikel[];
}

/** Chapter 3 of the standard: the agreement text, in reading order. */
export interface Standaardtekst {
    readonly hoofdstuk: string;
    readonly titel: Alinea;
    /** the parties, paragraph by paragraph ("Gemeente …", "en", "<Bedrijf> …", "hierna …") */
    readonly aanhef: readonly Alinea[];
    readonly overwegingen: { readonly inleiding: string; readonly punten: readonly Overweging[]; readonly slot: string };
    readonly artikelen: readonly Artikel[];
    readonly ondertekening: Ondertekening;
    readonly bijlage1: Bijlage1;
    readonly bijlage2: Bijlage2;
    readonly bijlage3: Bijlage3;
}

/** §2.5/§2.6: the explanation of one article or one part of a Bijlage. */
export interface Toelichting {
    readonly sleutel: string;
    /** "Artikel 4.5", "Bijlage 1, tabel 3" */
    readonly titel: string;
    /** the section of the standard the text comes from */
    readonly paragraaf: '2.5' | '2.6';
    readonly alineas: readonly string[];
}

/** A row of the table in §2.3: a subject art. 28(3) AVG requires, and where the standard settles it. */
export interface Onderwerp {
    readonly onderwerp: string;
    readonly waar: string;
}

/** What a keyword of the language means in a version: hover and completion documentation. */
export interface Element {
    /** what the element is, in the domain's words: "Subverwerker" */
    readonly naam: string;
    /** what it means and what to write, one or two sentences */
    readonly uitleg: string;
    /** where it lands in the standard: "art. 4.5", "Bijlage 1, tabel 3" */
    readonly standaard: readonly string[];
    /** the GDPR (AVG) element it satisfies, when there is one */
    readonly avg?: string;
    /** the toelichting (§2.5/§2.6) of those articles: keys of the version's `toelichting` */
    readonly toelichting: readonly string[];
    /** the section of the language reference in the README */
    readonly readme: string;
}

/** §2.3 of the standard: the table of subjects art. 28(3) AVG requires and where each is settled. */
export interface Onderwerpen {
    readonly kop: { readonly onderwerp: string; readonly waar: string };
    readonly rijen: readonly Onderwerp[];
    /** the closing note: what does not belong in the agreement */
    readonly nb: string;
}

/**
 * One supported version of the standard: everything that differs between versions, in one value,
 * so a new version is one folder (`referentie/standaard/<versie>/`) registered in `index.ts`.
 */
export interface Standaard {
    readonly bron: Bronvermelding;
    readonly tekst: Standaardtekst;
    readonly toelichting: Readonly<Record<string, Toelichting>>;
    readonly onderwerpen: Onderwerpen;
    /** the "pas toe of leg uit" sentence on deviations (§1) */
    readonly afwijkingJaarrapportage: string;
    /**
     * Per keyword, and where a keyword means different things in different blocks, per
     * `Container.keyword` (`Subverwerker.naam`, `Contactpersoon.verwerker`).
     */
    readonly elementen: Readonly<Record<string, Element>>;
    /** the GIBIT 2020 articles Bijlage 3 adds, and the subject each settles (§2.3) */
    readonly gibitOnderwerpen: Readonly<Record<string, string>>;
    /** how the aanhef words each bestuursorgaan ("het college van Burgemeester en Wethouders") */
    readonly bestuursorgaan: Readonly<Record<Bestuursorgaan, string>>;
}
