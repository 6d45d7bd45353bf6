import { main } from './main.js';
import { gebruikersmap } from './werkmap.js';

const map = gebruikersmap(process.env, process.argv[1]);
if (map) {
    try { process.chdir(map); } catch { /* the folder is gone: paths stay relative to the package root */ }
}

main(process.argv.slice(2), {
    stdout: tekst => process.stdout.write(tekst),
    stderr: tekst => process.stderr.write(tekst)
}).then(code => {
    process.exitCode = code;
}, (fout: unknown) => {
    process.stderr.write(`vwo: interne fout: ${fout instanceof Error ? fout.stack ?? fout.message : String(fout)}\n`);
    process.exitCode = 2;
});
