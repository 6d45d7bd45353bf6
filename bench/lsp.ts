/**
 * Keystroke → diagnostics, open → first diagnostics, hover and completion, measured over a real
 * LSP connection to a server in its own process: vwo-language-server, and yaml-language-server
 * with a JSON Schema on the same content.
 */
import { performance } from 'node:perf_hooks';
import * as path from 'node:path';
import { CompletionRequest, HoverRequest, type Position } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspClient, type ServerOpties } from '../test/lsp-client.js';
import { WORTEL } from '../test/hulp.js';
import { percentiel } from './statistiek.js';

export interface LspMeting {
    openen: number;
    toetsP50: number;
    toetsP95: number;
    hoverP95?: number;
    completionP95?: number;
}

export interface Taal {
    readonly naam: string;
    readonly opties: ServerOpties;
    readonly extensie: string;
    /** where a keystroke goes: inside a string in the middle of the file */
    toetsPlek(document: TextDocument): Position;
    hoverPlek(document: TextDocument): Position;
    completionPlek(document: TextDocument): Position;
}

function middenRegel(document: TextDocument, bevat: string): number {
    const regels = document.getText().split('\n');
    const midden = Math.floor(regels.length / 2);
    for (let afstand = 0; afstand < regels.length; afstand++) {
        for (const i of [midden + afstand, midden - afstand]) {
            if (regels[i]?.includes(bevat)) return i;
        }
    }
    throw new Error(`'${bevat}' niet gevonden`);
}

function plekNa(document: TextDocument, bevat: string, extra = 0): Position {
    const regel = middenRegel(document, bevat);
    return { line: regel, character: document.getText().split('\n')[regel].indexOf(bevat) + bevat.length + extra };
}

export const VWO: Taal = {
    naam: 'vwo',
    opties: {},
    extensie: '.vwo',
    toetsPlek: d => plekNa(d, 'doeleinden "Het registreren', 0),
    hoverPlek: d => plekNa(d, 'persoonsgegevens ', 2),
    completionPlek: d => plekNa(d, 'persoonsgegevens ')
};

export const YAML: Taal = {
    naam: 'yaml-language-server',
    opties: {
        opdracht: [process.execPath, path.join(WORTEL, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), '--stdio'],
        instellingen: { yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } } },
        taal: 'yaml'
    },
    extensie: '.yaml',
    toetsPlek: d => plekNa(d, 'doeleinden: "Het registreren', 0),
    hoverPlek: d => plekNa(d, 'persoonsgegevens: [', 1),
    completionPlek: d => plekNa(d, 'persoonsgegevens: [')
};

/** One run: open, then `toetsen` single-character edits, each awaited to its diagnostics. */
export async function meetLsp(taal: Taal, tekst: string, uri: string, toetsen: number, metHoverEnCompletion: boolean): Promise<LspMeting> {
    const { client } = await LspClient.start(taal.opties);
    try {
        let document = TextDocument.create(uri, 'x', 1, tekst);
        const start = performance.now();
        await client.open(uri, tekst);
        const openen = performance.now() - start;

        const tijden: number[] = [];
        const plek = taal.toetsPlek(document);
        for (let i = 0; i < toetsen; i++) {
            const letter = String.fromCharCode(97 + (i % 26));
            const positie = { line: plek.line, character: plek.character + i };
            const t0 = performance.now();
            await client.wijzig(uri, { start: positie, end: positie }, letter);
            tijden.push(performance.now() - t0);
            document = TextDocument.update(document, [{ range: { start: positie, end: positie }, text: letter }], document.version + 1);
        }

        const meting: LspMeting = { openen, toetsP50: percentiel(tijden, 50), toetsP95: percentiel(tijden, 95) };
        if (metHoverEnCompletion) {
            meting.hoverP95 = await meetVerzoek(30, () => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: taal.hoverPlek(document) }));
            meting.completionP95 = await meetVerzoek(30, () => client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: taal.completionPlek(document) }));
        }
        return meting;
    } finally {
        await client.stop();
    }
}

/** The p95 of `aantal` requests, each awaited before the next. */
export async function meetVerzoek(aantal: number, verzoek: () => Promise<unknown>): Promise<number> {
    const tijden: number[] = [];
    for (let i = 0; i < aantal; i++) {
        const t0 = performance.now();
        await verzoek();
        tijden.push(performance.now() - t0);
    }
    return percentiel(tijden, 95);
}
