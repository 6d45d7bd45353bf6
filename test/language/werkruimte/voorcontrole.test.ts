import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isOvereenkomst } from '../../../language/generated/ast.js';
import { lijstrij } from '../../../language/portefeuille/lijstrij.js';
import { createVwoServices } from '../../../language/vwo-module.js';
import type { Voorcontrole } from '../../../language/werkruimte/voorcontrole.js';
import type { VwoDocumentBuilder } from '../../../language/werkruimte/vwo-document-builder.js';
import { VwoBestandssysteem } from '../../../server/bestandssysteem.js';
import { hulpthreadUit } from '../../../werkthread/hulpthread.js';
import { alsVwo, maakOvereenkomst } from '../../../bench/genereer.js';
import { maakGemeente } from '../../gemeente.js';

/** The worker thread as the tests start it: the module itself (the server bundle starts its own file). */
const WERKER = new URL('../../../werkthread/deelwerker.js', import.meta.url);
const PEILDATUM = '2026-12-01';
/** The findings only a comparison with other files gives: the helper compares with none. */
const OVER_BESTANDEN = new Set(['leverancier-ongelijk', 'subverwerker-land-ongelijk']);

/** A workspace loaded as the editor loads it (`VwoWorkspaceManager`), with or without the helper thread. */
async function laad(map: string, metHulp: boolean) {
    const { shared, Vwo } = createVwoServices({ fileSystemProvider: () => new VwoBestandssysteem() }, {
        peildatum: PEILDATUM, hulpthread: metHulp ? hulpthreadUit(WERKER) : undefined, hulpVanaf: 1
    });
    const bouwer = shared.workspace.DocumentBuilder as VwoDocumentBuilder;
    const voorcontroles: Voorcontrole[] = [];
    bouwer.onVoorcontroles(({ erbij }) => voorcontroles.push(...erbij));
    let gevalideerd = 0;
    const validator = Vwo.validation.DocumentValidator;
    const valideer = validator.validateDocument.bind(validator);
    validator.validateDocument = (...args) => { gevalideerd++; return valideer(...args); };
    await shared.workspace.WorkspaceManager.initializeWorkspace([{ name: 'gemeente', uri: pathToFileURL(map).href }]);
    await geladen(shared, aantalBestanden(map), bouwer);
    return { documenten: shared.workspace.LangiumDocuments, voorcontroles, gevalideerd };
}

function aantalBestanden(map: string): number {
    return readdirSync(map, { recursive: true }).filter(naam => String(naam).endsWith('.vwo')).length;
}

async function geladen(shared: LangiumSharedCoreServices, aantal: number, bouwer: VwoDocumentBuilder): Promise<void> {
    const einde = Date.now() + 60000;
    const klaar = () => shared.workspace.LangiumDocuments.all.filter(d => d.state === DocumentState.Validated).count() === aantal
        && [...bouwer.voorgecontroleerd].length === 0 && !bouwer.achtergrondOnvoltooid();
    while (!klaar()) {
        if (Date.now() > einde) throw new Error('de werkruimte was na 60 s nog niet geladen');
        await new Promise(resolve => setTimeout(resolve, 50));
    }
}

const alsTekst = (diagnostics: readonly Diagnostic[] | undefined) => JSON.stringify(diagnostics ?? []);

/**
 * The first load of a large workspace on two cores (language/werkruimte/voorcontrole.ts): what
 * the Problems panel and the tree view show before the server loaded a file, and what it shows
 * after, are what one thread that loads and checks every file gives.
 */
describe('een grote werkruimte laden met een tweede thread', function () {
    this.timeout(120000);
    let map: string;
    let zonder: Awaited<ReturnType<typeof laad>>;
    let met: Awaited<ReturnType<typeof laad>>;
    before(async () => {
        map = mkdtempSync(path.join(tmpdir(), 'vwo-voorcontrole-'));
        maakGemeente(map);
        // and agreements that agree with each other: parts for both threads, and files the load need not check again
        mkdirSync(path.join(map, 'eensgezind'));
        for (let i = 0; i < 300; i++) writeFileSync(path.join(map, 'eensgezind', `overeenkomst-${i}.vwo`), alsVwo(maakOvereenkomst(1000 + i, 60)));
        zonder = await laad(map, false);
        met = await laad(map, true);
    });
    after(() => rmSync(map, { recursive: true, force: true }));

    const document = (documenten: typeof zonder.documenten, uri: string): LangiumDocument => documenten.all.find(d => d.uri.toString() === uri)!;

    it('na het laden heeft elk bestand dezelfde bevindingen als zonder tweede thread, ook over bestanden heen', () => {
        const uris = zonder.documenten.all.map(d => d.uri.toString()).toArray();
        assert.equal(met.documenten.all.count(), uris.length);
        const codes = new Set(zonder.documenten.all.flatMap(d => d.diagnostics ?? []).map(d => String(d.code)));
        for (const code of [...OVER_BESTANDEN, 'onbekend-profiel']) assert.ok(codes.has(code), `de map geeft ${code}`);
        for (const uri of uris) assert.equal(alsTekst(document(met.documenten, uri).diagnostics), alsTekst(document(zonder.documenten, uri).diagnostics), uri);
    });

    it('vóór het laden toont het elk bestand met de bevindingen en de rij van één thread, op die over bestanden heen na', () => {
        assert.equal(new Set(met.voorcontroles.map(v => v.uri)).size, zonder.documenten.all.count(), 'elk gelezen bestand kwam uit de voorcontrole');
        for (const v of met.voorcontroles) {
            const referentie = document(zonder.documenten, v.uri);
            const verwacht = (referentie.diagnostics ?? []).filter(d => !OVER_BESTANDEN.has(String(d.code)));
            assert.equal(alsTekst(v.diagnostics), alsTekst(verwacht), v.uri);
            const wortel = referentie.parseResult.value;
            assert.deepEqual(v.rij, isOvereenkomst(wortel) ? lijstrij(wortel, v.uri, verwacht, PEILDATUM) : undefined, `rij van ${v.uri}`);
        }
    });

    it('het laden controleert de bestanden niet opnieuw, op die met een bevinding over bestanden heen na', () => {
        const overBestanden = zonder.documenten.all.filter(d => (d.diagnostics ?? []).some(x => OVER_BESTANDEN.has(String(x.code)))).count();
        assert.equal(zonder.gevalideerd, zonder.documenten.all.count());
        assert.ok(overBestanden > 0);
        // once here (in full) for a file the check across files reports; the others take the helper's findings
        assert.ok(met.gevalideerd <= overBestanden, `${met.gevalideerd} keer gecontroleerd, ${overBestanden} bestanden met een bevinding over bestanden heen`);
    });
});
