/**
 * The renderer: AST → document model → Markdown, HTML or DOCX. Pure functions; reading and
 * writing files is the caller's business (CLI, language server).
 */
import type { Overeenkomst } from '../generated/ast.js';
import { schrijfDocx } from './docx.js';
import { schrijfHtml } from './html.js';
import { schrijfMarkdown } from './markdown.js';
import type { VwoDocument } from './model.js';
import { bouwDocument } from './opbouw.js';

export { bouwDocument } from './opbouw.js';
export { schrijfDocx } from './docx.js';
export { schrijfHtml, schrijfHtmlFragment } from './html.js';
export { schrijfMarkdown } from './markdown.js';
export { bronAnkers, type BronAnker } from './ankers.js';
export type * from './model.js';

export const EXPORTFORMATEN = ['md', 'html', 'docx'] as const;
export type Exportformaat = typeof EXPORTFORMATEN[number];

/** The agreement in one of the export formats: text for md/html, bytes for docx. */
export async function render(o: Overeenkomst | VwoDocument, formaat: Exportformaat): Promise<string | Uint8Array> {
    const doc = 'blokken' in o ? o : bouwDocument(o);
    switch (formaat) {
        case 'md': return schrijfMarkdown(doc);
        case 'html': return schrijfHtml(doc);
        case 'docx': return schrijfDocx(doc);
    }
}
