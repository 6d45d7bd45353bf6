/**
 * The `vwo/render` request: renders the validated document in the language server, so every
 * client (the VS Code preview and export, other editors) gets the same document model.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, ErrorCodes, ResponseError } from 'vscode-languageserver';
import { alsBase64 } from '../language/base64.js';
import { isProfiel, type Overeenkomst } from '../language/generated/ast.js';
import { geenEigenDocument } from '../language/profielen/effectief.js';
import { RenderVerzoek, type RenderAntwoord, type RenderParameters } from '../language/protocol.js';
import { bouwDocument, bronAnkers, render, schrijfHtmlFragment } from '../language/render/index.js';

export async function renderDocument(document: LangiumDocument, params: RenderParameters): Promise<RenderAntwoord> {
    const wortel = document.parseResult.value;
    if (isProfiel(wortel)) {
        throw new ResponseError(ErrorCodes.InvalidParams, geenEigenDocument(wortel));
    }
    const overeenkomst = wortel as Overeenkomst;
    // the DOCX is the document to sign; the preview and the review formats carry the motivering
    const model = bouwDocument(overeenkomst, undefined, { verantwoording: params.formaat !== 'docx' });
    const diagnoses = document.diagnostics ?? [];
    const basis = {
        formaat: params.formaat,
        model,
        fouten: diagnoses.filter(d => (d.severity ?? DiagnosticSeverity.Error) === DiagnosticSeverity.Error).length,
        waarschuwingen: diagnoses.filter(d => d.severity === DiagnosticSeverity.Warning).length,
        versie: document.textDocument.version
    };
    switch (params.formaat) {
        case 'voorbeeld': return { ...basis, inhoud: schrijfHtmlFragment(model), ankers: bronAnkers(overeenkomst) };
        case 'model': return basis;
        default: {
            const inhoud = await render(model, params.formaat);
            // JSON carries text; the DOCX bytes travel base64-encoded
            return { ...basis, inhoud: typeof inhoud === 'string' ? inhoud : alsBase64(inhoud) };
        }
    }
}

/** Registers `vwo/render` on the connection; answers once the document is validated. */
export function registreerRender(connection: Connection, shared: LangiumSharedServices): void {
    connection.onRequest(RenderVerzoek.methode, createRequestHandler(
        (_services, document, params: RenderParameters) => renderDocument(document, params),
        shared,
        DocumentState.Validated
    ));
}
