import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import voegFormatenToe from 'ajv-formats';
import { ALLE_CODES, CODES, type Code } from '../../language/validation/codes.js';
import { voorbeeld, WORTEL, ZAAKSYSTEEM } from '../hulp.js';
import { vwo } from './hulp-cli.js';

// The OASIS SARIF 2.1.0 schema as Microsoft's SARIF tooling ships it (draft-04 JSON Schema).
const SCHEMA = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// CommonJS modules: their export is `default` under Node's ESM loader. The schema's pattern for
// `language` is not valid with the u flag (a stray bracket), hence unicodeRegExp off.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
voegFormatenToe.default(ajv);
const valideer = ajv.compile(SCHEMA);

function geldig(log: unknown): void {
    assert.ok(valideer(log), JSON.stringify(valideer.errors, null, 2));
}

interface Regel { id: string; helpUri?: string; defaultConfiguration?: { level: string } }
interface Resultaat { ruleId?: string; ruleIndex?: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }> }

describe('vwo check --format sarif (SARIF 2.1.0 zoals GitHub code scanning het leest)', function () {
    this.timeout(60000);
    let map: string;
    beforeEach(() => { map = mkdtempSync(path.join(tmpdir(), 'vwo-sarif-')); });
    afterEach(() => rmSync(map, { recursive: true, force: true }));

    function sarif(args: string[], cwd: string) {
        const r = vwo(['check', '--format', 'sarif', ...args], cwd);
        assert.ok(r.code === 0 || r.code === 1, r.stderr);
        return JSON.parse(r.stdout);
    }

    it('is geldig volgens het JSON-schema van SARIF 2.1.0', () => {
        writeFileSync(path.join(map, 'a.vwo'), voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway'));
        const log = sarif(['a.vwo'], map);
        geldig(log);
        assert.ok(log.runs[0].results.length > 0);
    });

    it('elke code van vwo is een regel, met haar standaardniveau en een link naar haar paragraaf in de README', () => {
        writeFileSync(path.join(map, 'a.vwo'), voorbeeld(ZAAKSYSTEEM));
        const regels: Regel[] = sarif(['a.vwo'], map).runs[0].tool.driver.rules;
        assert.deepEqual(regels.map(r => r.id), ALLE_CODES);
        const readme = pathToFileURL(path.join(WORTEL, 'README.md')).href;
        const niveau = { error: 'error', warning: 'warning', info: 'note' } as const;
        for (const regel of regels) {
            assert.equal(regel.helpUri, `${readme}#${regel.id}`);
            assert.equal(regel.defaultConfiguration?.level, niveau[CODES[regel.id as Code].ernst]);
        }
    });

    it('een resultaat noemt zijn regel met id en index; een bestand in de werkmap relatief tot SRCROOT, een ander als file://-URI', () => {
        const binnen = path.join(map, 'binnen');
        const buiten = path.join(map, 'buiten met spatie');
        for (const m of [binnen, buiten]) mkdirSync(m);
        const fout = voorbeeld(ZAAKSYSTEEM).replace('subverwerkers Mailgateway', 'subverwerkers Mailgatway');
        writeFileSync(path.join(binnen, 'a.vwo'), fout);
        writeFileSync(path.join(buiten, 'b.vwo'), fout.replace('overeenkomst Zaaksysteem', 'overeenkomst Ander'));
        const log = sarif(['a.vwo', path.join(buiten, 'b.vwo')], binnen);
        geldig(log);
        const run = log.runs[0];
        assert.equal(run.originalUriBaseIds.SRCROOT.uri, pathToFileURL(binnen).href + '/');
        const uris = new Set<string>((run.results as Resultaat[]).map(r => JSON.stringify(r.locations[0].physicalLocation.artifactLocation)));
        assert.deepEqual([...uris].sort(), [
            JSON.stringify({ uri: 'a.vwo', uriBaseId: 'SRCROOT' }),
            JSON.stringify({ uri: pathToFileURL(path.join(buiten, 'b.vwo')).href })
        ].sort());
        assert.match([...uris].find(u => u.includes('b.vwo'))!, /^\{"uri":"file:\/\/\/.*buiten%20met%20spatie\/b\.vwo"\}$/);
        for (const r of run.results as Resultaat[]) {
            assert.equal(run.tool.driver.rules[r.ruleIndex!].id, r.ruleId);
        }
    });
});
