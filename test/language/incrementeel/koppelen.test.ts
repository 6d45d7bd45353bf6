import { strict as assert } from 'node:assert';
import { EmptyFileSystem, URI, type LangiumDocument, type Reference } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createVwoServices } from '../../../language/vwo-module.js';
import type { VwoLinker } from '../../../language/scoping/vwo-scope.js';
import { voorbeeld } from '../../hulp.js';

const PEILDATUM = { peildatum: '2026-12-02' };
const BASIS = voorbeeld('zaaksysteem-zwolle.vwo');

/** Where each reference of the file points: its text, and the line of its target (undefined: unresolved). */
function doelen(document: LangiumDocument): Array<[string, number | undefined]> {
    return document.references.map(v => [v.$refText, (v as Reference).ref?.$cstNode?.range.start.line]);
}

/**
 * Edits that change which names the blocks declare, one after another in the same file, linked
 * per block: each result equals a full link of the same text. The random edits of
 * herparse.test.ts rarely give a name back or take one another block has.
 */
describe('koppelen per blok: namen die een bewerking weghaalt, teruggeeft of verdubbelt', () => {
    const incrementeel = createVwoServices(EmptyFileSystem, PEILDATUM);
    const linker = incrementeel.Vwo.references.Linker as VwoLinker;
    const teksten = incrementeel.shared.workspace.TextDocuments!;
    const uri = URI.file('/koppelen/zaaksysteem.vwo');
    let versie = 1;
    let document: LangiumDocument;

    before(async () => {
        teksten.set(TextDocument.create(uri.toString(), 'vwo', versie, BASIS));
        document = incrementeel.shared.workspace.LangiumDocumentFactory.fromTextDocument(teksten.get(uri.toString())!, uri);
        incrementeel.shared.workspace.LangiumDocuments.addDocument(document);
        await incrementeel.shared.workspace.DocumentBuilder.build([document], { validation: true });
    });

    async function bewerk(tekst: string): Promise<void> {
        teksten.set(TextDocument.create(uri.toString(), 'vwo', ++versie, tekst));
        await incrementeel.shared.workspace.DocumentBuilder.update([uri], []);
        assert.notEqual(linker.laatsteKoppeling, 'geheel', 'de bewerking blijft binnen één blok');
        const volledig = createVwoServices(EmptyFileSystem, PEILDATUM);
        const vergelijk = volledig.shared.workspace.LangiumDocumentFactory.fromString(tekst, uri);
        volledig.shared.workspace.LangiumDocuments.addDocument(vergelijk);
        await volledig.shared.workspace.DocumentBuilder.build([vergelijk], { validation: true });
        assert.deepEqual(doelen(document), doelen(vergelijk));
        assert.deepEqual(document.diagnostics, vergelijk.diagnostics);
    }

    const regelVan = (tekst: string, stuk: string) => tekst.slice(0, tekst.indexOf(stuk)).split('\n').length - 1;

    it('een hernoemde subverwerker: de verwijzingen elders worden fouten, en weer goed als de naam terugkomt', async () => {
        const hernoemd = BASIS.replace('subverwerker Rekencentrum {', 'subverwerker Rekencentrumm {');
        await bewerk(hernoemd);
        assert.ok(doelen(document).some(([tekst, regel]) => tekst === 'Rekencentrum' && regel === undefined));
        assert.ok(document.diagnostics!.some(d => d.code === 'subverwerker-niet-vermeld'));
        await bewerk(BASIS);
        assert.ok(doelen(document).some(([tekst, regel]) => tekst === 'Rekencentrum' && regel === regelVan(BASIS, 'subverwerker Rekencentrum {')));
    });

    it('een subverwerker die de naam van een latere krijgt: de verwijzingen naar die naam gaan naar de eerste', async () => {
        const dubbel = BASIS.replace('subverwerker Rekencentrum {', 'subverwerker Mailgateway {');
        await bewerk(dubbel);
        const eerste = regelVan(dubbel, 'subverwerker Mailgateway {');
        assert.ok(doelen(document).filter(([tekst]) => tekst === 'Mailgateway').every(([, regel]) => regel === eerste));
        await bewerk(BASIS);
    });

    it('typen in de doeleinden vóór een onbekende verwijzing op dezelfde regel: de koppelingen worden overgenomen, de fout schuift mee', async () => {
        const eenRegel = BASIS.replace(/(verwerking Klantcontact \{)[^}]*\}/, '$1 doeleinden "Vragen" persoonsgegevens Onbekendegegevens, BSN subverwerkers Rekencentrum }');
        await bewerk(eenRegel);
        const getypt = eenRegel.replace('doeleinden "Vragen"', 'doeleinden "Vragenx"');
        await bewerk(getypt);
        assert.equal(linker.laatsteKoppeling, 'overgenomen', 'de koppelingen van het blok zijn overgenomen');
        const fout = document.diagnostics!.find(d => String(d.message).includes('Onbekendegegevens'));
        assert.equal(fout?.range.start.character, getypt.split('\n')[regelVan(getypt, 'Onbekendegegevens')].indexOf('Onbekendegegevens'));
        await bewerk(BASIS);
    });
});
