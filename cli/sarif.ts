import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Handleiding } from '../language/documentatie/handleiding.js';
import { ALLE_CODES, CODES, isCode, type Code } from '../language/validation/codes.js';
import type { BestandsUitslag } from './uitvoer.js';

/**
 * SARIF 2.1.0 (OASIS), as GitHub code scanning reads it: every code of vwo is a rule, with its
 * one-line description, its default level and a link to its section of the README; results name
 * their rule by id and index. Files below the working directory are URIs relative to the base
 * SRCROOT (the working directory), others absolute `file:` URIs. Lines and columns count from 1.
 */
const NIVEAU: Readonly<Record<number, string>> = {
    [DiagnosticSeverity.Error]: 'error',
    [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'note',
    [DiagnosticSeverity.Hint]: 'note'
};
const STANDAARDNIVEAU = { error: 'error', warning: 'warning', info: 'note' } as const;

function artefact(bestand: string, werkmap: string): { uri: string; uriBaseId?: string } {
    const relatief = path.relative(werkmap, bestand);
    if (!relatief || relatief.startsWith('..') || path.isAbsolute(relatief)) return { uri: pathToFileURL(bestand).href };
    return { uri: relatief.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function resultaat(d: Diagnostic, locatie: ReturnType<typeof artefact>) {
    const code: Code | undefined = isCode(d.code) ? d.code : undefined;
    return {
        ...(code ? { ruleId: code, ruleIndex: ALLE_CODES.indexOf(code) } : {}),
        level: NIVEAU[d.severity ?? DiagnosticSeverity.Error],
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: locatie,
                region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1
                }
            }
        }]
    };
}

export function alsSarif(uitslagen: readonly BestandsUitslag[], versie: string, handleiding: Handleiding, werkmap = process.cwd()): string {
    const regels = ALLE_CODES.map(id => {
        const helpUri = handleiding.link(id);
        return {
            id,
            shortDescription: { text: CODES[id].beschrijving },
            help: { text: CODES[id].beschrijving + (helpUri ? ` Zie ${helpUri}` : '') },
            ...(helpUri ? { helpUri } : {}),
            defaultConfiguration: { level: STANDAARDNIVEAU[CODES[id].ernst] }
        };
    });
    return JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'vwo', version: versie, informationUri: handleiding.link('opdrachtregel'), rules: regels } },
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(werkmap).href.replace(/\/?$/, '/') } },
            columnKind: 'utf16CodeUnits',
            results: uitslagen.flatMap(({ bestand, diagnostics }) => {
                const locatie = artefact(bestand, werkmap);
                return diagnostics.map(d => resultaat(d, locatie));
            })
        }]
    }, null, 2) + '\n';
}
