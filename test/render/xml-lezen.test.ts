import { strict as assert } from 'node:assert';
import { leesXml } from './hulp-render.js';

/** The DOCX tests read every part with `leesXml`: a part that is no well-formed XML must fail them, with its place. */
describe('render: de XML van een DOCX-onderdeel lezen', () => {
    it('geeft de boom, met de entiteiten in tekst en attributen opgelost', () => {
        const wortel = leesXml('<?xml version="1.0" encoding="UTF-8"?><w:p a="&amp;&quot;"><w:t xml:space="preserve">a &lt; b &#x41;</w:t><w:br/></w:p>', 'x.xml');
        const p = wortel.kinderen[0];
        assert.ok(typeof p !== 'string');
        assert.equal(p.naam, 'w:p');
        assert.equal(p.attr.get('a'), '&"');
        const t = p.kinderen[0];
        assert.ok(typeof t !== 'string');
        assert.deepEqual(t.kinderen, ['a < b A']);
    });

    for (const [xml, fout] of [
        ['<a><b></a>', /word\/document\.xml: Unexpected close tag \(regel 1, kolom 11\)/],
        ['<a>&x</a>', /Invalid character in entity name/],
        ['<a>1 < 2</a>', /Unencoded </],
        ['<a b=c/>', /Unquoted attribute value/],
        ['<a>x</a>tekst', /Text data outside of root node/],
        ['<a>', /Unclosed root tag/],
        ['<a/><b/>', /2 wortelelementen/],
        ['', /0 wortelelementen/]
    ] as const) {
        it(`weigert ${JSON.stringify(xml)}`, () => assert.throws(() => leesXml(xml, 'word/document.xml'), fout));
    }
});
