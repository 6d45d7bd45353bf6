import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystemProvider, OperationCancelled, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { alsVwo, maakOvereenkomst } from '../../../bench/genereer.js';
import { createVwoServices } from '../../../language/vwo-module.js';
import type { VwoDocumentBuilder } from '../../../language/werkruimte/vwo-document-builder.js';

/** Files in memory that answer a read a moment later, counting how many reads run at once. */
class Schijf extends EmptyFileSystemProvider implements FileSystemProvider {
    readonly bestanden = new Map<string, string>();
    /** files that are listed but cannot be read */
    readonly onleesbaar = new Set<string>();
    bezig = 0;
    hoogstens = 0;
    gelezen = 0;

    override async stat(uri: URI = URI.parse('file:///')): Promise<FileSystemNode> {
        if (!this.bestanden.has(uri.toString())) throw new Error(`bestaat niet: ${uri}`);
        return { isFile: true, isDirectory: false, uri };
    }

    override async readFile(uri: URI = URI.parse('file:///')): Promise<string> {
        this.gelezen++;
        this.hoogstens = Math.max(this.hoogstens, ++this.bezig);
        await new Promise(klaar => setTimeout(klaar, 1));
        this.bezig--;
        const tekst = this.bestanden.get(uri.toString());
        if (tekst === undefined || this.onleesbaar.has(uri.toString())) throw new Error(`bestaat niet: ${uri}`);
        return tekst;
    }
}

const AANTAL = 30;
const uri = (i: number) => URI.parse(`file:///werkruimte/o-${i}.vwo`);

function opzet() {
    const schijf = new Schijf();
    for (let i = 0; i < AANTAL; i++) schijf.bestanden.set(uri(i).toString(), alsVwo(maakOvereenkomst(500 + i, 60)));
    const { shared } = createVwoServices({ fileSystemProvider: () => schijf });
    const bouwer = shared.workspace.DocumentBuilder as VwoDocumentBuilder;
    const documenten = shared.workspace.LangiumDocuments;
    const staat = (i: number) => documenten.getDocument(uri(i))?.state;
    const alle = Array.from({ length: AANTAL }, (_, i) => uri(i));
    /** A background step that an edit cancels as soon as its files are parsed. */
    const afgebroken = async () => {
        const bron = new CancellationTokenSource();
        const fase = bouwer.onBuildPhase(DocumentState.Parsed, () => bron.cancel());
        await assert.rejects(bouwer.laadOpDeAchtergrond(alle, bron.token), e => e === OperationCancelled);
        fase.dispose();
    };
    return { schijf, shared, bouwer, staat, alle, afgebroken };
}

/**
 * The workspace loads in the background (`VwoWorkspaceManager`, `VwoDocumentBuilder`): an edit that
 * cancels a background step does not wait for the rest of that step's files, the next step
 * finishes them, and the files of a step are read all at once.
 */
