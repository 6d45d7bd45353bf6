/**
 * `vwo check` and `vwo overzicht` on generated folders of typical agreements: wall time and peak memory.
 * On its own, `node out/tsc/bench/werkruimte.js AANTAL RUNS [BUNDEL…]` measures `vwo check` on one
 * such folder, the bundles (default out/cli.cjs) taking turns, so that a before and an after share
 * the load of the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { WORTEL } from '../test/hulp.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';
import { reeks, toon } from './statistiek.js';

export interface CliMeting { wandklok: number; piekRssMb: number; code: number | null }

/** Writes `aantal` agreements of about 150 lines, spread over folders as a municipality would. */
export function maakWerkruimte(map: string, aantal: number): void {
    for (let i = 0; i < aantal; i++) {
        const submap = path.join(map, `leverancier-${i % 50}`);
        mkdirSync(submap, { recursive: true });
        writeFileSync(path.join(submap, `overeenkomst-${i}.vwo`), alsVwo(maakOvereenkomst(1000 + i, 150)));
    }
}

/** One run of `vwo ARGS` as its own process; a non-zero exit (other than `ok`) is a failed measurement. */
function meetCli(args: readonly string[], ok: ReadonlyArray<number | null> = [0], bundel = path.join(WORTEL, 'out', 'cli.cjs')): CliMeting {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', path.join(WORTEL, 'bench', 'rss.cjs'), bundel, ...args],
        { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const wandklok = performance.now() - t0;
    const rss = /VWO_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
    if (!ok.includes(r.status)) {
        throw new Error(`vwo ${args.join(' ')} eindigde met ${r.status}: ${r.stdout.slice(0, 2000)}${r.stderr.slice(0, 2000)}`);
    }
    return { wandklok, piekRssMb: rss ? Number(rss[1]) / 1024 : NaN, code: r.status };
}

/**
 * Exit code 1 is a measurement too: from a few thousand agreements on, two generated
 * sub-processors share a random KvK number with different countries (subverwerker-land-ongelijk).
 */
export function meetCheck(map: string, bundel?: string): CliMeting {
    return meetCli(['check', '--format', 'json', map], [0, 1], bundel);
}

/** The whole overview as the default HTML page, written to a file as a privacy officer would. */
export function meetOverzicht(map: string, doel: string): CliMeting {
    return meetCli(['overzicht', '--peildatum', '2026-12-02', '-o', doel, map]);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    const [aantal, runs] = [Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 3)];
    const bundels = process.argv.length > 4 ? process.argv.slice(4).map(b => path.resolve(b)) : [path.join(WORTEL, 'out', 'cli.cjs')];
    const map = mkdtempSync(path.join(os.tmpdir(), 'vwo-werkruimte-'));
    try {
        maakWerkruimte(map, aantal);
        const metingen = bundels.map(() => [] as Array<CliMeting & { belasting: number }>);
        for (let run = 0; run < runs; run++) {
            bundels.forEach((bundel, i) => metingen[i].push({ ...meetCheck(map, bundel), belasting: os.loadavg()[0] }));
        }
        console.log('| bundel | overeenkomsten | wandkloktijd | piekgeheugen (RSS) | belasting |');
        console.log('|---|---:|---:|---:|---:|');
        bundels.forEach((bundel, i) => {
            const m = metingen[i];
            const belasting = m.map(x => x.belasting.toFixed(2)).join(', ');
            console.log(`| ${path.relative(WORTEL, bundel)} | ${aantal.toLocaleString('nl-NL')} | ${toon(reeks(m.map(x => x.wandklok)))} | ${toon(reeks(m.map(x => x.piekRssMb)), 'MB')} | ${belasting} |`);
        });
    } finally {
        rmSync(map, { recursive: true, force: true });
    }
}
