import { strict as assert } from 'node:assert';
import { EmptyFileSystem } from 'langium';
import { Peildatum, vandaag } from '../../language/peildatum.js';
import { createVwoServices } from '../../language/vwo-module.js';
import { main } from '../../cli/main.js';

describe('peildatum', () => {
    it('is vandaag tot een datum is vastgezet, en volgt vandaag weer na het loslaten', () => {
        const p = new Peildatum();
        assert.equal(p.datum, vandaag());
        assert.equal(p.isVast, false);
        p.stelIn('2026-01-01');
        assert.deepEqual([p.datum, p.isVast], ['2026-01-01', true]);
        p.stelIn(undefined);
        assert.equal(p.datum, vandaag());
    });

    it('volgt de klok over middernacht heen, ook als die wordt teruggezet', () => {
        const p = new Peildatum();
        const echt = Date.now;
        try {
            Date.now = () => new Date(2026, 0, 5, 23, 59, 59).getTime();
            assert.equal(p.datum, '2026-01-05');
            Date.now = () => new Date(2026, 0, 6, 0, 0, 1).getTime();
            assert.equal(p.datum, '2026-01-06');
            Date.now = () => new Date(2026, 0, 4, 12).getTime();
            assert.equal(p.datum, '2026-01-04');
        } finally {
            Date.now = echt;
        }
    });

    it('vandaag in lokale tijd als JJJJ-MM-DD', () => {
        assert.equal(vandaag(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
    });

    it('elke set taaldiensten heeft haar eigen peildatum (de CLI zet haar via de opties)', () => {
        assert.equal(createVwoServices(EmptyFileSystem, { peildatum: '2030-06-30' }).Vwo.tijd.Peildatum.datum, '2030-06-30');
        assert.equal(createVwoServices(EmptyFileSystem).Vwo.tijd.Peildatum.datum, vandaag());
    });

    it('vwo check --peildatum weigert een datum die niet bestaat, met afsluitcode 2', async () => {
        let fout = '';
        const code = await main(['check', '--peildatum', '2026-02-30', 'examples/'], { stdout: () => undefined, stderr: t => { fout += t; } });
        assert.equal(code, 2);
        assert.match(fout, /'--peildatum 2026-02-30' is geen bestaande datum in de vorm JJJJ-MM-DD/);
    });
});
