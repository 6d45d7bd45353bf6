import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, Cancellation, CstUtils, EmptyFileSystem, GrammarUtils, URI, getDiagnosticRange, isLeafCstNode, type LeafCstNode, type ValidationAcceptor } from 'langium';
import { createVwoServices } from '../../../language/vwo-module.js';
import { VRIJE_TEKST, type VwoValidationRegistry } from '../../../language/syntax/vwo-validation-registry.js';
import { naTekstwijziging } from '../../../language/incrementeel/tekstwijziging.js';
import { verplaatst } from '../../../language/incrementeel/controlegeheugen.js';
import { voorbeeld, WORTEL } from '../../hulp.js';

const services = createVwoServices(EmptyFileSystem, { peildatum: '2026-12-02' });
const register = services.Vwo.validation.ValidationRegistry as VwoValidationRegistry;

/** What a free text could hold that a check reading it would react to. */
const INHOUDEN = ['', 'gezondheid BSN strafrechtelijk ras godsdienst vakbond biometrisch', 'x'.repeat(300), 'een \\"aanhaling\\" binnen', 'Microsoft Ireland Operations Ltd'];

/** The findings of every `alleenStructuur` check, each as the user sees it: where, what, how serious. */
async function structuurBevindingen(tekst: string): Promise<unknown[]> {
    const uri = URI.file('/vrije-tekst/t.vwo');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(tekst, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: false });
        const uit: unknown[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            for (const controle of register.controlesVoor(node.$type, undefined)) {
                if (!register.isAlleenStructuur(controle)) continue;
                const acceptor: ValidationAcceptor = (ernst, bericht, info) => {
                    uit.push(JSON.parse(JSON.stringify({ ernst, bericht, range: getDiagnosticRange(info), code: info.code, data: info.data, elders: info.relatedInformation })));
                };
                await controle(node, acceptor, Cancellation.CancellationToken.None);
            }
        }
        return uit;
    } finally {
        services.shared.workspace.LangiumDocuments.deleteDocument(uri);
    }
}

/** The strings of `tekst` that are a free text, by `Type.eigenschap`. */
async function vrijeTeksten(tekst: string): Promise<Array<{ eigenschap: string; blad: LeafCstNode }>> {
    const document = await services.shared.workspace.LangiumDocumentFactory.fromString(tekst, URI.file('/vrije-tekst/lees.vwo'));
    const uit: Array<{ eigenschap: string; blad: LeafCstNode }> = [];
    for (const node of CstUtils.streamCst(document.parseResult.value.$cstNode!)) {
        if (!isLeafCstNode(node) || node.tokenType.name !== 'STRING') continue;
        const eigenschap = `${node.astNode.$type}.${GrammarUtils.findAssignment(node)?.feature}`;
        if (VRIJE_TEKST.has(eigenschap)) uit.push({ eigenschap, blad: node });
    }
    return uit;
}

describe('vrije tekst: wat alleen blok-lokale controles lezen', () => {
    it('een andere inhoud van een vrije tekst verandert geen bevinding van een alleenStructuur-controle, behalve dat die op de regel verschuift', async function () {
        this.timeout(120_000);
        const geraakt = new Set<string>();
        for (const naam of readdirSync(path.join(WORTEL, 'examples')).filter(n => n.endsWith('.vwo'))) {
            const tekst = voorbeeld(naam);
            const voor = await structuurBevindingen(tekst);
            const perEigenschap = new Map<string, number>();
            for (const { eigenschap, blad } of await vrijeTeksten(tekst)) {
                // a few of each kind per file: the checks treat every occurrence alike
                const aantal = perEigenschap.get(eigenschap) ?? 0;
                if (aantal >= 3) continue;
                perEigenschap.set(eigenschap, aantal + 1);
                geraakt.add(eigenschap);
                const { start, end } = blad.range;
                for (const inhoud of INHOUDEN) {
                    const nieuw = `${tekst.slice(0, blad.offset)}"${inhoud}"${tekst.slice(blad.end)}`;
                    const wijziging = { eigenschap, regel: start.line, begin: start.character, einde: end.character, kolommen: inhoud.length + 2 - blad.length };
                    const verwacht = voor.map(b => verplaatst(b, p => naTekstwijziging(p, wijziging)));
                    assert.deepEqual(await structuurBevindingen(nieuw), verwacht, `${naam}: ${eigenschap} op regel ${start.line + 1} als "${inhoud.slice(0, 30)}"`);
                }
            }
        }
        assert.deepEqual([...geraakt].sort(), [...VRIJE_TEKST].sort(), 'elke vrije tekst komt in de voorbeelden voor');
    });
});
