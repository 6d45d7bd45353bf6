/**
 * The portfolio overview (`vwo overzicht`, the tree view and the overview webview): the lists
 * built once from the checked files, then written as JSON, CSV, XLSX or HTML. The XLSX writer is
 * the CLI's (`cli/overzicht-xlsx.ts`): its library writes through Node, and this room also runs in a browser.
 */
import type { Portefeuille, RegisterRij } from './model.js';
import { bouwPortefeuille, type Gecontroleerd } from './opbouw.js';
import { bouwRegister } from './register.js';
import { OVERZICHTLIJSTEN, overzichtTabel, registerTabel, type Lijstnaam, type Tabel } from './lijsten.js';

export { ALLE_LIJSTEN, OVERZICHTLIJSTEN, type Lijstnaam, type Tabel } from './lijsten.js';
export { overeenkomstRij, type Gecontroleerd } from './opbouw.js';
export { lijstrij } from './lijstrij.js';
export { leverancierVan, sleutel } from './leverancier.js';
export { alsCsv } from './csv.js';
export { overzichtFragment, overzichtPagina, OVERZICHT_CSS, type Koppeling } from './html.js';
export type * from './model.js';

export interface Overzicht {
    readonly portefeuille: Portefeuille;
    readonly register: readonly RegisterRij[];
}

export function bouwOverzicht(bestanden: readonly Gecontroleerd[], peildatum: string): Overzicht {
    return { portefeuille: bouwPortefeuille(bestanden, peildatum), register: bouwRegister(bestanden) };
}

/** The tables of one list, or of the six lists of the overview. */
export function tabellen(overzicht: Overzicht, lijst?: Lijstnaam): Tabel[] {
    if (lijst === 'register') return [registerTabel(overzicht.register)];
    return (lijst ? [lijst] : OVERZICHTLIJSTEN).map(n => overzichtTabel(overzicht.portefeuille, n));
}

/** The JSON of README "vwo overzicht": the six lists as top-level keys, or only the one asked for. */
export function alsJson(overzicht: Overzicht, lijst?: Lijstnaam): string {
    const inhoud = lijst === 'register' ? { register: overzicht.register }
        : lijst ? { [lijst]: overzicht.portefeuille[lijst] }
        : Object.fromEntries(OVERZICHTLIJSTEN.map(n => [n, overzicht.portefeuille[n]]));
    return JSON.stringify(inhoud, null, 2) + '\n';
}
