import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { main } from '../../cli/main.js';
import { CODES, isCode, type Code } from '../../language/validation/codes.js';
import { WORTEL } from '../hulp.js';

async function check(...argv: string[]): Promise<{ code: number; uit: string }> {
    let uit = '';
    const code = await main(['check', ...argv], { stdout: t => { uit += t; }, stderr: t => { uit += t; } });
    return { code, uit };
}

const DOORGIFTEN = path.join(WORTEL, 'test', 'resources', 'validatie', 'doorgiften', 'instrumenten.vwo');
const ERNST_JSON = { error: 'error', warning: 'warning', info: 'information' } as const;

describe('vwo check meldt de diagnostiek van de taal', () => {
    it('JSON: elke melding met haar code en de ernst uit de tabel; afsluitcode 1 bij fouten', async () => {
        const { code, uit } = await check('--format', 'json', DOORGIFTEN);
        assert.equal(code, 1);
        const diagnoses = JSON.parse(uit).files[0].diagnostics as Array<{ code: Code; severity: string }>;
        const codes = new Set(diagnoses.map(d => d.code));
        for (const verwacht of ['doorgifte-zonder-instrument', 'geen-adequaatheidsbesluit', 'adequaatheid-beperkt', 'aanvullende-maatregelen-ontbreken',
            'uitzondering-art49', 'doorgifte-binnen-eer', 'onbekend-land', 'onbekend-instrument']) {
            assert.ok(codes.has(verwacht as Code), verwacht);
        }
        for (const d of diagnoses) assert.equal(d.severity, ERNST_JSON[CODES[d.code as Code].ernst], d.code);
    });

    it('SARIF: regels met de beschrijving van hun code als hulptekst', async () => {
        const { uit } = await check('--format', 'sarif', DOORGIFTEN);
        const run = JSON.parse(uit).runs[0];
        for (const regel of run.rules ?? run.tool.driver.rules) {
            assert.equal(regel.help.text, CODES[regel.id as Code].beschrijving, regel.id);
        }
        assert.ok(run.results.every((r: { ruleId: string }) => isCode(r.ruleId)));
    });

    it('--peildatum toetst het beheer: op 2 december 2026 is de evaluatie van het sociaal domein over tijd, op 1 oktober 2026 nog niet', async () => {
        const sociaal = path.join(WORTEL, 'examples', 'sociaal-domein-wmo-jeugd.vwo');
        const beheercodes = async (peildatum: string) => {
            const { uit } = await check('--format', 'json', '--peildatum', peildatum, sociaal);
            return (JSON.parse(uit).files[0].diagnostics as Array<{ code: Code; message: string }>).filter(d => ['evaluatie-te-laat', 'bewijs-verlopen', 'tpm-ontbreekt', 'bezwaartermijn-verstreken'].includes(d.code));
        };
        const laat = await beheercodes('2026-12-02');
        assert.deepEqual(laat.map(d => d.code).sort(), ['bewijs-verlopen', 'bezwaartermijn-verstreken', 'evaluatie-te-laat', 'tpm-ontbreekt']);
        assert.match(laat.find(d => d.code === 'evaluatie-te-laat')!.message, /peildatum 2 december 2026/);
        assert.deepEqual(await beheercodes('2026-10-01'), []);
    });

    it('de voorbeelden: afsluitcode 0, geen fouten', async () => {
        const { code, uit } = await check(path.join(WORTEL, 'examples'));
        assert.equal(code, 0, uit);
        assert.match(uit, / 0 fouten, /);
    });
});
