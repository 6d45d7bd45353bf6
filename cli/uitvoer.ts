import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { nietGetoond } from '../language/syntax/begrenzing.js';
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

/** The summary counts what a file had: the note on findings not shown stands for those findings. */
function tel(totaal: Map<number, number>, d: Diagnostic): void {
    const plus = (ernst: DiagnosticSeverity, n: number) => totaal.set(ernst, (totaal.get(ernst) ?? 0) + n);
    const weg = nietGetoond(d);
    if (!weg) {
        plus(ernst(d), 1);
        return;
    }
    plus(DiagnosticSeverity.Error, weg.fouten);
    plus(DiagnosticSeverity.Warning, weg.waarschuwingen);
    plus(DiagnosticSeverity.Information, weg.informatie);
}

/** Like a compiler: `pad:regel:kolom: fout [code] bericht`, then a summary line; one line per finding, whatever the file says. */
export function alsTekst(uitslagen: readonly BestandsUitslag[]): string {
    const regels: string[] = [];
    const totaal = new Map<number, number>();
    for (const { pad, diagnostics } of uitslagen) {
        for (const d of diagnostics) {
            tel(totaal, d);
            const code = d.code !== undefined ? ` [${d.code}]` : '';
            regels.push(zichtbaar(`${pad}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${ERNST_TEKST[ernst(d)]}${code} ${d.message}`));
        }
    }
    const aantal = (s: DiagnosticSeverity) => totaal.get(s) ?? 0;
    regels.push(`${telling(uitslagen.length, 'bestand', 'bestanden')} gecontroleerd: ` +
        `${telling(aantal(DiagnosticSeverity.Error), 'fout', 'fouten')}, ` +
        `${telling(aantal(DiagnosticSeverity.Warning), 'waarschuwing', 'waarschuwingen')}, ` +
        `${aantal(DiagnosticSeverity.Information) + aantal(DiagnosticSeverity.Hint)} informatie.`);
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
