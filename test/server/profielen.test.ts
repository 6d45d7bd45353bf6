import { strict as assert } from 'node:assert';
import {
    CompletionRequest, DefinitionRequest, ErrorCodes, HoverRequest, ReferencesRequest, RenameRequest, ResponseError,
    type CompletionItem, type CompletionList, type Location, type LocationLink, type MarkupContent, type TextEdit
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RenderVerzoek } from '../../language/protocol.js';
import { positie } from '../hulp.js';
import { LspClient } from '../lsp-client.js';
import { ENKHUIZEN, HOORN, PROFIEL } from '../language/profielen/hulp-profielen.js';

/**
 * Profiles across files, through `vwo-language-server --stdio` as an editor uses it: definition,
 * references and rename reach into the other files, and an edit of the profile re-checks the
 * agreements that use it (their diagnostics are published again without them being edited).
 */
describe('leveranciersprofielen via het LSP-protocol: over bestanden heen', function () {
    this.timeout(60000);
    let client: LspClient;
    const profiel = 'file:///werkruimte/profiel-zaakwijzer.vwo';
    const hoorn = 'file:///werkruimte/hoorn.vwo';
    const enkhuizen = 'file:///werkruimte/enkhuizen.vwo';
    const plek = (uri: string, tekst: string, zoek: string, verder = 1) =>
        ({ textDocument: { uri }, position: TextDocument.create(uri, 'vwo', 1, tekst).positionAt(positie(tekst, zoek) + verder) });

    before(async () => {
        ({ client } = await LspClient.start());
        await client.open(profiel, PROFIEL);
        await client.open(hoorn, HOORN);
        await client.open(enkhuizen, ENKHUIZEN);
        assert.deepEqual((await client.rustigeDiagnoses(enkhuizen)).filter(d => d.severity === 1), []);
    });

    after(async () => {
        assert.equal(await client.stop(), 0);
        assert.doesNotMatch(client.stderr.join(''), /Error|TypeError|uncaught/i);
    });

    it('vwo/render van het profiel zelf: een foutantwoord met dezelfde woorden als vwo render, geen document', async () => {
        const antwoord = client.connection.sendRequest(RenderVerzoek.methode, { textDocument: { uri: profiel }, formaat: 'md' });
        await assert.rejects(antwoord, (fout: ResponseError) => {
            assert.equal(fout.code, ErrorCodes.InvalidParams);
            assert.equal(fout.message, "'Zaakwijzer' is een leveranciersprofiel, geen overeenkomst: een profiel heeft geen eigen document. Render een overeenkomst die het gebruikt ('profiel Zaakwijzer').");
            return true;
        });
    });

    it('ga naar definitie: van een subverwerker in de verwerking en van profiel naar het profielbestand', async () => {
        const naarHosting = await client.connection.sendRequest(DefinitionRequest.type, plek(hoorn, HOORN, 'subverwerkers Hosting', 'subverwerkers '.length + 1)) as LocationLink[];
        assert.equal(naarHosting[0].targetUri, profiel);
        assert.equal(naarHosting[0].targetSelectionRange.start.line, PROFIEL.slice(0, positie(PROFIEL, 'subverwerker Hosting')).split('\n').length - 1);
        const naarProfiel = await client.connection.sendRequest(DefinitionRequest.type, plek(hoorn, HOORN, 'profiel Zaakwijzer', 'profiel '.length + 1)) as LocationLink[];
        assert.equal(naarProfiel[0].targetUri, profiel);
    });

    it('vind verwijzingen: alle overeenkomsten die het profiel of een subverwerker ervan gebruiken', async () => {
        const naarProfiel = await client.connection.sendRequest(ReferencesRequest.type, { ...plek(profiel, PROFIEL, 'profiel Zaakwijzer {', 'profiel '.length + 1), context: { includeDeclaration: false } }) as Location[];
        assert.deepEqual(naarProfiel.map(l => l.uri).sort(), [enkhuizen, hoorn]);
        const naarSms = await client.connection.sendRequest(ReferencesRequest.type, { ...plek(profiel, PROFIEL, 'subverwerker Sms', 'subverwerker '.length + 1), context: { includeDeclaration: false } }) as Location[];
        assert.deepEqual(naarSms.map(l => l.uri), [enkhuizen], 'alleen Enkhuizen noemt Sms');
    });

    it('hernoemen van een subverwerker van het profiel wijzigt ook de overeenkomsten', async () => {
        const edit = await client.connection.sendRequest(RenameRequest.type, { ...plek(profiel, PROFIEL, 'subverwerker Hosting', 'subverwerker '.length + 1), newName: 'Rekencentrum' });
        const wijzigingen = edit?.changes ?? {};
        assert.deepEqual(Object.keys(wijzigingen).sort(), [enkhuizen, hoorn, profiel].sort());
        const toegepast = TextDocument.applyEdits(TextDocument.create(hoorn, 'vwo', 1, HOORN), wijzigingen[hoorn] as TextEdit[]);
        assert.match(toegepast, /subverwerkers Rekencentrum, Mailgateway/);
    });

    it('hover en aanvullen: het profiel en zijn subverwerkers', async () => {
        const hover = await client.connection.sendRequest(HoverRequest.type, plek(hoorn, HOORN, 'profiel Zaakwijzer', 'profiel '.length + 1));
        assert.match((hover?.contents as MarkupContent).value, /Leveranciersprofiel · Zaakwijzer[^]*Zaakwijzer B\.V\.[^]*Sms: Berichtdienst B\.V\. \(NL\)/);
        const opSms = await client.connection.sendRequest(HoverRequest.type, plek(enkhuizen, ENKHUIZEN, 'Sms'));
        assert.match((opSms?.contents as MarkupContent).value, /Uit leveranciersprofiel `Zaakwijzer`\.[^]*Gebruikt in de verwerking: `Klantvragen`/);
        const inProfiel = await client.connection.sendRequest(HoverRequest.type, plek(profiel, PROFIEL, 'subverwerker Sms', 'subverwerker '.length + 1));
        assert.match((inProfiel?.contents as MarkupContent).value, /Welke overeenkomsten hem gebruiken, toont "Alle verwijzingen zoeken"/);
        const metKomma = HOORN.replace('subverwerkers Hosting, Mailgateway', 'subverwerkers Hosting, Mailgateway, ');
        await client.vervang(hoorn, metKomma);
        const na = positie(metKomma, 'Mailgateway, ') + 'Mailgateway, '.length;
        const antwoord = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: hoorn }, position: TextDocument.create(hoorn, 'vwo', 2, metKomma).positionAt(na) });
        const items: CompletionItem[] = Array.isArray(antwoord) ? antwoord : (antwoord as CompletionList).items;
        const sms = items.find(i => i.label === 'Sms');
        assert.equal(sms?.labelDetails?.description, 'NL · profiel Zaakwijzer');
        await client.vervang(hoorn, HOORN);
    });

    it('een wijziging in het profiel controleert de overeenkomsten die het gebruiken opnieuw', async () => {
        const zonderSms = PROFIEL.replace(/    subverwerker Sms \{[^}]*\}\n/, '');
        const opnieuw = client.volgendeDiagnoses(enkhuizen);
        await client.vervang(profiel, zonderSms);
        const fouten = (await opnieuw).filter(d => d.severity === 1);
        assert.deepEqual(fouten.map(d => d.code), ['subverwerker-niet-vermeld']);
        assert.match(typeof fouten[0].message === 'string' ? fouten[0].message : '', /subverwerker 'Sms'/);
        const hersteld = client.volgendeDiagnoses(enkhuizen);
        await client.vervang(profiel, PROFIEL);
        assert.deepEqual((await hersteld).filter(d => d.severity === 1), []);
        const hernoemd = client.volgendeDiagnoses(hoorn);
        await client.vervang(profiel, PROFIEL.replace('profiel Zaakwijzer {', 'profiel Zaakwijzer2 {'));
        assert.deepEqual((await hernoemd).filter(d => d.severity === 1).map(d => d.code), ['onbekend-profiel']);
        const terug = client.volgendeDiagnoses(hoorn);
        await client.vervang(profiel, PROFIEL);
        assert.deepEqual((await terug).filter(d => d.severity === 1), []);
    });

    it('een verschil tussen bestanden verschijnt en verdwijnt ook in het bestand dat niet werd gewijzigd', async () => {
        const los = 'file:///werkruimte/los.vwo';
        const gelijk = 'profiel Los {\n    verwerker { naam "Zaakwijzer B.V." kvk "44556677" }\n}\n';
        assert.deepEqual((await client.open(los, gelijk)).map(d => d.code), []);
        const verschil = client.volgendeDiagnoses(profiel);
        await client.vervang(los, gelijk.replace('Zaakwijzer B.V.', 'Zaakwijzer Holding B.V.'));
        assert.deepEqual((await verschil).map(d => d.code), ['leverancier-ongelijk'], 'het profiel is opnieuw vergeleken zonder zelf te veranderen');
        assert.deepEqual(client.laatstePublicatie(los)?.diagnostics.map(d => d.code), ['leverancier-ongelijk']);
        const weer = client.volgendeDiagnoses(profiel);
        await client.vervang(los, gelijk);
        assert.deepEqual((await weer).map(d => d.code), []);
    });
});