describe('de werkruimte op de achtergrond laden', () => {

    it('een bewerking die een stap onderbreekt, bouwt alleen haar eigen bestand; de volgende stap maakt de rest af', async () => {
        const { shared, bouwer, staat, afgebroken } = opzet();
        await afgebroken();
        assert.ok(bouwer.achtergrondOnvoltooid());

        const open = 'file:///werkruimte/open.vwo';
        shared.workspace.TextDocuments!.set(TextDocument.create(open, 'vwo', 1, alsVwo(maakOvereenkomst(1, 40))));
        await bouwer.update([URI.parse(open)], []);
        assert.equal(shared.workspace.LangiumDocuments.getDocument(URI.parse(open))?.state, DocumentState.Validated);
        for (let i = 0; i < AANTAL; i++) assert.ok(staat(i)! < DocumentState.Validated, `o-${i}.vwo wacht op de achtergrond`);

        await bouwer.laadOpDeAchtergrond([], new CancellationTokenSource().token);
        for (let i = 0; i < AANTAL; i++) assert.equal(staat(i), DocumentState.Validated, `o-${i}.vwo`);
        assert.equal(bouwer.achtergrondOnvoltooid(), false);
    });

    it('een bestand van een onderbroken stap dat de gebruiker opent, bouwt de bewerking wel', async () => {
        const { shared, bouwer, staat, afgebroken } = opzet();
        await afgebroken();
        const tekst = alsVwo(maakOvereenkomst(7, 40));
        shared.workspace.TextDocuments!.set(TextDocument.create(uri(3).toString(), 'vwo', 1, tekst));
        await bouwer.update([uri(3)], []);
        assert.equal(staat(3), DocumentState.Validated);
        assert.equal(shared.workspace.LangiumDocuments.getDocument(uri(3))!.textDocument.getText(), tekst);
        assert.ok(staat(4)! < DocumentState.Validated);
    });

    it('een verwijderd bestand van een onderbroken stap telt niet meer als onvoltooid', async () => {
        const { schijf, bouwer, alle, afgebroken } = opzet();
        await afgebroken();
        for (const u of alle) schijf.bestanden.delete(u.toString());
        await bouwer.update([], alle);
        assert.equal(bouwer.achtergrondOnvoltooid(), false);
    });

    it('een bestand dat niet te lezen is, krijgt één fout en houdt de stap en de volgende bewerkingen niet op', async () => {
        const { schijf, shared, bouwer, staat, alle } = opzet();
        schijf.onleesbaar.add(uri(5).toString());
        await bouwer.laadOpDeAchtergrond(alle, new CancellationTokenSource().token);
        assert.deepEqual(alle.map((_, i) => staat(i)).filter(s => s !== DocumentState.Validated), []);
        const document = shared.workspace.LangiumDocuments.getDocument(uri(5))!;
        assert.deepEqual(document.diagnostics?.map(d => d.code), ['bestand-onleesbaar']);
        assert.match(String(document.diagnostics?.[0].message), /^Dit bestand kan niet worden gelezen: het besturingssysteem weigerde het\./);

        schijf.onleesbaar.clear();
        await bouwer.update([uri(5)], []);
        assert.ok(!document.diagnostics?.some(d => d.code === 'bestand-onleesbaar'), 'weer te lezen: gewoon gecontroleerd');
    });

    it('een stap die niet door een bewerking mislukt, wordt niet steeds opnieuw geprobeerd', async () => {
        const { bouwer, alle } = opzet();
        const kapot = bouwer.onBuildPhase(DocumentState.IndexedContent, () => { throw new Error('kapot'); });
        await assert.rejects(bouwer.laadOpDeAchtergrond(alle, new CancellationTokenSource().token), /kapot/);
        kapot.dispose();
        assert.equal(bouwer.achtergrondOnvoltooid(), false);
    });

    it('de bestanden van een stap worden tegelijk gelezen, en na een onderbroken stap opnieuw: een wijziging op schijf telt', async () => {
        const { schijf, shared, bouwer, alle } = opzet();
        await bouwer.laadOpDeAchtergrond(alle.slice(0, 10), new CancellationTokenSource().token);
        assert.equal(schijf.hoogstens, 10, 'de tien bestanden van de stap tegelijk');
        assert.equal(schijf.gelezen, 10, 'elk bestand één keer');

        // cancelled after its first file was parsed: the texts read for the others are not kept for the next step
        const bron = new CancellationTokenSource();
        const fase = bouwer.onDocumentPhase(DocumentState.Parsed, () => bron.cancel());
        await assert.rejects(bouwer.laadOpDeAchtergrond(alle.slice(10), bron.token), e => e === OperationCancelled);
        fase.dispose();
        const laatste = uri(AANTAL - 1);
        assert.equal(shared.workspace.LangiumDocuments.getDocument(laatste)!.state, DocumentState.Changed);
        const nieuw = alsVwo(maakOvereenkomst(99, 40));
        schijf.bestanden.set(laatste.toString(), nieuw);
        while (schijf.bezig > 0) await new Promise(klaar => setTimeout(klaar, 1));   // the reads the cancelled step started
        schijf.gelezen = schijf.hoogstens = 0;
        await bouwer.laadOpDeAchtergrond([], new CancellationTokenSource().token);
        assert.equal(schijf.gelezen, AANTAL - 11, 'de bestanden die nog niet geparst waren, elk één keer');
        assert.equal(schijf.hoogstens, AANTAL - 11);
        assert.equal(shared.workspace.LangiumDocuments.getDocument(laatste)!.textDocument.getText(), nieuw);
    });
});
