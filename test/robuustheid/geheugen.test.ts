import { strict as assert } from 'node:assert';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { EmptyFileSystem, URI } from 'langium';
import { setTextDocument } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createVwoServices } from '../../language/vwo-module.js';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapNaGc(): number {
    for (let i = 0; i < 3; i++) gc();
    return process.memoryUsage().heapUsed;
}

describe('geheugen: 10.000 bewerkingen', function () {
    this.timeout(300_000);

    it('het geheugen groeit niet tussen de 1.000ste en de 10.000ste bewerking', async () => {
        // The path the language server takes on every keystroke: the editor's text, then update.
        const { Vwo, shared } = createVwoServices(EmptyFileSystem);
        const builder = shared.workspace.DocumentBuilder;
        const uri = URI.parse('file:///geheugen/zaaksysteem.vwo');
        const origineel = voorbeeld(ZAAKSYSTEEM);
        const plek = origineel.indexOf('Registreren en afhandelen');
        let versie = 1;
        const typ = async (tekst: string) => {
            setTextDocument(Vwo, TextDocument.create(uri.toString(), 'vwo', versie++, tekst));
            await builder.update([uri], []);
        };
        await typ(origineel);
        const verwacht = JSON.stringify(shared.workspace.LangiumDocuments.getDocument(uri)!.diagnostics);
        let na1000 = 0;
        for (let i = 1; i <= 10_000; i++) {
            // type a letter, and remove it again the next time: the text stays the same size
            await typ(i % 2 ? origineel.slice(0, plek) + 'x' + origineel.slice(plek) : origineel);
            if (i === 1_000) na1000 = heapNaGc();
        }
        const groei = heapNaGc() - na1000;
        assert.equal(JSON.stringify(shared.workspace.LangiumDocuments.getDocument(uri)!.diagnostics), verwacht, 'dezelfde diagnoses als aan het begin');
        assert.ok(groei < 2 * 1024 * 1024, `de heap groeide ${(groei / 1024 / 1024).toFixed(2)} MB tussen bewerking 1.000 en 10.000`);
        console.log(`      heap na 1.000 bewerkingen ${(na1000 / 1024 / 1024).toFixed(1)} MB, groei tot 10.000: ${(groei / 1024).toFixed(0)} kB`);
    });
});
