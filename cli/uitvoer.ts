import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { CODES, isCode } from '../language/validation/codes.js';

export interface BestandsUitslag {
    /** as given to the user: relative to the working directory */
    readonly pad: string;
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

const ERNST_SARIF: Readonly<Record<number, string>> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'note',
    [DiagnosticSeverity.Hint]: 'note'
};

function ernst(d: Diagnostic): DiagnosticSeverity {
    return d.severity ?? DiagnosticSeverity.Error;
}

function telling(aantal: number, enkelvoud: string, meervoud: string): string {
    return `${aantal} ${aantal === 1 ? enkelvoud : meervoud}`;
}

/** Like a compiler: `pad:regel:kolom: fout [code] bericht`, then a summary line. */
export function alsTekst(uitslagen: readonly BestandsUitslag[]): string {
    const regels: string[] = [];
    const totaal = new Map<number, number>();
    for (const { pad, diagnostics } of uitslagen) {
        for (const d of diagnostics) {
            totaal.set(ernst(d), (totaal.get(ernst(d)) ?? 0) + 1);
            const code = d.code !== undefined ? ` [${d.code}]` : '';
            regels.push(`${pad}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${ERNST_TEKST[ernst(d)]}${code} ${d.message}`);
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

/** SARIF 2.1.0, for code-scanning dashboards. SARIF counts lines and columns from 1. */
export function alsSarif(uitslagen: readonly BestandsUitslag[], versie: string): string {
    const codes = new Set<string>();
    for (const { diagnostics } of uitslagen) {
        for (const d of diagnostics) if (d.code !== undefined) codes.add(String(d.code));
    }
    const regels = [...codes].sort().map(id => ({
        id,
        shortDescription: { text: isCode(id) ? CODES[id].beschrijving : id },
        help: { text: isCode(id) ? CODES[id].beschrijving : id }
    }));
    const uri = (pad: string) => pad.split(path.sep).map(encodeURIComponent).join('/');
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'vwo', version: versie, rules: regels } },
            columnKind: 'utf16CodeUnits',
            results: uitslagen.flatMap(({ pad, diagnostics }) => diagnostics.map(d => ({
                ruleId: d.code !== undefined ? String(d.code) : 'vwo',
                level: ERNST_SARIF[ernst(d)],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: { uri: uri(pad) },
                        region: {
                            startLine: d.range.start.line + 1,
                            startColumn: d.range.start.character + 1,
                            endLine: d.range.end.line + 1,
                            endColumn: d.range.end.character + 1
                        }
                    }
                }]
            })))
        }]
    }, null, 2) + '\n';
}
