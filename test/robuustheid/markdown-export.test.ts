import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { bouwDocument, schrijfMarkdown } from '../../language/render/index.js';
import { lees, opruimen, voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

const markdown = new MarkdownIt({ linkify: true, html: false });
const tags = (html: string) => new Set([...html.matchAll(/<([a-z0-9]+)/g)].map(m => m[1]));

describe('Markdown-export: een waarde die aan het begin van een regel staat, blijft tekst', () => {
    afterEach(opruimen);

    for (const [wat, waarde] of [['een lijn', '---'], ['een codeblok', '    vier spaties'], ['een lijst', '+ punt'],
        ['een kop (setext)', '==='], ['een genummerde lijst', '1) eerste'], ['een tab', '\\tingesprongen']] as const) {
        it(`de tekst van een afwijking ${JSON.stringify(waarde)} (een hele alinea) wordt geen ${wat}`, async () => {
            // An afwijking's text replaces an article's paragraph, so it starts a line.
            const schoon = voorbeeld(ZAAKSYSTEEM).replace(/\n}\s*$/, '\n    afwijking "4.1" { tekst "Gewone tekst" motivering "Omdat." }\n}\n');
            const html = async (tekst: string) => markdown.render(await schrijfMarkdown(bouwDocument((await lees(tekst)).parseResult.value)));
            const zonder = tags(await html(schoon));
            const met = await html(schoon.replace('tekst "Gewone tekst"', `tekst "${waarde}"`));
            assert.deepEqual([...tags(met)].filter(t => !zonder.has(t)), [], met.slice(0, 2000));
            assert.ok(met.includes(waarde.replace('\\t', '').trim()), 'de waarde staat er als tekst');
        });
    }
});
