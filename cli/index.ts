import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import { main } from './main.js';
import { gebruikersmap } from './werkmap.js';
// In a worker thread started from this bundle, that module does the work (vwo check on two cores).
import '../werkthread/deelwerker.js';

if (isMainThread) start();

function start(): void {
    const map = gebruikersmap(process.env, process.argv[1]);
    if (map) {
        try { process.chdir(map); } catch { /* the folder is gone: paths stay relative to the package root */ }
    }

    // `vwo check … | head -1`: once the reader has gone, the rest of the output has nowhere to go;
    // that is not an error of vwo (it was an EPIPE stack trace and exit code 1).
    let gesloten = false;
    process.stdout.on('error', (fout: NodeJS.ErrnoException) => {
        if (fout.code !== 'EPIPE') throw fout;
        gesloten = true;
    });

    main(process.argv.slice(2), {
        stdout: tekst => { if (!gesloten) process.stdout.write(tekst); },
        stderr: tekst => process.stderr.write(tekst)
    }, { werker: availableParallelism() > 1 ? __filename : undefined }).then(code => {   // vwo check's worker thread starts from this bundle
        process.exitCode = code;
    }, (fout: unknown) => {
        process.stderr.write(`vwo: interne fout: ${fout instanceof Error ? fout.stack ?? fout.message : String(fout)}\n`);
        process.exitCode = 2;
    });
}
