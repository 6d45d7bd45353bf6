import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WORTEL } from '../hulp.js';

const README = readFileSync(path.join(WORTEL, 'README.md'), 'utf8');
const OPBOUW = README.slice(README.indexOf('Opbouw (een test houdt'), README.indexOf('## Bron en licentie'));

/** The folders of the source tree, as `language/lsp/code-acties/`. */
function mappen(map: string): string[] {
    return readdirSync(path.join(WORTEL, map), { withFileTypes: true }).filter(d => d.isDirectory())
        .flatMap(d => [`${map}/${d.name}/`, ...mappen(`${map}/${d.name}`)]);
}

describe('README, Opbouw: de lijst van de code klopt met de mappen', () => {
    it('noemt elke map van language/ en test/ (behalve testbestanden)', () => {
        const alle = [...mappen('language'), ...mappen('test').filter(m => !m.startsWith('test/resources/') && !m.startsWith('test/vscode/werkruimte'))];
        // test/language/<map>/ mirrors language/<map>/, which the list names
        const genoemd = (m: string): boolean => OPBOUW.includes(`\`${m}\``) || (m.startsWith('test/language/') && genoemd(m.slice('test/'.length)));
        const ontbrekend = alle.filter(m => !genoemd(m));
        assert.deepEqual(ontbrekend, []);
    });

    it('elk pad dat de lijst noemt, bestaat', () => {
        const paden = [...OPBOUW.matchAll(/`((?:language|server|client|cli|test|syntaxes|scripts|bench|examples)\/[^`]*)`/g)].map(m => m[1]);
        assert.ok(paden.length > 20);
        const weg = paden.filter(p => !existsSync(path.join(WORTEL, p)));
        assert.deepEqual(weg, []);
    });
});
