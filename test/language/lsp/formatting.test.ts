import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { expectFormatting } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lees, opruimen, voorbeeld, Vwo, WEBFORMULIEREN, WORTEL, ZAAKSYSTEEM } from '../../hulp.js';

const formatting = expectFormatting(Vwo);

async function formatteer(tekst: string): Promise<string> {
    const document = await lees(tekst);
    const edits = await Vwo.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'vwo', 1, tekst), edits);
}

/** A small deterministic random generator, so a failing scramble can be reproduced. */
function willekeur(zaad: number): () => number {
    let s = zaad;
    return () => {
        s = (s * 1103515245 + 12345) % 2147483648;
        return s / 2147483648;
    };
}

/**
 * Messes up a well-formatted file the way hurried editing does: random indentation (spaces and
 * tabs), several spaces between tokens, fields joined onto one line, extra blank lines. It never
 * removes a blank line between blocks (the author's choice the formatter keeps) and never
 * touches comments or the text inside strings.
 */
function husselen(tekst: string, zaad: number): string {
    const r = willekeur(zaad);
    const regels = tekst.split('\n');
    const uit: string[] = [];
    for (let i = 0; i < regels.length; i++) {
        const regel = regels[i];
        const inhoud = regel.trim();
        if (inhoud === '') {
            uit.push('', ...(r() < 0.5 ? [''] : []), ...(r() < 0.3 ? ['   '] : []));
            continue;
        }
        const commentaar = inhoud.startsWith('//') || inhoud.includes(' //');
        let nieuw = commentaar ? inhoud : spatiesTussenTokens(inhoud, r);
        nieuw = (r() < 0.5 ? '\t'.repeat(Math.floor(r() * 3)) : ' '.repeat(Math.floor(r() * 10))) + nieuw;
        const vorige = uit[uit.length - 1];
        const vorigeHeeftCommentaar = vorige === undefined || vorige.includes('//') || vorige.trim() === '';
        if (!commentaar && !vorigeHeeftCommentaar && !inhoud.startsWith('}') && r() < 0.35) {
            uit[uit.length - 1] = vorige + ' '.repeat(1 + Math.floor(r() * 3)) + nieuw.trim();
        } else {
            uit.push(nieuw);
        }
    }
    return uit.join('\n');
}

/** Between tokens outside strings: 1 to 3 spaces; `,` sometimes glued, sometimes spaced. */
function spatiesTussenTokens(regel: string, r: () => number): string {
    const delen = regel.match(/"(?:\\.|[^"\\])*"|[^\s",]+|,/g) ?? [];
    return delen.map((deel, i) => {
        if (i === 0) return deel;
        if (deel === ',') return (r() < 0.5 ? '' : ' ') + deel;
        return ' '.repeat(1 + Math.floor(r() * 3)) + deel;
    }).join('');
}

describe('formatteren', () => {
    afterEach(opruimen);

    for (const naam of [ZAAKSYSTEEM, WEBFORMULIEREN]) {
        describe(naam, () => {
            const origineel = voorbeeld(naam);

            it('blijft ongewijzigd (het voorbeeld is al geformatteerd)', async () => {
                await formatting({ before: origineel, after: origineel });
            });

            for (const zaad of [1, 2, 3, 4, 5, 6, 7, 8]) {
                it(`een gehusselde kopie (zaad ${zaad}) wordt weer het origineel`, async () => {
                    const gehusseld = husselen(origineel, zaad);
                    assert.notEqual(gehusseld, origineel);
                    assert.equal(await formatteer(gehusseld), origineel);
                });
            }
        });
    }

    it('is idempotent op elk voorbeeld in examples/', async () => {
        const map = path.join(WORTEL, 'examples');
        const bestanden = readdirSync(map).filter(b => b.endsWith('.vwo'));
        assert.ok(bestanden.length >= 2);
        for (const bestand of bestanden) {
            const eenmaal = await formatteer(voorbeeld(bestand));
            assert.equal(await formatteer(eenmaal), eenmaal, `${bestand}: tweede keer formatteren verandert nog iets`);
        }
    });

    it('vier spaties per niveau, één veld per regel, maatregelen op een vervolgregel', async () => {
        await formatting({
            before: 'overeenkomst X { verwerking V { naam "n" doeleinden "d" betrokkenen Aanvragers ,Kinderen doorgifte US instrument SCC maatregelen "m" } }',
            after: [
                'overeenkomst X {',
                '    verwerking V {',
                '        naam "n"',
                '        doeleinden "d"',
                '        betrokkenen Aanvragers, Kinderen',
                '        doorgifte US instrument SCC',
                '            maatregelen "m"',
                '    }',
                '}',
                ''
            ].join('\n')
        });
    });

    it('houdt hoogstens één lege regel tussen blokken, geen lege regels binnen een blok', async () => {
        const voor = 'overeenkomst X {\n\n\n    gibit\n\n\n\n    verwerker {\n\n        naam "a"\n\n    }\n}';
        assert.equal(await formatteer(voor), 'overeenkomst X {\n    gibit\n\n    verwerker {\n        naam "a"\n    }\n}\n');
    });

    it('commentaar: een doc-commentaar springt mee in, een veld na een regelcommentaar gaat door op een vervolgregel', async () => {
        const voor = 'overeenkomst X {\n        /**\n         * Opslag.\n         */\n  subverwerker Opslag { naam "O" land NL }\n  verwerking V { doorgifte US // derde land\n instrument SCC }\n}\n';
        const na = 'overeenkomst X {\n    /**\n     * Opslag.\n     */\n    subverwerker Opslag {\n        naam "O"\n        land NL\n    }\n    verwerking V {\n        doorgifte US // derde land\n            instrument SCC\n    }\n}\n';
        assert.equal(await formatteer(voor), na);
        assert.equal(await formatteer(na), na);
    });

    it('laat een bestand met een syntaxfout ongemoeid', async () => {
        const kapot = 'overeenkomst X {\n  verwerking V {\n      naam "a"\n  verwerker {';
        assert.equal(await formatteer(kapot), kapot);
    });
});
