import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystemProvider, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { alsVwo, maakOvereenkomst } from '../../../bench/genereer.js';
import { createVwoServices } from '../../../language/vwo-module.js';
import type { Voorcontrole } from '../../../language/werkruimte/voorcontrole.js';
import type { VwoDocumentBuilder } from '../../../language/werkruimte/vwo-document-builder.js';

/** Files in memory. */
class Schijf extends EmptyFileSystemProvider implements FileSystemProvider {
    readonly bestanden = new Map<string, string>();
    override async stat(uri: URI = URI.parse('file:///')): Promise<FileSystemNode> {
        return { isFile: true, isDirectory: false, uri };
    }
    override async readFile(uri: URI = URI.parse('file:///')): Promise<string> {
        const tekst = this.bestanden.get(uri.toString());
        if (tekst === undefined) throw new Error(`bestaat niet: ${uri}`);
        return tekst;
    }
}

const PEILDATUM = '2026-12-01';
const uri = (naam: string) => URI.parse(`file:///werkruimte/${naam}.vwo`);
/** A finding no check gives: a file that has it after loading was not checked again. */
const GEMAAKT: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'van de tweede thread', code: 'proef', severity: 2 };

function opzet() {
    const schijf = new Schijf();
    const { shared, Vwo } = createVwoServices({ fileSystemProvider: () => schijf }, { peildatum: PEILDATUM });
    const bouwer = shared.workspace.DocumentBuilder as VwoDocumentBuilder;
    const veranderingen: Array<{ erbij: string[]; weg: string[] }> = [];
    bouwer.onVoorcontroles(({ erbij, weg }) => veranderingen.push({ erbij: erbij.map(v => v.uri), weg: [...weg] }));
    const zet = (naam: string, tekst = alsVwo(maakOvereenkomst(naam.length, 40))) => {
        schijf.bestanden.set(uri(naam).toString(), tekst);
        return tekst;
    };
    const voorcontrole = (naam: string, tekst: string, peildatum = PEILDATUM): Voorcontrole => ({ uri: uri(naam).toString(), tekst, peildatum, diagnostics: [GEMAAKT], samenvatting: [] });
    const laad = (...namen: string[]) => bouwer.laadOpDeAchtergrond(namen.map(uri), new CancellationTokenSource().token);
    const diagnoses = (naam: string) => shared.workspace.LangiumDocuments.getDocument(uri(naam))?.diagnostics?.map(d => d.code);
    return { schijf, shared, Vwo, bouwer, veranderingen, zet, voorcontrole, laad, diagnoses };
}

/**
 * What the helper thread found in a file not yet loaded (language/werkruimte/voorcontrole.ts), as
 * the document builder keeps and uses it: shown until the file is loaded, taken over when it is,
 * and dropped when the file changed or went away meanwhile.
 */
describe('de bevindingen van de tweede thread in de documentbouwer', () => {

    it('een geladen bestand krijgt de bevindingen van de tweede thread, zonder opnieuw gecontroleerd te worden', async () => {
        const { bouwer, zet, voorcontrole, laad, diagnoses, veranderingen } = opzet();
        bouwer.neemVoorcontroles([voorcontrole('a', zet('a'))]);
        assert.deepEqual(veranderingen, [{ erbij: [uri('a').toString()], weg: [] }]);
        assert.equal([...bouwer.voorgecontroleerd].length, 1);
        await laad('a');
        assert.deepEqual(diagnoses('a'), ['proef']);
        assert.equal([...bouwer.voorgecontroleerd].length, 0, 'eenmaal geladen, telt het bestand zelf');
    });

    it('het bestand wordt gelezen zoals de tweede thread het las: niet opnieuw van de schijf', async () => {
        const { schijf, bouwer, zet, voorcontrole, laad, diagnoses } = opzet();
        bouwer.neemVoorcontroles([voorcontrole('a', zet('a'))]);
        schijf.bestanden.delete(uri('a').toString());
        await laad('a');
        assert.deepEqual(diagnoses('a'), ['proef']);
    });

    it('tegen een andere peildatum beoordeeld: niet bewaard, en bij het laden opnieuw gecontroleerd', async () => {
        const { Vwo, bouwer, zet, voorcontrole, laad, diagnoses } = opzet();
        bouwer.neemVoorcontroles([voorcontrole('a', zet('a'), '2020-01-01'), voorcontrole('b', zet('b'))]);
        assert.deepEqual([...bouwer.voorgecontroleerd].map(v => v.uri), [uri('b').toString()]);
        // the setting changed after the helper's findings were kept
        Vwo.tijd.Peildatum.stelIn('2020-01-01');
        await laad('a', 'b');
        for (const naam of ['a', 'b']) assert.ok(!diagnoses(naam)!.includes('proef'), naam);
    });

    it('geopend of op de schijf gewijzigd voordat het geladen is: gecontroleerd wat er nu staat', async () => {
        const { shared, bouwer, zet, voorcontrole, diagnoses } = opzet();
        bouwer.neemVoorcontroles([voorcontrole('open', zet('open')), voorcontrole('gewijzigd', zet('gewijzigd'))]);
        shared.workspace.TextDocuments!.set(TextDocument.create(uri('open').toString(), 'vwo', 1, 'overeenkomst Open {'));
        zet('gewijzigd', 'overeenkomst Gewijzigd {');
        await bouwer.update([uri('open'), uri('gewijzigd')], []);
        for (const naam of ['open', 'gewijzigd']) {
            assert.ok(!diagnoses(naam)!.includes('proef'), naam);
            assert.ok(diagnoses(naam)!.length > 0, `${naam}: de nieuwe tekst is onvolledig`);
        }
        assert.equal([...bouwer.voorgecontroleerd].length, 0);
    });

    it('verwijderd voordat het geladen is: zijn bevindingen gaan weg, ook met zijn map', async () => {
        const { bouwer, zet, voorcontrole, veranderingen } = opzet();
        bouwer.neemVoorcontroles([voorcontrole('a', zet('a')), voorcontrole('map/b', zet('map/b')), voorcontrole('map/c', zet('map/c')), voorcontrole('mapje', zet('mapje'))]);
        veranderingen.length = 0;
        await bouwer.update([], [uri('a'), URI.parse('file:///werkruimte/map')]);
        assert.deepEqual(veranderingen, [{ erbij: [], weg: ['a', 'map/b', 'map/c'].map(n => uri(n).toString()) }]);
        assert.deepEqual([...bouwer.voorgecontroleerd].map(v => v.uri), [uri('mapje').toString()]);
    });

    it('een bestand dat hier al geladen is, houdt zijn eigen bevindingen', async () => {
        const { shared, bouwer, zet, voorcontrole, laad, diagnoses, veranderingen } = opzet();
        const tekst = zet('a');
        await laad('a');
        assert.equal(shared.workspace.LangiumDocuments.getDocument(uri('a'))?.state, DocumentState.Validated);
        veranderingen.length = 0;
        bouwer.neemVoorcontroles([voorcontrole('a', tekst)]);
        assert.deepEqual(veranderingen, []);
        assert.equal([...bouwer.voorgecontroleerd].length, 0);
        assert.ok(!diagnoses('a')!.includes('proef'));
    });
});
