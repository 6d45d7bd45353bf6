/**
 * The document model of a rendered agreement: what the standard's chapter 3 looks like once a
 * `.vwo` file has filled it in. One model, three writers (Markdown, HTML, DOCX); the language
 * server sends it over LSP and `vwo render --format json` prints it, so it is plain JSON.
 *
 * The model says what a thing *is* (a numbered clause, a tick box, a filled value, a missing
 * value, a deviation), never how it looks; each writer decides that.
 */

/** A run of text inside a paragraph or a table cell. */
export type Inline =
    /** literal text of the standard (or a fixed label such as "Naam:") */
    | { readonly soort: 'tekst'; readonly tekst: string }
    /** a value taken from the `.vwo` file */
    | { readonly soort: 'waarde'; readonly tekst: string }
    /** missing information, shown as the standard's own placeholder (`<naam gemeente>`, `< >`) */
    | { readonly soort: 'invulveld'; readonly tekst: string }
    /** a reference to a footnote of {@link VwoDocument.voetnoten} */
    | { readonly soort: 'voetnoot'; readonly nummer: number };

/** One paragraph, one line of a cell, one line of a signature column. */
export type Regel = readonly Inline[];

/** A deviation that replaced the text it is attached to. */
export interface AfwijkingsMarkering {
    /** the article or clause the deviation names, as written: "5.1" */
    readonly artikel: string;
    readonly motivering?: string;
    /** the footnote that carries "Afwijking van de standaard" and the motivering */
    readonly voetnoot: number;
}

export interface Kop {
    readonly soort: 'kop';
    /** 1: the title; 2: articles, Ondertekening, Bijlagen; 3: sub-headings inside them */
    readonly niveau: 1 | 2 | 3;
    readonly tekst: Regel;
    /** the number the standard prints before the heading ("Artikel 4", "13."), when it has one */
    readonly nummer?: string;
    /** where the preview can scroll to */
    readonly anker?: string;
    /** true for articles 1–8: numbered in sequence, so a word processor may number them itself */
    readonly artikel?: boolean;
}

export interface Alinea {
    readonly soort: 'alinea';
    readonly tekst: Regel;
    /** `opmerking`: a note of the standard ("NB: …"); `toelichting`: text vwo adds (colofon, explanations) */
    readonly stijl?: 'opmerking' | 'toelichting';
    readonly afwijking?: AfwijkingsMarkering;
    readonly anker?: string;
    /** keep on the same page as the next block (the lines above the signatures) */
    readonly bijVolgende?: boolean;
}

/** The overwegingen a)–d). */
export interface Opsomming {
    readonly soort: 'opsomming';
    readonly punten: ReadonlyArray<{ readonly label: string; readonly alineas: readonly Regel[] }>;
}

/** A numbered clause ("4.5"), with its heading where the standard gives one. */
export interface Lid {
    readonly soort: 'lid';
    readonly nummer: string;
    readonly kop?: string;
    /** the first paragraph follows the number; further ones are indented below it */
    readonly alineas: readonly Regel[];
    readonly anker?: string;
    /** true for the clauses of articles 1–8 (see {@link Kop.artikel}) */
    readonly artikel?: boolean;
    readonly afwijking?: AfwijkingsMarkering;
}

/** A table cell: one or more lines, or `null` where the cell above continues (spans this row too). */
export type Cel = readonly Regel[] | null;

export interface Tabel {
    readonly soort: 'tabel';
    /** the header row; empty for a table without one (tabel 2 has labels in its first column) */
    readonly kolommen: readonly string[];
    /** rows of cells */
    readonly rijen: ReadonlyArray<ReadonlyArray<Cel>>;
    /** every row stays on one page (tabel 2 and 3: a contact or sub-processor is read as a whole) */
    readonly ondeelbareRijen?: boolean;
    /** the first column holds labels (tabel 2) */
    readonly labelkolom?: boolean;
    /** relative column widths, summing to about 100 */
    readonly breedtes?: readonly number[];
    readonly anker?: string;
}

/** A tick box of Bijlage 2, with the lines to fill below it. */
export interface Keuze {
    readonly soort: 'keuze';
    readonly aangevinkt: boolean;
    readonly tekst: Regel;
    readonly regels: readonly Regel[];
}

/** The two columns of the signature block: the controller left, the processor right. */
export interface Ondertekening {
    readonly soort: 'ondertekening';
    readonly links: readonly Regel[];
    readonly rechts: readonly Regel[];
}

/** Bijlagen start on a new page in paged formats. */
export interface Paginaeinde {
    readonly soort: 'paginaeinde';
}

export type Blok = Kop | Alinea | Opsomming | Lid | Tabel | Keuze | Ondertekening | Paginaeinde;

/** One deviation from the standard, for the appendix "Afwijkingen van de Standaard VWO". */
export interface Afwijking {
    readonly artikel: string;
    /** the heading of the article or clause, when the standard has it */
    readonly kop?: string;
    /** the standard's own text that the deviation replaces */
    readonly origineel?: string;
    readonly tekst?: string;
    readonly motivering?: string;
}

export interface Voetnoot {
    readonly nummer: number;
    readonly tekst: Regel;
}

export interface VwoDocument {
    /** the title as plain text (file names, window titles, DOCX properties) */
    readonly titel: string;
    /** the version of the standard the text comes from ("2.3-3") */
    readonly standaard: string;
    readonly blokken: readonly Blok[];
    readonly voetnoten: readonly Voetnoot[];
    readonly afwijkingen: readonly Afwijking[];
    /** how many placeholders stayed unfilled */
    readonly openVelden: number;
}

/** The plain text of a line. */
export function platteTekst(regel: Regel): string {
    return regel.map(deel => deel.soort === 'voetnoot' ? '' : deel.tekst).join('');
}
