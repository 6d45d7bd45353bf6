import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { WORTEL } from '../hulp.js';

export const CLI = path.join(WORTEL, 'out', 'cli.cjs');

/** `vwo ARGS` as a real process in `cwd`. */
export function vwo(args: readonly string[], cwd = WORTEL, env: NodeJS.ProcessEnv = process.env) {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
