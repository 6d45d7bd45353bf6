import { main } from './main.js';

main(process.argv.slice(2), {
    stdout: tekst => process.stdout.write(tekst),
    stderr: tekst => process.stderr.write(tekst)
}).then(code => {
    process.exitCode = code;
}, (fout: unknown) => {
    process.stderr.write(`vwo: interne fout: ${fout instanceof Error ? fout.stack ?? fout.message : String(fout)}\n`);
    process.exitCode = 2;
});
