import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createVwoServices } from '../../../language/vwo-module.js';
import { melding } from '../../hulp.js';
import { codes, ENKHUIZEN, HOORN, PROFIEL, werkruimte } from './hulp-profielen.js';

/** An agreement of its own (no profile) with the supplier's KvK number and sub-processor `Hosting` written out. */
function losse(naam: string, plaats: string, land: string): string {
    return HOORN.replace('    profiel Zaakwijzer\n', '')
        .replace('    categorie Locatie', `    verwerker { naam "${naam}" vestigingsplaats "${plaats}" kvk "44556677" }\n` +
            '    contactpersoon verwerker { naam "s" buitenKantooruren "1" }\n' +
            `    subverwerker Hosting { naam "Rekencentrum Noord B.V." contact "x" kvk "55443322" uitbesteed "y" land ${land} }\n` +
            '    subverwerker Mailgateway { naam "Mailgateway Europe GmbH" contact "x" registratie "r" uitbesteed "y" land DE }\n' +
            '    beveiliging { normenstelsel BIO toereikendheid certificering }\n    categorie Locatie');
}

describe('samenhang tussen bestanden: dezelfde leverancier en subverwerker overal gelijk', () => {

    it('gelijke gegevens in twee bestanden: geen melding', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'los.vwo': losse('Zaakwijzer B.V.', 'alkmaar', 'NL') });
        assert.deepEqual(codes(diagnoses['los.vwo']).filter(c => c === 'leverancier-ongelijk' || c === 'subverwerker-land-ongelijk'), []);
    });

    it('zelfde KvK-nummer, andere naam en plaats: leverancier-ongelijk in beide bestanden, met het andere bestand', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'los.vwo': losse('Zaakwijzer Nederland B.V.', 'Hoorn', 'NL') });
        const hier = diagnoses['los.vwo'].filter(d => d.code === 'leverancier-ongelijk');
        assert.equal(hier.length, 2, 'naam en vestigingsplaats');
        assert.match(melding(hier[0]), /KvK-nummer 44556677 heeft hier als naam "Zaakwijzer Nederland B\.V\.", maar in profiel\.vwo "Zaakwijzer B\.V\."/);
        assert.equal(hier[0].relatedInformation?.[0].location.uri, 'file:///werkruimte/profiel.vwo');
        assert.equal(diagnoses['profiel.vwo'].filter(d => d.code === 'leverancier-ongelijk').length, 2);
    });

    it('een overeenkomst die via het profiel alleen de vertegenwoordiger aanvult, zegt niets anders dan het profiel', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'enkhuizen.vwo': ENKHUIZEN });
        assert.ok(!codes(diagnoses['enkhuizen.vwo']).includes('leverancier-ongelijk'));
    });

    it('dezelfde subverwerker (naam of KvK) in een ander land: subverwerker-land-ongelijk, een fout, één keer per subverwerker', async () => {
        const { diagnoses } = await werkruimte({ 'profiel.vwo': PROFIEL, 'los.vwo': losse('Zaakwijzer B.V.', 'Alkmaar', 'US') });
        const hier = diagnoses['los.vwo'].filter(d => d.code === 'subverwerker-land-ongelijk');
        assert.equal(hier.length, 1);
        assert.equal(hier[0].severity, 1);
        assert.match(melding(hier[0]), /Subverwerker 'Hosting' \(naam "Rekencentrum Noord B\.V\."\) staat hier in US, maar in profiel\.vwo in NL/);
        const kvkAlleen = losse('Zaakwijzer B.V.', 'Alkmaar', 'BE').replace('naam "Rekencentrum Noord B.V."', 'naam "RC Noord"');
        const tweede = (await werkruimte({ 'profiel.vwo': PROFIEL, 'los.vwo': kvkAlleen })).diagnoses['los.vwo'].filter(d => d.code === 'subverwerker-land-ongelijk');
        assert.match(melding(tweede[0]), /\(KvK-nummer 55443322\) staat hier in BE/);
    });

    it('typen in de doeleinden van een bestand controleert de bestanden met dezelfde subverwerker niet opnieuw; een ander land wel', async () => {
        const { shared } = createVwoServices(EmptyFileSystem);
        const teksten = shared.workspace.TextDocuments!;
        const bestanden = { 'a.vwo': losse('Zaakwijzer B.V.', 'Alkmaar', 'NL'), 'b.vwo': losse('Zaakwijzer B.V.', 'Alkmaar', 'NL') };
        const documenten: Record<string, LangiumDocument> = {};
        for (const [naam, tekst] of Object.entries(bestanden)) {
            const uri = `file:///werkruimte/${naam}`;
            teksten.set(TextDocument.create(uri, 'vwo', 1, tekst));
            documenten[naam] = shared.workspace.LangiumDocumentFactory.fromTextDocument(teksten.get(uri)!, URI.parse(uri));
            shared.workspace.LangiumDocuments.addDocument(documenten[naam]);
        }
        await shared.workspace.DocumentBuilder.build(Object.values(documenten), { validation: true });
        const gecontroleerd: string[] = [];
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, docs => { for (const d of docs) gecontroleerd.push(d.uri.path); });
        let versie = 1;
        const wijzig = async (tekst: string) => {
            gecontroleerd.length = 0;
            teksten.set(TextDocument.create('file:///werkruimte/a.vwo', 'vwo', ++versie, tekst));
            await shared.workspace.DocumentBuilder.update([URI.parse('file:///werkruimte/a.vwo')], []);
            return [...gecontroleerd];
        };
        const landOngelijk = () => (documenten['b.vwo'].diagnostics ?? []).some(d => d.code === 'subverwerker-land-ongelijk');
        const doeleinden = bestanden['a.vwo'].indexOf('doeleinden "') + 'doeleinden "'.length;
        assert.ok(doeleinden > 20, 'het voorbeeld heeft doeleinden');
        const getypt = bestanden['a.vwo'].slice(0, doeleinden) + 'x' + bestanden['a.vwo'].slice(doeleinden);
        assert.deepEqual(await wijzig(getypt), ['/werkruimte/a.vwo']);
        assert.deepEqual(await wijzig(getypt.replace('land NL }', 'land US }')), ['/werkruimte/a.vwo', '/werkruimte/b.vwo']);
        assert.ok(landOngelijk(), 'b.vwo zegt nu dat a.vwo een ander land noemt');
        assert.deepEqual(await wijzig(getypt), ['/werkruimte/a.vwo', '/werkruimte/b.vwo']);
        assert.ok(!landOngelijk());
    });
});
