/**
 * `vwo overzicht` on generated folders (issue 12: 1,000 agreements ≤ 3 s, 10,000 ≤ 30 s): the
 * section of BENCHMARKS.md, and `npm run bench -- --overzicht`, which measures only this and puts
 * the section and its targets into the existing BENCHMARKS.md.
 */
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { reeks, toon } from './statistiek.js';
import { maakWerkruimte, meetOverzicht } from './werkruimte.js';

export interface Doel { readonly doel: string; readonly gemeten: string; readonly gehaald: boolean }

export const KOP_OVERZICHT = '## Overzicht: `vwo overzicht` op mappen met typische overeenkomsten (~150 regels)';
const GRENZEN: ReadonlyMap<number, number> = new Map([[1000, 3000], [10000, 30000]]);

export function meetOverzichten(tmp: string, aantallen: readonly number[], herhalingen: number): { regels: string[]; doelen: Doel[] } {
    const regels = [KOP_OVERZICHT, '',
        'Lezen, parsen, linken en valideren van alle bestanden (als `vwo check`), dan de zes lijsten en de HTML-pagina (`vwo overzicht -o overzicht.html MAP`), in een eigen proces.', '',
        '| overeenkomsten | wandkloktijd | piekgeheugen (RSS) |', '|---:|---:|---:|'];
    const doelen: Doel[] = [];
    for (const aantal of aantallen) {
        const map = path.join(tmp, `overzicht-${aantal}`);
        maakWerkruimte(map, aantal);
        const metingen = Array.from({ length: herhalingen }, (_, i) => meetOverzicht(map, path.join(tmp, `overzicht-${aantal}-${i}.html`)));
        const wand = reeks(metingen.map(m => m.wandklok));
        regels.push(`| ${aantal.toLocaleString('nl-NL')} | ${toon(wand)} | ${toon(reeks(metingen.map(m => m.piekRssMb)), 'MB')} |`);
        const grens = GRENZEN.get(aantal);
        if (grens) doelen.push({ doel: `vwo overzicht, ${aantal.toLocaleString('nl-NL')} overeenkomsten ≤ ${grens / 1000} s`, gemeten: toon(wand), gehaald: wand.mediaan <= grens });
        rmSync(map, { recursive: true, force: true });
    }
    regels.push('');
    return { regels, doelen };
}

/** BENCHMARKS.md with this section (before "## Render") and its rows of the targets table replaced. */
export function vervangOverzicht(md: string, regels: readonly string[], doelen: readonly Doel[], opnieuw: string): string {
    const delen = md.split('\n');
    const begin = delen.indexOf(KOP_OVERZICHT);
    const einde = begin >= 0 ? delen.findIndex((r, i) => i > begin && r.startsWith('## ')) : delen.indexOf('## Render');
    delen.splice(begin >= 0 ? begin : einde, begin >= 0 ? einde - begin : 0, ...regels);
    const rijen = delen.filter(r => !r.startsWith('| vwo overzicht,'));
    const tabel = rijen.indexOf('## Doelen') + 4;
    rijen.splice(tabel + rijen.slice(tabel).findIndex(r => !r.startsWith('|')), 0, ...doelen.map(d => `| ${d.doel} | ${d.gemeten} | ${d.gehaald ? 'ja' : '**nee**'} |`));
    return rijen.join('\n').replace(/^Opnieuw meten: .*$/m, m => m.includes('--overzicht') ? m : `${m} ${opnieuw}`);
}
