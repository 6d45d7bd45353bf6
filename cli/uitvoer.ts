import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { telMeldingen } from '../language/syntax/begrenzing.js';
import { zichtbaar } from '../language/tekst.js';

export interface BestandsUitslag {
    /** as given to the user: relative to the working directory */
    readonly pad: string;
    /** absolute */
    readonly bestand: string;
    readonly diagnostics: readonly Diagnostic[];
}

const ERNST_JSON: Readonly<Record<number, string>> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'information',
    [DiagnosticSeverity.Hint]: 'hint'
};

const ERNST_TEKST: Readonly<Record<number, string>> = {
    [DiagnosticSeverity.Error]: 'fout',
    [DiagnosticSeverity.Warning]: 'waarschuwing',
    [DiagnosticSeverity.Information]: 'informatie',
    [DiagnosticSeverity.Hint]: 'hint'
};

function ernst(d: Diagnostic): DiagnosticSeverity {
    return d.severity ?? DiagnosticSeverity.Error;
}

/** Top to bottom, as a reader goes through the file; at one place the most severe first. */
export function opPositie(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line
        || a.range.start.character - b.range.start.character
        || ernst(a) - ernst(b));
}

function telling(aantal: number, enkelvoud: string, meervoud: string): string {
    return `${aantal} ${aantal === 1 ? enkelvoud : meervoud}`;
}


/** Like a compiler: `pad:regel:kolom: fout [code] bericht`, then a summary line; one line per finding, whatever the file says. */
export function alsTekst(uitslagen: readonly BestandsUitslag[]): string {
    const regels: string[] = [];
    const totaal = { fouten: 0, waarschuwingen: 0, informatie: 0 };
    for (const { pad, diagnostics } of uitslagen) {
        const n = telMeldingen(diagnostics);
        totaal.fouten += n.fouten;
        totaal.waarschuwingen += n.waarschuwingen;
        totaal.informatie += n.informatie;
        for (const d of diagnostics) {
            const code = d.code !== undefined ? ` [${d.code}]` : '';
            regels.push(zichtbaar(`${pad}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${ERNST_TEKST[ernst(d)]}${code} ${d.message}`));
        }
    }
    regels.push(`${telling(uitslagen.length, 'bestand', 'bestanden')} gecontroleerd: ` +
        `${telling(totaal.fouten, 'fout', 'fouten')}, ${telling(totaal.waarschuwingen, 'waarschuwing', 'waarschuwingen')}, ${totaal.informatie} informatie.`);
    return regels.join('\n') + '\n';
}

/** The JSON of the README (Opdrachtregel): 0-based positions, as in LSP. */
export function alsJson(uitslagen: readonly BestandsUitslag[]): string {
    return JSON.stringify({
        files: uitslagen.map(({ pad, diagnostics }) => ({
            path: pad,
            diagnostics: diagnostics.map(d => ({
                code: d.code ?? null,
                severity: ERNST_JSON[ernst(d)],
                message: d.message,
                range: d.range
            }))
        }))
    }, null, 2) + '\n';
}
