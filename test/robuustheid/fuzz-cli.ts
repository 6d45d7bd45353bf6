/** `npm run fuzz -- --edits 100000 [--zaad N]`: the long fuzz run, with its figures. */
import { parseArgs } from 'node:util';
import { fuzz } from './fuzzer.js';
import { voorbeeld, WEBFORMULIEREN, ZAAKSYSTEEM } from '../hulp.js';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '10000' }, zaad: { type: 'string', default: '20261122' } } });
const bewerkingen = Number(values.edits);
const start = Date.now();
const uitslag = await fuzz({
    zaad: Number(values.zaad),
    bewerkingen,
    antwoordBinnenMs: 20_000,
    bronnen: [
        { uri: 'file:///fuzz/zaaksysteem.vwo', tekst: voorbeeld(ZAAKSYSTEEM) },
        { uri: 'file:///fuzz/webformulieren.vwo', tekst: voorbeeld(WEBFORMULIEREN) }
    ],
    voortgang: gedaan => process.stderr.write(`\r${gedaan} / ${bewerkingen}`)
});
const fouten = uitslag.onbeantwoord.length + uitslag.foutmeldingenVanServer.length + uitslag.afwijkendNaHerstel.length + (uitslag.serverGestopt ? 1 : 0);
console.log(`
bewerkingen:               ${uitslag.bewerkingen}
verzoeken:                 ${uitslag.verzoeken}
server gestopt:            ${uitslag.serverGestopt ? 'ja' : 'nee'}
onbeantwoord:              ${uitslag.onbeantwoord.length}
fouten in serverlogboek:   ${uitslag.foutmeldingenVanServer.length}
afwijkend na herstel:      ${uitslag.afwijkendNaHerstel.length}
langste antwoord:          ${uitslag.langsteAntwoordMs.toFixed(0)} ms
piekgeheugen server (RSS): ${uitslag.piekGeheugenMb?.toFixed(0) ?? '?'} MB
duur:                      ${((Date.now() - start) / 1000).toFixed(0)} s`);
for (const regel of [...uitslag.onbeantwoord, ...uitslag.foutmeldingenVanServer].slice(0, 20)) console.log(`  ${regel}`);
console.log(`${fouten === 0 ? 1 : 0} passed, ${fouten === 0 ? 0 : 1} failed`);
process.exitCode = fouten === 0 ? 0 : 1;
