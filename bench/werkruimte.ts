/** `vwo check` and `vwo overzicht` on generated folders of typical agreements: wall time and peak memory. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WORTEL } from '../test/hulp.js';
import { alsVwo, maakOvereenkomst } from './genereer.js';

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
function meetCli(args: readonly string[], ok: ReadonlyArray<number | null> = [0]): CliMeting {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['--require', path.join(WORTEL, 'bench', 'rss.cjs'), path.join(WORTEL, 'out', 'cli.cjs'), ...args],
        { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const wandklok = performance.now() - t0;
    const rss = /VWO_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
    if (!ok.includes(r.status)) {
        throw new Error(`vwo ${args.join(' ')} eindigde met ${r.status}: ${r.stdout.slice(0, 2000)}${r.stderr.slice(0, 2000)}`);
    }
    return { wandklok, piekRssMb: rss ? Number(rss[1]) / 1024 : NaN, code: r.status };
}

export function meetCheck(map: string): CliMeting {
    return meetCli(['check', '--format', 'json', map]);
}

/** The whole overview as the default HTML page, written to a file as a privacy officer would. */
export function meetOverzicht(map: string, doel: string): CliMeting {
    return meetCli(['overzicht', '--peildatum', '2026-12-02', '-o', doel, map]);
}
