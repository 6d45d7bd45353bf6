/** What every command of `vwo` shares: where it writes, and the version it reports. */

export interface Uitvoer {
    stdout(tekst: string): void;
    stderr(tekst: string): void;
}

declare const VWO_VERSIE: string | undefined;
/** Set by esbuild from package.json; tests run the sources, which are a development version. */
export const versie = typeof VWO_VERSIE === 'string' ? VWO_VERSIE : '0.0.0-ontwikkeling';
