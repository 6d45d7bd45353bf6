import { strict as assert } from 'node:assert';
import { main } from '../../cli/main.js';
import { alsMarkdown, overzicht } from '../../language/referentie/overzicht.js';

async function referentie(...argv: string[]): Promise<{ code: number; uit: string }> {
    let uit = '';
    const code = await main(['referentie', ...argv], { stdout: t => { uit += t; }, stderr: t => { uit += t; } });
    return { code, uit };
}

describe('vwo referentie: wat vwo gelooft, om na te gaan', () => {
    it('landen GB: de vernieuwing van 19-12-2025 als geldend besluit, tot en met 27-12-2031, met de stand van de rij', async () => {
        const { code, uit } = await referentie('landen', 'GB');
        assert.equal(code, 0);
        const [kop, rij, ...rest] = uit.trim().split('\n');
        assert.equal(kop, 'code | bestemming | status | besluit | reikwijdte | geldig tot en met | stand van');
        assert.deepEqual(rest, []);
        assert.equal(rij, 'GB | Verenigd Koninkrijk | derde land, adequaat | Uitvoeringsbesluit van 19-12-2025 (nummer niet geverifieerd) | — | 27-12-2031 | 02-12-2026');
    });

    it('landen: elke bestemming één rij, EU-grondgebied als zodanig', async () => {
        const { uit } = await referentie('landen', '--format', 'json');
        const rijen = JSON.parse(uit) as Array<Record<string, string>>;
        assert.ok(rijen.length > 240);
        assert.equal(rijen.find(r => r.code === 'RE')?.status, 'EU-grondgebied');
        assert.equal(rijen.find(r => r.code === 'BQ')?.status, 'derde land, geen adequaatheidsbesluit');
        assert.match(rijen.find(r => r.code === 'IL')?.reikwijdte ?? '', /geautomatiseerde/);
    });

    it('besluiten: ook vervallen besluiten, en wat niet kon worden geverifieerd', async () => {
        const { uit } = await referentie('besluiten', 'GB', '--format', 'json');
        const rijen = JSON.parse(uit) as Array<Record<string, string>>;
        assert.deepEqual(rijen.map(r => [r.besluit, r.status, r['geldig tot en met'], r['niet geverifieerd']]), [
            ['Uitvoeringsbesluit (EU) 2021/1772 van 28-06-2021', 'vervallen', '27-12-2025', ''],
            ['Uitvoeringsbesluit (nummer niet geverifieerd)', 'vervallen', '27-12-2025', 'nummer, datum, publicatie'],
            ['Uitvoeringsbesluit van 19-12-2025 (nummer niet geverifieerd)', 'geldend', '27-12-2031', 'nummer, publicatie, reikwijdte']
        ]);
    });

    it('gebieden --format md is de tabel uit de README', async () => {
        const { code, uit } = await referentie('gebieden', '--format', 'md');
        assert.equal(code, 0);
        assert.equal(uit, `${alsMarkdown(overzicht('gebieden'))}\n`);
        assert.match(uit, /\| Bonaire, Sint Eustatius en Saba \(`BQ`\) \| NL \| geen EU-grondgebied: derde land \|/);
    });

    it('verkeerd gebruik: afsluitcode 2 met een Nederlandse melding', async () => {
        assert.deepEqual(await referentie('planeten'), { code: 2, uit: "vwo: Onbekend overzicht 'planeten'. Kies landen, besluiten of gebieden.\n" });
        assert.equal((await referentie()).code, 2);
        assert.equal((await referentie('landen', 'QQ')).code, 2);
        assert.equal((await referentie('landen', '--format', 'xml')).code, 2);
    });
});
