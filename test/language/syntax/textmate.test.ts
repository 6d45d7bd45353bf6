import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import { Vwo, WORTEL } from '../../hulp.js';

interface Patroon { name?: string; match?: string; include?: string; captures?: Record<string, { name: string }> }

const grammatica = JSON.parse(readFileSync(path.join(WORTEL, 'syntaxes', 'vwo.tmLanguage.json'), 'utf8')) as {
    patterns: Patroon[]; repository: Record<string, Patroon>;
};

function regex(patroon: Patroon): RegExp {
    return new RegExp(patroon.match!.replace(/\\p\{L\}/g, '\\p{L}'), 'u');
}

describe('TextMate-grammatica (kleuren)', () => {
    it('kleurt precies de sleutelwoorden van de Langium-grammatica', () => {
        const uitGrammatica = new Set(AstUtils.streamAllContents(Vwo.Grammar).filter(GrammarAST.isKeyword)
            .map(k => k.value).filter(k => /^\w+$/.test(k)));
        const patroon = grammatica.patterns.find(p => p.name === 'keyword.other.vwo')!;
        const inTextMate = new Set(patroon.match!.replace(/^\\b\(/, '').replace(/\)\\b$/, '').split('|'));
        assert.deepEqual([...inTextMate].sort(), [...uitGrammatica].sort());
    });

    it('kleurt datums, landcodes, gedeclareerde namen en commentaar', () => {
        const datum = regex(grammatica.repository.datum);
        assert.ok(datum.test('gesloten 2024-03-01'));
        const land = regex(grammatica.repository.land);
        assert.deepEqual('doorgifte US instrument SCC'.match(land)?.slice(1), ['doorgifte', 'US']);
        assert.deepEqual('        land NL'.match(land)?.slice(1), ['land', 'NL']);
        assert.equal(grammatica.repository.land.captures!['2'].name, 'constant.language.country.vwo');
        const declaratie = regex(grammatica.repository.declaratie);
        assert.deepEqual('subverwerker FinanciëleDienst {'.match(declaratie)?.slice(1), ['subverwerker', 'FinanciëleDienst']);
        assert.ok(grammatica.patterns.some(p => p.include === '#comments'));
    });
});
