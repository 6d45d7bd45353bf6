import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, CstUtils, EmptyFileSystem, URI, isCompositeCstNode, isLeafCstNode, isReference, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createVwoServices } from '../../../language/vwo-module.js';
import { VwoDocumentFactory } from '../../../language/incrementeel/vwo-document-factory.js';
import type { VwoDocumentValidator } from '../../../language/syntax/vwo-document-validator.js';
import type { VwoLinker } from '../../../language/scoping/vwo-scope.js';
import { voorbeeld, WORTEL } from '../../hulp.js';
import { willekeur } from '../../willekeur.js';

const PEILDATUM = { peildatum: '2026-12-02' };
const STUKJES = ['a', 'Z', '7', ' ', '\n', '"', '{', '}', ',', '/', '*', '-', ' naam "Nieuw"', '\n    doorgifte US instrument SCC', ' // opmerking',
    '/* uitleg */', 'verwerking Extra { naam "x" }', ' persoonsgegevens BSN', ' land DE', '\\"', '2024-01-01'];

/** A random edit of `tekst`: often typing inside a string, as users do, most of all in a purpose; otherwise anything at all. */
function bewerk(r: () => number, tekst: string): string {
    const plek = Math.floor(r() * (tekst.length + 1));
    const keuze = r();
    const doeleinden = tekst.indexOf('doeleinden "', plek);
    if (keuze < 0.1 && doeleinden >= 0) {
        const begin = doeleinden + 'doeleinden "'.length;
        const einde = tekst.indexOf('"', begin);
        const na = begin + Math.floor(r() * (einde - begin + 1));
        return tekst.slice(0, na) + String.fromCharCode(97 + Math.floor(r() * 26)) + tekst.slice(na);
    }
    if (keuze < 0.35) {
        const aanhaling = tekst.indexOf('"', plek);
        const na = aanhaling < 0 ? plek : aanhaling + 1;
        return tekst.slice(0, na) + String.fromCharCode(97 + Math.floor(r() * 26)) + tekst.slice(na);
    }
    if (keuze < 0.6) return tekst.slice(0, plek) + tekst.slice(plek + 1 + Math.floor(r() * 8));
    const stukje = STUKJES[Math.floor(r() * STUKJES.length)];
    const weg = keuze < 0.75 ? Math.floor(r() * 4) : 0;
    return tekst.slice(0, plek) + stukje + tekst.slice(plek + weg);
}

/** Everything a user could notice of a parse: each CST node's place, kind and text, each AST node's fields and links. */
function vorm(document: LangiumDocument): unknown[] {
    const wortel = document.parseResult.value.$cstNode!.root;
    const uit: unknown[] = [wortel.fullText, document.parseResult.lexerErrors.length, document.parseResult.parserErrors.length];
    // what find references and the linking errors read, in order
    uit.push(document.references.map(waardeVorm));
    // what scopes, rename and hover read of the declarations, in order, with their places now
    uit.push(document.localSymbols?.getStream(document.parseResult.value).toArray()
        .map(b => [b.name, b.type, b.path, b.nameSegment?.range, b.selectionSegment?.range, b.node?.$cstNode?.offset]));
    for (const node of CstUtils.streamCst(wortel)) {
        if (isCompositeCstNode(node)) for (const kind of node.content) assert.equal(kind.container, node, 'CST: kind zonder juiste ouder');
        uit.push([node.offset, node.length, node.range, node.hidden, isLeafCstNode(node) ? node.tokenType.name : node.grammarSource?.$type, node.astNode.$type, node.text]);
    }
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const kind of AstUtils.streamContents(node)) assert.equal(kind.$container, node, 'AST: kind zonder juiste ouder');
        const velden = Object.entries(node).filter(([sleutel]) => !sleutel.startsWith('$')).map(([sleutel, waarde]) => [sleutel, waardeVorm(waarde)]);
        uit.push([node.$type, node.$containerProperty, node.$containerIndex, node.$cstNode?.offset, node.$cstNode?.range, velden]);
    }
    return uit;
}

function waardeVorm(waarde: unknown): unknown {
    if (Array.isArray(waarde)) return waarde.map(waardeVorm);
    if (isReference(waarde)) return [waarde.$refText, waarde.$refNode?.range, waarde.ref?.$type, (waarde.ref as { name?: string } | undefined)?.name, waarde.ref?.$cstNode?.offset];
    if (waarde && typeof waarde === 'object' && '$type' in waarde) return (waarde as AstNode).$type;
    return waarde;
}

/** Findings of block-local checks (a field written twice, an incomplete processing) before other blocks, which edits then move. */
const LOKALE_BEVINDINGEN = `    verwerking Onvolledig { naam "Eerste" naam "Tweede" }
    contactpersoon verwerker { naam "C" email "geen-adres" }
`;

/**
 * The examples; one on a single line, blocks and comments after one another (columns after an
 * edited block move); one with findings of block-local checks early in the file.
 */
