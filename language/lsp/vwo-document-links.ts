import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/**
 * Clickable contact details in tabel 2 and tabel 3: e-mail addresses open the mail program
 * (`mailto:`), phone numbers the telephone (`tel:`). In an incident (art. 5.1) the contact has
 * to be reached quickly.
 */
export class VwoDocumentLinkProvider implements DocumentLinkProvider {

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): MaybePromise<DocumentLink[]> {
        const links: DocumentLink[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            if (ast.isContactpersoon(node)) {
                this.emails(document, node, 'email', links);
                this.telefoon(document, node, 'telefoon', links);
                this.telefoon(document, node, 'buitenKantooruren', links);
            } else if (ast.isSubverwerker(node)) {
                this.emails(document, node, 'contact', links);
            }
        }
        return links;
    }

    /** Every e-mail address inside the string of `property`. */
    private emails(document: LangiumDocument, node: AstNode, property: string, links: DocumentLink[]): void {
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        if (!cst) return;
        for (const treffer of cst.text.matchAll(EMAIL)) {
            const start = cst.offset + treffer.index!;
            links.push({
                range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + treffer[0].length) },
                target: `mailto:${treffer[0]}`,
                tooltip: `E-mail aan ${treffer[0]}`
            });
        }
    }

    /** The phone number in the string of `property` (digits, spaces, `+`, `-`), as a `tel:` link. */
    private telefoon(document: LangiumDocument, node: AstNode, property: string, links: DocumentLink[]): void {
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        const nummer = cst?.text.replace(/^"|"$/g, '') ?? '';
        if (!cst || !/^\+?[0-9][0-9 ()-]{5,}$/.test(nummer)) return;
        links.push({
            range: { start: document.textDocument.positionAt(cst.offset + 1), end: document.textDocument.positionAt(cst.offset + 1 + nummer.length) },
            target: `tel:${nummer.replace(/[^0-9+]/g, '')}`,
            tooltip: `Bel ${nummer}`
        });
    }
}
