import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createVwoServices } from '../language/vwo-module.js';
import type { Overeenkomst } from '../language/generated/ast.js';

/** The repository root, also when the tests run from out/tsc/test. */
export const WORTEL = path.resolve(fileURLToPath(new URL('.', import.meta.url)), fileURLToPath(import.meta.url).includes(`${path.sep}out${path.sep}`) ? '../../..' : '..');

export const services = createVwoServices(EmptyFileSystem);
export const Vwo = services.Vwo;

/** The README as the server passes it when it runs from an installed extension. */
export const HANDLEIDING = 'file:///extensies/vwo/README.md';
/** The same language, told where its README is: diagnostics and hovers link to it. */
export const metHandleiding = createVwoServices(EmptyFileSystem, { readme: HANDLEIDING }).Vwo;

const parse = parseHelper<Overeenkomst>(Vwo);

/** Parses, links and validates a text as a `.vwo` file. */
export async function lees(tekst: string): Promise<LangiumDocument<Overeenkomst>> {
    return parse(tekst, { validation: true });
}

export async function diagnoses(tekst: string): Promise<Diagnostic[]> {
    return (await lees(tekst)).diagnostics ?? [];
}

export function voorbeeld(naam: string): string {
    return readFileSync(path.join(WORTEL, 'examples', naam), 'utf8');
}

/** The reference example (README, "De taal") that must validate clean. */
export const ZAAKSYSTEEM = 'zaaksysteem-zwolle.vwo';
/** The second reference example (README, "De taal"): own catalogue entries and a deviation. */
export const WEBFORMULIEREN = 'webformulieren-de-veste.vwo';

export async function opruimen(): Promise<void> {
    await clearDocuments(Vwo);
}

/** The offset of the `n`-th occurrence of `zoek` in `tekst`, for placing a cursor. */
export function positie(tekst: string, zoek: string, n = 1): number {
    let index = -1;
    for (let i = 0; i < n; i++) {
        index = tekst.indexOf(zoek, index + 1);
        if (index < 0) throw new Error(`'${zoek}' komt geen ${n} keer voor`);
    }
    return index;
}

/** A diagnostic's message as text (LSP 3.18 also allows Markup there; vwo always sends text). */
export function melding(d: Diagnostic): string {
    return typeof d.message === 'string' ? d.message : d.message.value;
}
