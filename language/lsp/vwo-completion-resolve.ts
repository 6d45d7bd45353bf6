/**
 * The documentation of a completion item, computed only for the item the editor shows it for
 * (`completionItem/resolve`; VS Code asks for the focused item). The list itself carries a
 * small key in `item.data` instead: with every item's Markdown, the answer after
 * `persoonsgegevens ` was ~11 kB, and writing and reading it took longer than computing it.
 */
import { AstUtils, ReadPriority, URI, type AstNode, type LangiumDocuments } from 'langium';
import { DefaultLanguageServer, type LangiumServices } from 'langium/lsp';
import type { CompletionItem, Connection, InitializeParams, InitializeResult, MarkupContent } from 'vscode-languageserver';
import * as ast from '../generated/ast.js';
import { artikelen, huidigeStandaard, standaard } from '../referentie/standaard/index.js';
import { artikelTekst, elementKort, waarde } from '../documentatie/markdown.js';
import {
    betrokkeneDocumentatie, categorieDocumentatie, instrumentDocumentatie, landDocumentatie, subverwerkerSamenvatting
} from '../documentatie/waarden.js';
import { BLOK_SNIPPETS } from './vwo-completion-snippets.js';

/**
 * What `item.data` says: which documentation belongs to the item. The label names the thing
 * (country code, instrument, `"versie"`, `"artikel"`, keyword, category); a declaration of a
 * file carries that file's URI, so resolve finds it by name in the text as it is then.
 */
export type Sleutel =
    | readonly ['land' | 'instrument' | 'versie']
    | readonly ['artikel', versie: string]
    | readonly ['keyword', versie: string, regel?: string]
    | readonly ['snippet', keyword: string]
    | readonly ['categorie' | 'betrokkene', uri?: string]
    | readonly ['subverwerker', uri: string];

function markdown(value: string | undefined): MarkupContent | undefined {
    return value ? { kind: 'markdown', value } : undefined;
}

/** Without quotes: the label `"2.3-3"` is version 2.3-3. */
function zonderAanhalingstekens(label: string): string {
    return label.replace(/^"|"$/g, '');
}

/** The snippet as the block it writes: placeholders filled with their default, tabs as four spaces. */
export function snippetVoorbeeld(tekst: string): string {
    const blok = tekst.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '').replace(/\t/g, '    ');
    return ['```vwo', blok, '```'].join('\n');
}

/** The declaration `naam` of `type` in the file at `uri` as it is now (declarations are children of the root). */
function declaratie(documenten: LangiumDocuments, uri: string, type: string, naam: string): AstNode | undefined {
    let wortel: AstNode | undefined;
    try {
        wortel = documenten.getDocument(URI.parse(uri))?.parseResult.value;
    } catch {
        return undefined;   // not a URI: data that did not come from this server
    }
    return wortel && AstUtils.streamContents(wortel).find(n => n.$type === type && (n as AstNode & { name?: string }).name === naam);
}

function eigenDocumentatie(node: AstNode | undefined, soort: string): string | undefined {
    if (!ast.isCategorie(node) && !ast.isBetrokkene(node)) return undefined;
    return `**${waarde(node.omschrijving ?? node.name)}** — eigen categorie ${soort}, gedeclareerd in dit bestand.`;
}

function documentatie(sleutel: Sleutel, label: string, documenten: LangiumDocuments): string | undefined {
    switch (sleutel[0]) {
        case 'land': return landDocumentatie(label);
        case 'instrument': return instrumentDocumentatie(label);
        case 'versie': return standaard(zonderAanhalingstekens(label))?.bron.wijziging;
        case 'artikel': {
            const nummer = zonderAanhalingstekens(label);
            const a = artikelen(standaard(sleutel[1]) ?? huidigeStandaard()).find(a => a.nummer === nummer);
            return a && artikelTekst(a.artikel, a.lid);
        }
        case 'keyword': return elementKort(standaard(sleutel[1]) ?? huidigeStandaard(), label, sleutel[2]);
        case 'snippet': {
            return Object.hasOwn(BLOK_SNIPPETS, sleutel[1]) ? snippetVoorbeeld(BLOK_SNIPPETS[sleutel[1]].tekst) : undefined;
        }
        case 'categorie': return sleutel[1] === undefined ? categorieDocumentatie(label)
            : eigenDocumentatie(declaratie(documenten, sleutel[1], ast.Categorie.$type, label), 'persoonsgegevens');
        case 'betrokkene': return sleutel[1] === undefined ? betrokkeneDocumentatie(label)
            : eigenDocumentatie(declaratie(documenten, sleutel[1], ast.Betrokkene.$type, label), 'betrokkenen');
        case 'subverwerker': {
            const node = declaratie(documenten, sleutel[1], ast.Subverwerker.$type, label);
            return ast.isSubverwerker(node) ? subverwerkerSamenvatting(node) : undefined;
        }
        default: return undefined;
    }
}

/**
 * The item with its documentation. Unchanged when there is nothing to add: no key of ours
 * (another client's item, a profile), or a declaration that is gone since the list was made.
 */
export function losOp(item: CompletionItem, documenten: LangiumDocuments): CompletionItem {
    const sleutel: unknown = item.data;
    if (item.documentation || !Array.isArray(sleutel) || typeof sleutel[0] !== 'string' || !sleutel.slice(1).every(d => typeof d === 'string')) return item;
    const tekst = markdown(documentatie(sleutel as unknown as Sleutel, item.label, documenten));
    return tekst ? { ...item, documentation: tekst } : item;
}

/**
 * Answers `completionItem/resolve`. It reads only the text of a file, never a reference, so it
 * does not wait for a build to finish (as Langium's own resolve of workspace symbols).
 */
export function registreerCompletionResolve(connection: Connection, taal: LangiumServices): void {
    const documenten = taal.shared.workspace.LangiumDocuments;
    const slot = taal.shared.workspace.WorkspaceLock;
    connection.onCompletionResolve(item => slot.read(() => losOp(item, documenten), ReadPriority.Immediate));
}

/** Langium's server, which tells the client that completion items are resolved ({@link registreerCompletionResolve}). */
export class VwoLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const resultaat = super.buildInitializeResult(params);
        const completion = resultaat.capabilities.completionProvider;
        if (completion) completion.resolveProvider = true;
        return resultaat;
    }
}
