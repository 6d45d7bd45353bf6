import * as path from 'node:path';

/**
 * The folder the user's paths are relative to. `npm run vwo -- check x.vwo` runs the CLI from the
 * package root, but the user typed x.vwo in the folder npm passes as INIT_CWD. Only for this
 * package's own script: when a user's own npm script calls vwo, npm's rule holds and paths are
 * relative to that package's root, the working directory.
 */
export function gebruikersmap(omgeving: NodeJS.ProcessEnv, cliScript: string | undefined): string | undefined {
    const { INIT_CWD, npm_lifecycle_event, npm_package_json } = omgeving;
    if (!INIT_CWD || npm_lifecycle_event !== 'vwo' || !npm_package_json || !cliScript) return undefined;
    const eigen = path.resolve(path.dirname(cliScript), '..', 'package.json');
    return path.resolve(npm_package_json) === eigen ? INIT_CWD : undefined;
}
