import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { maakNonce, voorbeeldPagina } from '../../client/voorbeeld-html.js';
import { schrijfHtmlFragment } from '../../language/render/index.js';
import { opruimen, WEBFORMULIEREN, WORTEL } from '../hulp.js';
import { modelVan } from './hulp-render.js';

describe('de pagina van het voorbeeld (webview)', () => {
    after(opruimen);
    const pagina = voorbeeldPagina({
        cspSource: 'https://bron.example', nonce: 'N0NCE', css: 'https://bron.example/media/voorbeeld.css',
        script: 'https://bron.example/media/voorbeeld.js', laden: 'Bezig <met> renderen…'
    });

    it('heeft een strikte Content-Security-Policy met nonce en niets van buiten', () => {
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(pagina)?.[1];
        assert.equal(csp, `default-src 'none'; style-src https://bron.example 'nonce-N0NCE'; script-src 'nonce-N0NCE'; img-src https://bron.example; font-src https://bron.example`);
        assert.ok(!/unsafe-inline|unsafe-eval|\*/.test(csp!));
        const scripts = [...pagina.matchAll(/<script([^>]*)>/g)].map(m => m[1]);
        assert.deepEqual(scripts, [' nonce="N0NCE" src="https://bron.example/media/voorbeeld.js"']);
        assert.ok(!/command:/.test(pagina));
        assert.match(pagina, /Bezig &lt;met> renderen…/);
    });

    it('het gerenderde fragment heeft geen inline stijl, script of gebeurtenis-attributen (de CSP zou ze blokkeren)', async () => {
        const fragment = schrijfHtmlFragment(await modelVan(WEBFORMULIEREN));
        assert.ok(!/<script|<style|\sstyle=|\son[a-z]+=|javascript:|command:/i.test(fragment));
    });

    it('het script zet gebruikerstekst alleen via textContent of het ge-escapete fragment, en laadt niets', () => {
        const script = readFileSync(path.join(WORTEL, 'media', 'voorbeeld.js'), 'utf8');
        assert.match(script, /melding\.textContent = /);
        assert.ok(!/\beval\(|new Function|fetch\(|XMLHttpRequest|document\.write|import\(/.test(script));
    });

    it('een nonce is elke keer anders, 32 tekens', () => {
        const a = maakNonce();
        assert.match(a, /^[A-Za-z0-9]{32}$/);
        assert.notEqual(a, maakNonce());
    });
});
