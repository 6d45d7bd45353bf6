import { strict as assert } from 'node:assert';
import {
    CompletionRequest, CompletionResolveRequest, type CompletionItem, type CompletionList, type MarkupContent
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { positie } from '../hulp.js';
import { LspClient } from '../lsp-client.js';
import { HOORN, PROFIEL } from '../language/profielen/hulp-profielen.js';

/**
 * Completion over the wire without documentation, and `completionItem/resolve` filling it in
 * (as VS Code asks for the focused item): `node out/server.cjs --stdio` in its own process.
 */
describe('completion en completionItem/resolve via het LSP-protocol', function () {
    this.timeout(60000);
    let client: LspClient;
    let resolveProvider: boolean | undefined;
    const profiel = 'file:///werkruimte/profiel-zaakwijzer.vwo';
    const hoorn = 'file:///werkruimte/hoorn.vwo';
    const eigen = 'file:///werkruimte/eigen.vwo';
    const EIGEN = 'overeenkomst X {\n    categorie Zorgindicatie "Indicatie Wmo" bijzonder\n    verwerking V {\n        persoonsgegevens \n    }\n}\n';

    async function aanvullingen(uri: string, tekst: string, na: string): Promise<CompletionItem[]> {
        const antwoord = await client.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri }, position: TextDocument.create(uri, 'vwo', 1, tekst).positionAt(positie(tekst, na) + na.length)
        });
        return Array.isArray(antwoord) ? antwoord : (antwoord as CompletionList).items;
    }
    const losOp = (item: CompletionItem) => client.connection.sendRequest(CompletionResolveRequest.type, item);
    const markdown = (item: CompletionItem) => (item.documentation as MarkupContent | undefined)?.value ?? '';

    before(async () => {
        const { client: c, init } = await LspClient.start();
        client = c;
        resolveProvider = init.capabilities.completionProvider?.resolveProvider;
        await client.open(profiel, PROFIEL);
        await client.open(hoorn, HOORN);
        await client.open(eigen, EIGEN);
    });

    after(async () => {
        assert.equal(await client.stop(), 0);
        assert.doesNotMatch(client.stderr.join(''), /Error|TypeError|uncaught/i);
    });

    it('de server meldt resolveProvider; de lijst komt zonder documentatie, resolve geeft haar', async () => {
        assert.equal(resolveProvider, true);
        const items = await aanvullingen(eigen, EIGEN, 'persoonsgegevens ');
        assert.equal(items.length, 20);
        assert.deepEqual(items.filter(i => i.documentation !== undefined).map(i => i.label), []);
        const bsn = items.find(i => i.label === 'BSN')!;
        assert.equal(bsn.detail, 'BSN · burgerservicenummer (art. 46 UAVG)');
        const opgelost = await losOp(bsn);
        assert.match(markdown(opgelost), /^\*\*BSN\*\* — burgerservicenummer[\s\S]*art\. 46 UAVG/);
        assert.deepEqual({ ...opgelost, documentation: undefined }, { ...bsn, documentation: undefined }, 'verder hetzelfde item');
    });

    it('een eigen categorie: resolve leest het bestand zoals het nu is; weg is weg, zonder fout', async () => {
        const zorg = (await aanvullingen(eigen, EIGEN, 'persoonsgegevens ')).find(i => i.label === 'Zorgindicatie')!;
        assert.match(markdown(await losOp(zorg)), /^\*\*Indicatie Wmo\*\* — eigen categorie persoonsgegevens/);
        await client.vervang(eigen, EIGEN.replace('"Indicatie Wmo"', '"Indicatie Jeugdwet"'));
        assert.match(markdown(await losOp(zorg)), /^\*\*Indicatie Jeugdwet\*\*/);
        await client.vervang(eigen, EIGEN.replace(/ {4}categorie Zorgindicatie.*\n/, ''));
        assert.deepEqual(await losOp(zorg), zorg);
        await client.vervang(eigen, EIGEN);
    });

    it('een subverwerker uit het profiel: resolve leest het profiel', async () => {
        const metKomma = HOORN.replace('subverwerkers Hosting, Mailgateway', 'subverwerkers Hosting, Mailgateway, ');
        await client.vervang(hoorn, metKomma);
        const sms = (await aanvullingen(hoorn, metKomma, 'Mailgateway, ')).find(i => i.label === 'Sms')!;
        assert.equal(sms.documentation, undefined);
        assert.deepEqual(sms.data, ['subverwerker', profiel]);
        assert.match(markdown(await losOp(sms)), /^\*\*[^*]+\*\*/);
        await client.vervang(hoorn, HOORN);
    });

    it('een item van elders of met onzin als data komt ongewijzigd terug', async () => {
        for (const item of [{ label: 'x' }, { label: 'x', data: { uri: 1 } }, { label: 'BSN', data: ['subverwerker', '%%%'] }, { label: 'x', data: ['snippet', 'constructor'] }]) {
            assert.deepEqual(await losOp(item), item);
        }
    });
});
