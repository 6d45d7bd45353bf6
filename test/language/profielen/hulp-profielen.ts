import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createVwoServices, type VwoServices } from '../../../language/vwo-module.js';
import { controleer } from '../../../language/werkruimte/controleer.js';
import type { Overeenkomst } from '../../../language/generated/ast.js';
import { WORTEL } from '../../hulp.js';

export const ZAAKWIJZER = path.join(WORTEL, 'examples', 'leverancier-zaakwijzer');
export const lees = (naam: string) => readFileSync(path.join(ZAAKWIJZER, naam), 'utf8');
export const PROFIEL = lees('profiel-zaakwijzer.vwo');
export const HOORN = lees('meldingen-openbare-ruimte-hoorn.vwo');
export const ENKHUIZEN = lees('klantcontact-enkhuizen.vwo');

/** Files checked together as one workspace (fresh services each time): diagnostics, the agreements per name and the services, for the LSP features. */
export async function werkruimte(bestanden: Record<string, string>): Promise<{ diagnoses: Record<string, readonly Diagnostic[]>; wortel: (naam: string) => Overeenkomst; Vwo: VwoServices }> {
    const { Vwo } = createVwoServices(EmptyFileSystem);
    const uri = (naam: string) => URI.parse(`file:///werkruimte/${naam}`);
    const uitslagen = await controleer(Vwo, Object.entries(bestanden).map(([naam, tekst]) => ({ uri: uri(naam), tekst })));
    const diagnoses = Object.fromEntries(Object.keys(bestanden).map((naam, i) => [naam, uitslagen[i].diagnostics]));
    const wortel = (naam: string) => Vwo.shared.workspace.LangiumDocuments.getDocument(uri(naam))!.parseResult.value as Overeenkomst;
    return { diagnoses, wortel, Vwo };
}

export const codes = (lijst: readonly Diagnostic[]) => lijst.map(d => d.code);
