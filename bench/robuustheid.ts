/**
 * Large and broken input (issue 18): a file with 4,000 syntax errors, and how long any request
 * waits while the server checks a large file.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { createVwoServices } from '../language/vwo-module.js';
import { controleer } from '../language/werkruimte/controleer.js';
import { LspClient } from '../test/lsp-client.js';
import { voorbeeld, ZAAKSYSTEEM } from '../test/hulp.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { reeks, type Reeks } from './statistiek.js';

/** `aantal` processing blocks, each with one syntax error (a field the block does not have). */
export function metSyntaxfouten(aantal: number): string {
    return `overeenkomst Fouten {\n${Array.from({ length: aantal }, (_, i) => `  verwerking V${i} { naam "a" onzin "x" }`).join('\n')}\n}\n`;
}

/** Lexing, parsing, linking and validating in one process, per run with fresh services. */
export async function meetSyntaxfouten(aantal: number, herhalingen: number, tmp: string): Promise<Reeks> {
    const tekst = metSyntaxfouten(aantal);
    const tijden: number[] = [];
    for (let i = 0; i < herhalingen + 1; i++) {
        const { Vwo } = createVwoServices(EmptyFileSystem);
        const t0 = performance.now();
        await controleer(Vwo, [{ uri: URI.file(path.join(tmp, `fouten-${i}.vwo`)), tekst }]);
        tijden.push(performance.now() - t0);
    }
    return reeks(tijden.slice(1));
}

/** An agreement of about `regels` lines with `fouten` syntax errors spread through it. */
export function grootMetFouten(regels: number, fouten: number): string {
    const lijnen = alsVwo(maakOvereenkomst(77, regels)).split('\n');
    const stap = Math.max(1, Math.floor(lijnen.length / fouten));
    let gezet = 0;
    for (let i = stap; i < lijnen.length && gezet < fouten; i += stap) {
        if (!lijnen[i].includes('naam "')) continue;
        lijnen[i] = lijnen[i].replace('naam "', 'naam = "');
        gezet++;
    }
    return lijnen.join('\n');
}

export interface Wachttijd {
    /** the longest any hover on a small open file waited while the large file was checked */
    langste: number;
    /** from opening the large file to its diagnostics */
    diagnoses: number;
}

/**
 * A small file is open; the large one is opened, and while it is checked a hover on the small
 * file is sent every 50 ms (one at a time): the longest answer is what a user would wait.
 */
export async function meetWachttijd(tekst: string): Promise<Wachttijd> {
    const { client } = await LspClient.start();
    try {
        const klein = 'file:///bench/klein.vwo';
        const zaak = voorbeeld(ZAAKSYSTEEM);
        await client.open(klein, zaak);
        const regel = zaak.split('\n').findIndex(r => r.includes('subverwerker Rekencentrum'));
        const hover = () => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: klein }, position: { line: regel, character: 6 } });
        const t0 = performance.now();
        let klaar = false;
        const diagnoses = client.open('file:///bench/groot.vwo', tekst).then(() => { klaar = true; return performance.now() - t0; });
        let langste = 0;
        while (!klaar) {
            const start = performance.now();
            await hover();
            langste = Math.max(langste, performance.now() - start);
            await new Promise(resolve => setTimeout(resolve, 50));
        }
        return { langste, diagnoses: await diagnoses };
    } finally {
        await client.stop();
    }
}
