import { strict as assert } from 'node:assert';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../cli/main.js';
import { diagnoses, melding, opruimen, Vwo } from '../../hulp.js';
import { overeenkomstMet } from '../hulp.js';

/** An agreement whose only transfer rests on the UK's adequacy decision (valid to 27-12-2031). */
const VK = overeenkomstMet('VK', `    verwerking Hosting {
        doeleinden "Hosting" betrokkenen Aanvragers persoonsgegevens Contactgegevens
        doorgifte GB instrument Adequaatheidsbesluit
    }`);

async function codes(): Promise<Array<[string | number | undefined, string]>> {
    return (await diagnoses(VK)).map(d => [d.code, melding(d)]);
}

describe('een adequaatheidsbesluit dat vervalt, tegen de peildatum', () => {
    afterEach(async () => {
        Vwo.tijd.Peildatum.stelIn(undefined);
        await opruimen();
    });

    it('na de einddatum (peildatum 01-01-2032): een fout, met beide datums', async () => {
        Vwo.tijd.Peildatum.stelIn('2032-01-01');
        const gevonden = await codes();
        assert.deepEqual(gevonden.map(([c]) => c), ['adequaatheidsbesluit-vervallen']);
        assert.match(gevonden[0][1], /Op de peildatum 01-01-2032 is het adequaatheidsbesluit voor het Verenigd Koninkrijk \(Uitvoeringsbesluit van 19-12-2025 \(nummer niet geverifieerd\)\) vervallen: het gold tot en met 27-12-2031/);
    });

    it('op de laatste geldige dag nog geen fout, wel de informatie dat de overeenkomst doorloopt', async () => {
        Vwo.tijd.Peildatum.stelIn('2031-12-27');
        assert.deepEqual((await codes()).map(([c]) => c), ['adequaatheidsbesluit-verloopt']);
    });

    it('vwo check --peildatum: afsluitcode 1 na de einddatum, 0 ervoor; een onmogelijke datum is verkeerd gebruik', async () => {
        const bestand = path.join(mkdtempSync(path.join(tmpdir(), 'vwo-peildatum-')), 'vk.vwo');
        writeFileSync(bestand, VK);
        const run = async (...argv: string[]) => {
            let uit = '';
            const code = await main(['check', ...argv], { stdout: t => { uit += t; }, stderr: t => { uit += t; } });
            return { code, uit };
        };
        const na = await run('--peildatum', '2032-01-01', bestand);
        assert.equal(na.code, 1, na.uit);
        assert.match(na.uit, /fout \[adequaatheidsbesluit-vervallen\]/);
        const voor = await run('--peildatum', '2026-12-02', bestand);
        assert.equal(voor.code, 0, voor.uit);
        assert.match(voor.uit, /informatie \[adequaatheidsbesluit-verloopt\]/);
        const fout = await run('--peildatum', '2026-02-30', bestand);
        assert.equal(fout.code, 2);
        assert.match(fout.uit, /'--peildatum 2026-02-30' is geen bestaande datum in de vorm JJJJ-MM-DD/);
    });
});
