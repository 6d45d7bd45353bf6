import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { CstUtils } from 'langium';
import { lees, opruimen, voorbeeld, ZAAKSYSTEEM } from '../hulp.js';
import { hoverIn } from '../language/lsp/hulp-lsp.js';

/** As VS Code's hover renders Markdown: bare URLs become links, raw HTML is not allowed. */
const markdown = new MarkdownIt({ linkify: true, html: false });

/**
 * What a user could write in any string: the image and link (breaking out of a code
 * span with a backtick), a bare URL, an entity, and `\n` escapes that start a heading, a rule,
 * a list and a code block.
 */
const VIJANDIG = '2.3-3` ![x](https://evil.example/p.png) [Klik hier](https://evil.example/phish) `' +
    ' https://evil.example/kaal &lt;b&gt; <img src=x>\\n# Kop\\n---\\n1. lijst\\n\\n    code';

const tags = (html: string) => new Set([...html.matchAll(/<([a-z0-9]+)/g)].map(m => m[1]));

describe('hovers tonen vijandige tekst als tekst', function () {
    this.timeout(120_000);
    afterEach(opruimen);

    it('op elke plek van een overeenkomst waarvan elke tekst en elk commentaar vijandig is: geen afbeelding, link, kop of blok uit de tekst', async () => {
        const schoon = voorbeeld(ZAAKSYSTEEM).replace(/"(?:[^"\\]|\\.)*"/g, '"Gewone tekst"').replace('subverwerker Mailgateway', '/** Gewone tekst */\n    subverwerker Mailgateway');
        const vijandig = schoon.replace(/"Gewone tekst"/g, `"${VIJANDIG.replace(/"/g, '\\"')}"`).replace('/** Gewone tekst */', `/** ${VIJANDIG} */`);
        const [documentSchoon, documentVijandig] = [await lees(schoon), await lees(vijandig)];
        const bladeren = (document: typeof documentSchoon) =>
            [...CstUtils.streamCst(document.parseResult.value.$cstNode!)].filter(n => !('content' in n) && !n.hidden).map(n => n.offset + Math.floor(n.length / 2));
        const plekkenSchoon = bladeren(documentSchoon);
        const plekkenVijandig = bladeren(documentVijandig);
        assert.equal(plekkenSchoon.length, plekkenVijandig.length);
        let getoetst = 0;
        for (let i = 0; i < plekkenVijandig.length; i++) {
            const hover = await hoverIn(documentVijandig, plekkenVijandig[i]);
            if (!hover) continue;
            getoetst++;
            const html = markdown.render(hover);
            const plek = `hover bij ${JSON.stringify(vijandig.slice(plekkenVijandig[i] - 10, plekkenVijandig[i] + 10))}`;
            assert.doesNotMatch(html, /<img|href="https:\/\/evil|<h1|<hr/, `${plek}:\n${hover}`);
            // The hostile text adds no kind of element the same hover without it does not have.
            const zonder = tags(markdown.render(await hoverIn(documentSchoon, plekkenSchoon[i])));
            assert.deepEqual([...tags(html)].filter(t => !zonder.has(t)), [], `${plek}:\n${hover}`);
        }
        assert.ok(getoetst > 50, `${getoetst} hovers`);
    });
});