function basisteksten(): Array<[string, string]> {
    const voorbeelden = readdirSync(path.join(WORTEL, 'examples')).filter(n => n.endsWith('.vwo')).map((naam): [string, string] => [naam, voorbeeld(naam)]);
    const [naam, tekst] = voorbeelden[0];
    const eersteVerwerking = tekst.indexOf('\n    verwerking ') + 1;
    return [...voorbeelden,
        [`op-een-regel-${naam}`, tekst.replace(/\/\/[^\n]*/g, '').replace(/\}\n/g, '} /* en */\n').replace(/\n\s*/g, ' ')],
        [`lokale-bevindingen-${naam}`, tekst.slice(0, eersteVerwerking) + LOKALE_BEVINDINGEN + tekst.slice(eersteVerwerking)]];
}

describe('incrementeel parsen, koppelen en controleren per blok', () => {
    it('geeft na duizenden willekeurige bewerkingen steeds dezelfde boom, bereiken en diagnoses als een volledige parse en controle', async function () {
        this.timeout(300_000);
        const r = willekeur(14);
        let bewerkingen = 0;
        let perBlok = 0;
        let hergebruikt = 0;
        let gekoppeldPerBlok = 0;
        let overgenomen = 0;
        let overgenomenOpEenRegel = 0;
        let koppelingenOvergenomen = 0;
        for (const [naam, basis] of basisteksten()) {
            // One file per workspace: the checks across files would otherwise compare it with the previous examples.
            const incrementeel = createVwoServices(EmptyFileSystem, PEILDATUM);
            const volledig = createVwoServices(EmptyFileSystem, PEILDATUM);
            const fabriek = incrementeel.shared.workspace.LangiumDocumentFactory as VwoDocumentFactory;
            const validator = incrementeel.Vwo.validation.DocumentValidator as VwoDocumentValidator;
            const linker = incrementeel.Vwo.references.Linker as VwoLinker;
            const teksten = incrementeel.shared.workspace.TextDocuments!;
            const uri = URI.file(`/incrementeel/${naam}`);
            let versie = 1;
            teksten.set(TextDocument.create(uri.toString(), 'vwo', versie, basis));
            const document = incrementeel.shared.workspace.LangiumDocumentFactory.fromTextDocument(teksten.get(uri.toString())!, uri);
            incrementeel.shared.workspace.LangiumDocuments.addDocument(document);
            await incrementeel.shared.workspace.DocumentBuilder.build([document], { validation: true });
            for (let ronde = 0; ronde < 160; ronde++) {
                let tekst = basis;
                for (let stap = 0, stappen = 1 + Math.floor(r() * 4); stap < stappen; stap++) {
                    tekst = bewerk(r, tekst);
                    teksten.set(TextDocument.create(uri.toString(), 'vwo', ++versie, tekst));
                    await incrementeel.shared.workspace.DocumentBuilder.update([uri], []);
                    bewerkingen++;
                    if (fabriek.laatsteParse === 'blok') perBlok++;
                    if (validator.laatsteHergebruik > 0) hergebruikt++;
                    if (linker.laatsteKoppeling !== 'geheel') gekoppeldPerBlok++;
                    if (linker.laatsteKoppeling === 'overgenomen') koppelingenOvergenomen++;
                    if (validator.laatsteOvergenomen > 0) {
                        overgenomen++;
                        if (naam.startsWith('op-een-regel')) overgenomenOpEenRegel++;
                    }

                    const vergelijk = volledig.shared.workspace.LangiumDocumentFactory.fromString(tekst, uri);
                    volledig.shared.workspace.LangiumDocuments.addDocument(vergelijk);
                    await volledig.shared.workspace.DocumentBuilder.build([vergelijk], { validation: true });
                    const context = `${naam}, bewerking ${bewerkingen}`;
                    assert.deepEqual(vorm(document), vorm(vergelijk), context);
                    assert.deepEqual(document.diagnostics, vergelijk.diagnostics, context);
                    volledig.shared.workspace.LangiumDocuments.deleteDocument(uri);
                }
                teksten.set(TextDocument.create(uri.toString(), 'vwo', ++versie, basis));
                await incrementeel.shared.workspace.DocumentBuilder.update([uri], []);
            }
        }
        assert.ok(bewerkingen >= 2000, `${bewerkingen} bewerkingen`);
        // Most edits of a clean text stay inside one block: the test must exercise that path.
        assert.ok(perBlok >= bewerkingen / 5, `${perBlok} van ${bewerkingen} per blok`);
        // After a block parse the findings of the other blocks' local checks come from memory.
        assert.ok(hergebruikt >= perBlok * 0.9, `${hergebruikt} van ${perBlok} met bevindingen uit het geheugen`);
        // ... and only the references the block concerns are linked again (not in a file with a profile)
        assert.ok(gekoppeldPerBlok >= perBlok * 0.9, `${gekoppeldPerBlok} van ${perBlok} per blok gekoppeld`);
        // (after typing inside any string, the new block's references take the old ones' links)
        assert.ok(koppelingenOvergenomen >= perBlok / 4, `${koppelingenOvergenomen} van ${perBlok} met koppelingen overgenomen`);
        // ... and after typing inside a free text, the findings of the checks that read only the tree too
        // (in the file on one line, they move by columns)
        assert.ok(overgenomen >= perBlok / 6, `${overgenomen} van ${perBlok} met alleenStructuur-bevindingen uit het geheugen`);
        assert.ok(overgenomenOpEenRegel >= 20, `${overgenomenOpEenRegel} op één regel`);
    });
});
