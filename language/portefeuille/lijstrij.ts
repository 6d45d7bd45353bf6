import type { Diagnostic } from 'vscode-languageserver-types';
import type { Overeenkomst } from '../generated/ast.js';
import type { PortefeuilleOvereenkomst } from '../protocol.js';
import { sleutel } from './leverancier.js';
import { overeenkomstRij } from './opbouw.js';

/**
 * An agreement as the tree view lists it (`vwo/portefeuille`): from its tree, by the server or by
 * a worker thread that checked it while the server loaded a large workspace.
 */
export function lijstrij(o: Overeenkomst, uri: string, diagnostics: readonly Diagnostic[], peildatum: string): PortefeuilleOvereenkomst {
    const rij = overeenkomstRij(o, '', diagnostics, peildatum);
    return {
        uri, overeenkomst: rij.overeenkomst, leverancier: rij.leverancier, leverancierSleutel: sleutel(rij.leverancier ?? undefined, rij.kvk ?? undefined),
        status: rij.status, fouten: rij.fouten, waarschuwingen: rij.waarschuwingen, regel: rij.regel - 1
    };
}
