import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BETROKKENEN, PERSOONSGEGEVENS } from '../../language/referentie/catalogus.js';
import { BESTEMMINGEN } from '../../language/referentie/landen.js';
import { INSTRUMENTEN } from '../../language/referentie/instrumenten.js';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { willekeur } from '../willekeur.js';

const CLI = path.join(WORTEL, 'out', 'cli.cjs');

function vwo(args: string[]) {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

/** Structurally valid but extreme: every country with every instrument, all categories, huge texts. */
function extreem(verwerkingen: number, tekstlengte: number): string {
    const lang = 'Lange tekst met <script>alert(1)</script> & "aanhalingstekens" 😀 '.repeat(Math.ceil(tekstlengte / 60)).slice(0, tekstlengte).replace(/"/g, '\\"');
    const regels = [`overeenkomst Extreem {`, `    standaard "2.3-3"`, `    hoofdovereenkomst "${lang}" gesloten 2024-03-01`, `    diensten "${lang}"`,
        `    verwerkingsverantwoordelijke { gemeente "${lang}" bestuursorgaan raad vertegenwoordiger "${lang}" functie "${lang}" }`,
        `    verwerker { naam "${lang}" vestigingsplaats "X" kvk "1" vertegenwoordiger "Y" functie "Z" }`];
    for (let i = 0; i < verwerkingen; i++) {
        const land = BESTEMMINGEN[i % BESTEMMINGEN.length].code;
        const instrument = INSTRUMENTEN[i % INSTRUMENTEN.length].naam;
        regels.push(`    verwerking V${i} {`, `        naam "${i % 50 === 0 ? lang : 'Verwerking ' + i}"`, `        doeleinden "Doel ${i}"`,
            `        betrokkenen ${BETROKKENEN.map(b => b.naam).join(', ')}`,
            `        persoonsgegevens ${PERSOONSGEGEVENS.map(c => c.naam).join(', ')}`,
            `        subverwerkers S${i % 97}`,
            `        doorgifte ${land} instrument ${instrument}${i % 3 ? ` maatregelen "M${i}"` : ''}`, `    }`);
    }
    for (let i = 0; i < 97; i++) {
        regels.push(`    subverwerker S${i} { naam "S${i}" contact "c" kvk "${i}" uitbesteed "u" toepassing "t" land ${BESTEMMINGEN[(i * 7) % BESTEMMINGEN.length].code} }`);
    }
    for (let i = 0; i < 20; i++) regels.push(`    afwijking "${(i % 8) + 1}.1" { tekst "${lang}" motivering "m" }`);
    regels.push('    contactpersoon verwerkingsverantwoordelijke { naam "a" email "b" telefoon "c" buitenKantooruren "d" }',
        '    contactpersoon verwerker { naam "a" email "b" telefoon "c" buitenKantooruren "d" }',
        '    beveiliging { normenstelsel BIO normenstelsel anders "x" normenstelsel "NEN 7510" gecertificeerd toereikendheid certificering, tpm "x", eigenControles "y", externeControles "z" gedragscode "g" }',
        '    gibit', '    ondertekening { ingangsdatum 2024-04-01 verwerker "v" verwerkingsverantwoordelijke "w" }', '}');
    return regels.join('\n') + '\n';
}

/** Damaged variants of a valid agreement: cut off, shuffled, doubled, garbage in the middle. */
function beschadigd(tekst: string, zaad: number): string[] {
    const r = willekeur(zaad);
    const plek = () => Math.floor(r() * tekst.length);
    const varianten: string[] = [];
    for (let i = 0; i < 4; i++) varianten.push(tekst.slice(0, plek()));
    varianten.push(tekst.split('\n').sort(() => r() - 0.5).join('\n'));
    varianten.push(tekst.replace(/\{/g, '{{').replace(/\}/g, ''));
    varianten.push(tekst + tekst);
    // garbage without NUL: a file with NUL bytes is no text file at all (test/cli/codering.test.ts)
    varianten.push(tekst.slice(0, plek()) + Buffer.from(Array.from({ length: 500 }, () => 1 + Math.floor(r() * 255))).toString('latin1') + tekst.slice(plek()));
    varianten.push('\ufeff' + tekst.replace(/"/g, ''));
    varianten.push('overeenkomst {'.repeat(2000));
    return varianten;
}

describe('robuustheid: extreme en beschadigde overeenkomsten via vwo check en vwo render', function () {
    this.timeout(300_000);
    let map: string;

    before(() => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-extreem-'));
        writeFileSync(path.join(map, 'extreem-breed.vwo'), extreem(3000, 200));
        writeFileSync(path.join(map, 'extreem-lang.vwo'), extreem(60, 10_000));
        beschadigd(voorbeeld(ZAAKSYSTEEM), 7).forEach((tekst, i) => writeFileSync(path.join(map, `beschadigd-${i}.vwo`), tekst));
    });
    after(() => rmSync(map, { recursive: true, force: true }));

    it('vwo check controleert alles in één keer en sluit af met 1 (er zijn fouten), zonder interne fout', () => {
        const r = vwo(['check', '--format', 'json', map]);
        assert.equal(r.signal, null);
        assert.equal(r.code, 1, r.stderr);
        assert.equal(r.stderr, '');
        const json = JSON.parse(r.stdout) as { files: Array<{ path: string; diagnostics: Array<{ message: string }> }> };
        assert.equal(json.files.length, readdirSync(map).length);
        for (const bestand of json.files) {
            assert.ok(!bestand.diagnostics.some(d => /Interne fout/.test(d.message)), `${bestand.path}: interne fout`);
        }
    });

    it('vwo render schrijft elk formaat voor elk bestand (met --force), of zegt netjes waarom niet', () => {
        for (const bestand of readdirSync(map).filter(f => f.endsWith('.vwo'))) {
            for (const formaat of ['md', 'html', 'docx']) {
                const uit = path.join(map, `${bestand}.${formaat}`);
                const r = vwo(['render', path.join(map, bestand), '--format', formaat, '--force', '-o', uit]);
                assert.equal(r.signal, null, `${bestand} ${formaat}`);
                assert.ok(r.code === 0 || r.code === 1, `${bestand} ${formaat}: afsluitcode ${r.code}\n${r.stderr}`);
                assert.doesNotMatch(r.stderr, /interne fout|TypeError|RangeError|at .*\.cjs:\d+/i, `${bestand} ${formaat}`);
                if (r.code === 0) assert.ok(existsSync(uit) && statSync(uit).size > 0, `${bestand} ${formaat}: geen uitvoer`);
            }
        }
    });

    it('vwo render zonder --force weigert een bestand met fouten met afsluitcode 1 en schrijft niets', () => {
        const uit = path.join(map, 'geweigerd.md');
        const r = vwo(['render', path.join(map, 'beschadigd-0.vwo'), '--format', 'md', '-o', uit]);
        assert.equal(r.code, 1);
        assert.equal(existsSync(uit), false);
    });
});
