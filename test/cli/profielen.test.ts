import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ENKHUIZEN, HOORN, PROFIEL, ZAAKWIJZER } from '../language/profielen/hulp-profielen.js';
import { vwo } from './hulp-cli.js';

describe('vwo en leveranciersprofielen op de opdrachtregel', function () {
    this.timeout(60000);
    let map: string;
    beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-profielen-')); });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    it('vwo check BESTAND vindt het profiel in de map van het bestand en meldt alleen het genoemde bestand', () => {
        const r = vwo(['check', path.join(ZAAKWIJZER, 'klantcontact-enkhuizen.vwo')]);
        assert.equal(r.code, 0, r.stdout + r.stderr);
        assert.match(r.stdout, /^1 bestand gecontroleerd: 0 fouten, 0 waarschuwingen/m);
    });

    it('zonder het profiel in de map: onbekend-profiel, afsluitcode 1', () => {
        writeFileSync(path.join(map, 'enkhuizen.vwo'), ENKHUIZEN);
        const r = vwo(['check', path.join(map, 'enkhuizen.vwo')]);
        assert.equal(r.code, 1);
        assert.match(r.stdout, /enkhuizen\.vwo:3:13: fout \[onbekend-profiel\]/);
        const metProfielmap = vwo(['check', path.join(map, 'enkhuizen.vwo'), ZAAKWIJZER]);
        assert.equal(metProfielmap.code, 0, 'een andere map met het profiel mag worden meegenoemd');
    });

    it('vwo check MAP meldt verschillen tussen bestanden: leverancier-ongelijk en subverwerker-land-ongelijk', () => {
        writeFileSync(path.join(map, 'profiel.vwo'), PROFIEL);
        writeFileSync(path.join(map, 'hoorn.vwo'), HOORN);
        const los = ENKHUIZEN.replace('    profiel Zaakwijzer\n', '')
            .replace('        vertegenwoordiger "mevrouw L. Kok"', '        naam "Zaakwijzer Holding B.V." vestigingsplaats "Alkmaar" kvk "44556677"\n        vertegenwoordiger "mevrouw L. Kok"')
            .replace('    verwerking Klantvragen {', '    contactpersoon verwerker { naam "s" buitenKantooruren "1" }\n' +
                '    subverwerker Hosting { naam "Rekencentrum Noord B.V." contact "x" kvk "55443322" uitbesteed "y" land IE }\n' +
                '    subverwerker Mailgateway { naam "Mailgateway Europe GmbH" contact "x" registratie "r" uitbesteed "y" land DE }\n' +
                '    subverwerker Sms { naam "Berichtdienst B.V." contact "x" kvk "66554433" uitbesteed "y" land NL }\n' +
                '    beveiliging { normenstelsel BIO toereikendheid certificering }\n    verwerking Klantvragen {');
        writeFileSync(path.join(map, 'los.vwo'), los);
        const r = vwo(['check', '--format', 'json', map]);
        assert.equal(r.code, 1, 'een subverwerker in een ander land is een fout');
        const perBestand = Object.fromEntries((JSON.parse(r.stdout).files as Array<{ path: string; diagnostics: Array<{ code: string }> }>)
            .map(f => [path.basename(f.path), f.diagnostics.map(d => d.code).filter(c => c.endsWith('-ongelijk'))]));
        assert.deepEqual(perBestand['los.vwo'], ['leverancier-ongelijk', 'subverwerker-land-ongelijk']);
        assert.deepEqual(perBestand['profiel.vwo'], ['leverancier-ongelijk', 'subverwerker-land-ongelijk']);
        assert.deepEqual(perBestand['hoorn.vwo'], []);
    });

    it('vwo render van een overeenkomst met profiel vult de verwerker in; een profiel zelf rendert niet', () => {
        const md = vwo(['render', path.join(ZAAKWIJZER, 'klantcontact-enkhuizen.vwo'), '--format', 'md', '-o', '-']);
        assert.equal(md.code, 0, md.stderr);
        assert.match(md.stdout, /Zaakwijzer B\.V\., gevestigd te Alkmaar/);
        const profiel = vwo(['render', path.join(ZAAKWIJZER, 'profiel-zaakwijzer.vwo'), '--format', 'md', '-o', '-']);
        assert.equal(profiel.code, 2);
        assert.match(profiel.stderr, /profiel-zaakwijzer\.vwo: 'Zaakwijzer' is een leveranciersprofiel, geen overeenkomst: een profiel heeft geen eigen document\. Render een overeenkomst die het gebruikt \('profiel Zaakwijzer'\)/);
    });
});
