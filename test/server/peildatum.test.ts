import { strict as assert } from 'node:assert';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp-client.js';
import { voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

/** The UK's adequacy decision runs to 27-12-2031: against a later peildatum it no longer carries a transfer. */
const NAAR_VK = voorbeeld(ZAAKSYSTEEM).replace(/\n}\s*$/, '\n    verwerking Vk { doeleinden "x" betrokkenen Aanvragers persoonsgegevens Contactgegevens doorgifte GB instrument Adequaatheidsbesluit }\n}\n');
const URI = 'file:///peildatum/vk.vwo';
/** Long enough that a check lasts a while: the setting's re-check and an edit's build overlap. */
const GROOT = NAAR_VK.replace(/\n}\s*$/, '\n' + Array.from({ length: 400 }, (_, i) => `    verwerking Extra${i} { doeleinden "x" betrokkenen Aanvragers persoonsgegevens Contactgegevens }`).join('\n') + '\n}\n');
const vervallen = (diagnoses: Array<{ code?: unknown }>) => diagnoses.some(d => d.code === 'adequaatheidsbesluit-vervallen');

describe('taalserver: de instelling vwo.peildatum', function () {
    this.timeout(60000);
    let client: LspClient;
    afterEach(async () => { await client?.stop(); });

    it('leest de peildatum bij de start, en controleert opnieuw als de instelling wijzigt', async () => {
        ({ client } = await LspClient.start({ instellingen: { vwo: { peildatum: '2032-01-01' } } }));
        // the setting is fetched after initialisation; the first check may precede it
        await client.open(URI, NAAR_VK);
        await client.diagnosesTot(URI, vervallen);
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { vwo: { peildatum: '2026-12-02' } } });
        const nu = await client.diagnosesTot(URI, d => !vervallen(d));
        assert.ok(nu.some(d => d.code === 'adequaatheidsbesluit-verloopt'), `op 2-12-2026 geldt het nog (en verloopt binnenkort): ${JSON.stringify(nu.map(d => d.code))}`);
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { vwo: { peildatum: '2033-05-05' } } });
        await client.diagnosesTot(URI, vervallen);
    });

    it('een wijziging van de instelling tijdens het typen laat geen bewerking zonder diagnoses: beide bouwen na elkaar, onder het slot van de werkruimte', async () => {
        ({ client } = await LspClient.start({ instellingen: { vwo: { peildatum: '2032-01-01' } } }));
        await client.open(URI, GROOT);
        await client.diagnosesTot(URI, vervallen);
        for (let i = 0; i < 20; i++) {
            const datum = i % 2 === 0 ? '2026-12-02' : '2033-05-05';
            // the setting and an edit in the same moment: the edit's own diagnostics must come
            void client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { vwo: { peildatum: datum } } });
            await client.vervang(URI, `// bewerking ${i}\n${GROOT}`, 20_000);
        }
        // the last setting (2033-05-05) holds for the last text
        await client.diagnosesTot(URI, vervallen);
    });
});
