/**
 * The portfolio overview as data: the lists a privacy officer reports, in the shape of the JSON
 * of `vwo overzicht` (README, "vwo overzicht"). Dates are `JJJJ-MM-DD`, what a file does not say
 * is `null`, places are the file as the user named it and a 1-based line.
 */
import type { Status } from '../beheer/agenda.js';

export interface Plek {
    readonly bestand: string;
    readonly regel: number;
}

/** An agreement named in a list, with where it is written. */
export interface Vindplaats extends Plek {
    readonly overeenkomst: string;
}

export interface OvereenkomstRij extends Vindplaats {
    readonly leverancier: string | null;
    readonly kvk: string | null;
    readonly gemeente: string | null;
    readonly hoofdovereenkomst: string | null;
    readonly gesloten: string | null;
    readonly status: 'ondertekend' | 'concept';
    /** the last signature or the date it took effect */
    readonly ondertekend: string | null;
    readonly fouten: number;
    readonly waarschuwingen: number;
    /** the first item of the beheer agenda: overdue items come first */
    readonly volgendeBeheer: { readonly datum: string; readonly titel: string; readonly status: Status } | null;
}

export interface LeverancierRij {
    readonly leverancier: string | null;
    readonly kvk: string | null;
    readonly vestigingsplaats: string | null;
    readonly overeenkomsten: readonly Vindplaats[];
}

export interface SubverwerkerRij {
    readonly subverwerker: string | null;
    readonly kvk: string | null;
    /** every country the files give it, ISO codes as written; more than one means a file is wrong */
    readonly landen: readonly string[];
    readonly leveranciers: readonly string[];
    readonly overeenkomsten: readonly Vindplaats[];
}

export interface DoorgifteRij extends Vindplaats {
    readonly leverancier: string | null;
    readonly verwerking: string;
    readonly land: string;
    readonly landnaam: string | null;
    readonly instrument: string | null;
    readonly maatregelen: string | null;
    readonly doorgiftetoets: { readonly datum: string | null; readonly uitkomst: string | null } | null;
    /** the processing's sub-processors in that country */
    readonly subverwerkers: readonly string[];
}

export type BijzondereKlasse = 'art9' | 'art10' | 'bsn' | 'bijzonder';

export interface BijzonderRij extends Vindplaats {
    readonly leverancier: string | null;
    readonly categorie: string;
    readonly klasse: BijzondereKlasse;
    readonly verwerkingen: readonly string[];
}

export interface AfwijkingRij extends Vindplaats {
    readonly leverancier: string | null;
    readonly artikel: string;
    /** the heading of the article in the standard; null for an article the standard lacks */
    readonly kop: string | null;
    readonly tekst: string | null;
    readonly motivering: string | null;
}

export interface Portefeuille {
    readonly overeenkomsten: readonly OvereenkomstRij[];
    readonly leveranciers: readonly LeverancierRij[];
    readonly subverwerkers: readonly SubverwerkerRij[];
    readonly doorgiften: readonly DoorgifteRij[];
    readonly bijzondereGegevens: readonly BijzonderRij[];
    readonly afwijkingen: readonly AfwijkingRij[];
}

/** The processor-related columns of the processing register (art. 30 lid 1 AVG), one row per processing. */
export interface RegisterRij extends Vindplaats {
    readonly verwerking: string;
    readonly doeleinden: string | null;
    readonly gemeente: string | null;
    readonly verwerker: string | null;
    readonly verwerkerKvk: string | null;
    readonly subverwerkers: ReadonlyArray<{ readonly naam: string; readonly land: string | null }>;
    readonly betrokkenen: readonly string[];
    readonly persoonsgegevens: readonly string[];
    readonly bijzondereGegevens: readonly string[];
    readonly doorgiften: ReadonlyArray<{ readonly land: string; readonly instrument: string | null; readonly maatregelen: string | null }>;
    readonly beveiliging: string | null;
}
