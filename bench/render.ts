/**
 * Render timings: document model plus writer, in one process, after parsing and validating.
 * `npm run bench` uses them for its "Render" section; on its own, only this part:
 * `node out/tsc/bench/render.js [runs] [md,html,docx]` prints the typical and the large agreement.
 */
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { createVwoServices } from '../language/vwo-module.js';
import { controleer } from '../language/werkruimte/controleer.js';
import { render, type Exportformaat } from '../language/render/index.js';
import type { Overeenkomst } from '../language/generated/ast.js';
import { WORTEL } from '../test/hulp.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { reeks, toon, type Reeks } from './statistiek.js';

export type RenderTijden = { regels: number } & Partial<Record<Exportformaat, Reeks>>;

/** The first reference example. */
export const typischeTekst = (): string => readFileSync(path.join(WORTEL, 'examples', 'zaaksysteem-zwolle.vwo'), 'utf8');
/** The generated agreement of 4,071 lines (2,000 processings with `--snel`). */
export const groteTekst = (snel = false): string => alsVwo(maakOvereenkomst(5000, snel ? 2000 : 5000));

/** `runs` × 3 renders per format (at least 7), the first two left out as warm-up. */
export async function renderTijden(tekst: string, runs: number, formaten: readonly Exportformaat[] = ['md', 'html', 'docx']): Promise<RenderTijden> {
    const { Vwo } = createVwoServices(EmptyFileSystem);
    const [document] = await controleer(Vwo, [{ uri: URI.file(`/bench/render-${tekst.length}.vwo`), tekst }]);
    const overeenkomst = Vwo.shared.workspace.LangiumDocuments.getDocument(document.uri)!.parseResult.value as Overeenkomst;
    const uit: RenderTijden = { regels: tekst.split('\n').length - 1 };
    for (const formaat of formaten) {
        const tijden: number[] = [];
        for (let i = 0; i < Math.max(7, runs * 3); i++) {
            const t0 = performance.now();
            await render(overeenkomst, formaat);
            tijden.push(performance.now() - t0);
        }
        uit[formaat] = reeks(tijden.slice(2));
    }
    return uit;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const runs = Number(process.argv[2] ?? 3);
    const formaten = (process.argv[3] ?? 'docx').split(',') as Exportformaat[];
    console.log(`| overeenkomst | ${formaten.join(' | ')} | belasting |`);
    console.log(`|---|${formaten.map(() => '---:|').join('')}---:|`);
    for (const [naam, tekst] of [['typisch', typischeTekst()], ['groot', groteTekst()]] as const) {
        const t = await renderTijden(tekst, runs, formaten);
        console.log(`| ${naam} (${t.regels.toLocaleString('nl-NL')} regels) | ${formaten.map(f => toon(t[f]!)).join(' | ')} | ${os.loadavg()[0].toFixed(2)} |`);
    }
}
