import { strict as assert } from 'node:assert';
import { schrijfDocx, schrijfHtml, schrijfHtmlFragment, schrijfMarkdown } from '../../language/render/index.js';
import type { VwoDocument } from '../../language/render/model.js';
import { opruimen, voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';
import { controleerDocx, docxTekst, htmlTekst, libreOfficeTekst, markdownTekst, model, normaliseer, soffice } from './hulp-render.js';

const SCRIPT = '<script>alert("vwo")</script>';
const LANG = 'Zeer Lange Naam '.repeat(400).trim();
const EMOJI = 'Wolk 🔒☁️ 👩🏽‍💻 B.V.';
const MARKUP = '*vet* _schuin_ [klik](javascript:alert(1)) | pijp # kop `code` ]]> &amp; & <b>';

/** A `.vwo` string literal. */
const s = (t: string) => JSON.stringify(t);

/** An agreement whose every text field holds something hostile, with `rijen` processings and sub-processors. */
function vijandig(rijen: number): string {
    const verwerkingen = Array.from({ length: rijen }, (_, i) => `
    verwerking V${i} {
        naam ${s(`${SCRIPT} verwerking ${i}`)}
        doeleinden ${s(`${MARKUP} doel ${i}`)}
        betrokkenen Aanvragers, Eigen
        persoonsgegevens Contactgegevens, Vreemd
        subverwerkers S${i}
        doorgifte US instrument SCC maatregelen ${s(`"aanhalingstekens" en 'apostrofs' ${i}`)}
    }
    subverwerker S${i} {
        naam ${s(`${EMOJI} ${i}`)}
        contact ${s(`a&b@example.org <mailto:x> ${i}`)}
        registratie ${s(`US-${i}`)}
        uitbesteed ${s(`${MARKUP} ${i}`)}
        toepassing "Opslag"
        land US
    }`).join('\n');
    return `overeenkomst Vijandig {
    standaard "2.3-3"
    hoofdovereenkomst ${s(`${SCRIPT} & "Overeenkomst"`)} gesloten 2024-01-02
    diensten ${s(MARKUP)}
    verwerkingsverantwoordelijke {
        gemeente ${s(`${LANG} \u0007bel`)}
        bestuursorgaan raad
        vertegenwoordiger ${s(`mevrouw ${EMOJI}`)} functie ${s('<img src=x onerror=alert(1)>')}
    }
    verwerker {
        naam ${s(EMOJI)}
        vestigingsplaats ${s('\'s-Hertogenbosch')}
        kvk ${s('1 < 2 && 3 > 2')}
        vertegenwoordiger ${s('de heer "Q" O\'Neill')} functie ${s(MARKUP)}
    }
    categorie Vreemd ${s(`${SCRIPT} categorie`)} bijzonder
    betrokkene Eigen ${s(`${MARKUP} betrokkene`)}
    ${verwerkingen}
    contactpersoon verwerkingsverantwoordelijke { naam ${s(SCRIPT)} email ${s('x@y.example')} telefoon "1" buitenKantooruren "2" }
    contactpersoon verwerker { naam ${s(MARKUP)} email ${s('"@"')} telefoon "3" buitenKantooruren "4" }
    beveiliging {
        normenstelsel anders ${s(SCRIPT)}
        toereikendheid eigenControles ${s(MARKUP)}, tpm ${s(EMOJI)}
        gedragscode ${s('Code & <Co>')}
    }
    gibit
    afwijking "4.2" { tekst ${s(`${SCRIPT} ${MARKUP}`)} motivering ${s(`${EMOJI} & <motivering>`)} }
    afwijking "7" { tekst ${s('Heel artikel 7 anders.')} }
    ondertekening {
        ingangsdatum 2024-02-01
        verwerkingsverantwoordelijke ${s(SCRIPT)} functie ${s(MARKUP)} plaats ${s(EMOJI)} datum 2024-01-20
        verwerker ${s(LANG)} plaats "'t Zandt" datum 2024-01-21
    }
}
`;
}

describe('render: vijandige tekst en grote tabellen', function () {
    this.timeout(120000);
    let doc: VwoDocument;

    before(async () => { doc = await model(vijandig(150)); });
    after(opruimen);

    it('het model bevat de tekst ongewijzigd, op besturingstekens na', () => {
        const json = JSON.stringify(doc);
        assert.ok(json.includes(JSON.stringify(SCRIPT).slice(1, -1)));
        assert.ok(json.includes(EMOJI));
        assert.ok(!/\\u0007/.test(json), 'een besturingsteken (BEL) is vervangen');
        const tabel1 = doc.blokken.find(b => b.soort === 'tabel' && b.kolommen.length === 7);
        assert.ok(tabel1 && tabel1.soort === 'tabel');
        assert.equal(tabel1.rijen.length, 150);
        assert.equal(doc.afwijkingen.length, 2);
    });

    it('HTML: alles ge-escaped, geen element of attribuut uit gebruikerstekst', () => {
        for (const html of [schrijfHtml(doc), schrijfHtmlFragment(doc)]) {
            assert.ok(!/<script/i.test(html), 'een <script> is doorgekomen');
            assert.ok(!/<img/i.test(html), 'een <img> is doorgekomen');
            assert.ok(!/<b>/.test(html), 'een <b> is doorgekomen');
            assert.ok(!/<[a-z][^>]*\son[a-z]+=/i.test(html), 'een event-attribuut is doorgekomen');
            assert.ok(!/href="javascript:/i.test(html));
            assert.ok(html.includes('&lt;script&gt;alert(&quot;vwo&quot;)&lt;/script&gt;'));
            const tekst = htmlTekst(html.startsWith('<!DOCTYPE') ? html : `<body>${html}</body>`);
            assert.ok(tekst.includes(SCRIPT) && tekst.includes(MARKUP) && tekst.includes(EMOJI) && tekst.includes(LANG));
        }
        const pagina = schrijfHtml(doc);
        assert.match(pagina, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
        assert.match(pagina, /@page \{\s*size: A4/);
    });

    it('Markdown: geen ruwe HTML, links of tabelbrekers uit gebruikerstekst', () => {
        const md = schrijfMarkdown(doc);
        assert.ok(!/(^|[^\\])<(script|img|b>|mailto)/m.test(md), 'ruwe HTML is doorgekomen');
        assert.ok(!/(^|[^\\])\]\(javascript:/m.test(md), 'een link is doorgekomen');
        assert.ok(md.includes('\\<script\\>'));
        // every table row still has its seven cells: no unescaped | in a cell
        const rijen = md.split('\n').filter(r => r.startsWith('| ') && r.includes('verwerking 1'));
        assert.ok(rijen.length > 0);
        for (const rij of rijen) assert.equal(rij.replace(/\\\|/g, '').split('|').length - 2, 7, rij.slice(0, 120));
        const tekst = markdownTekst(md);
        assert.ok(tekst.includes(SCRIPT) && tekst.includes(MARKUP) && tekst.includes(EMOJI));
    });

    it('DOCX: geldige onderdelen, de tekst komt ongeschonden terug, kopregel herhaald', async () => {
        const buffer = await schrijfDocx(doc);
        const delen = controleerDocx(buffer);
        const xml = delen.get('word/document.xml')!.toString('utf8');
        assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml), 'een in XML verboden teken');
        assert.ok(xml.includes('<w:tblHeader/>') || xml.includes('<w:tblHeader '), 'kopregels herhalen zich op elke pagina');
        const tekst = docxTekst(delen);
        for (const t of [SCRIPT, MARKUP, EMOJI, LANG, '\'s-Hertogenbosch', '1 < 2 && 3 > 2']) assert.ok(tekst.includes(t), t.slice(0, 40));
        assert.ok(delen.has('word/footnotes.xml'));
        assert.match(delen.get('word/footnotes.xml')!.toString('utf8'), /Afwijking van de standaard/);
    });

    const programma = soffice();
    it('DOCX opent in LibreOffice (headless), ook met vijandige tekst en 150 rijen', async function () {
        if (!programma) {
            console.log('      (overgeslagen: LibreOffice (soffice) is niet geïnstalleerd; bv. apt-get install libreoffice-writer-nogui)');
            this.skip();
        }
        const tekst = libreOfficeTekst(programma!, await schrijfDocx(doc));
        assert.ok(normaliseer(tekst).includes(normaliseer(EMOJI)));
        assert.ok(tekst.includes('verwerking 149'));
    });

    for (const naam of [ZAAKSYSTEEM, WEBFORMULIEREN]) {
        it(`DOCX van ${naam} opent in LibreOffice, met Word-nummering "Artikel 1" en "1.1" en ☒/☐`, async function () {
            if (!programma) {
                console.log('      (overgeslagen: LibreOffice (soffice) is niet geïnstalleerd)');
                this.skip();
            }
            const tekst = normaliseer(libreOfficeTekst(programma!, await schrijfDocx(await model(voorbeeld(naam)))));
            assert.ok(tekst.includes('Artikel 1 Definities'), 'artikelnummering');
            assert.ok(tekst.includes('1.1 Begrippen uit de AVG'), 'lidnummering');
            assert.ok(tekst.includes('4.5 Subverwerkers'), 'lidnummering in artikel 4');
            assert.ok(tekst.includes('8.1 Op deze overeenkomst is Nederlands recht van toepassing.'));
            assert.ok(tekst.includes('☒') && tekst.includes('☐'), 'aankruisvakjes');
        });
    }
});
