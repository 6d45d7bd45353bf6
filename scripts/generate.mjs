// Regenerates the Langium artefacts (AST, grammar, TextMate grammar) from language/vwo.langium,
// then extends the generated TextMate grammar with the colours the generator does not know.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { breidTextMateUit } from './textmate.mjs';

const wortel = fileURLToPath(new URL('..', import.meta.url));
const resultaat = spawnSync(process.execPath, [
    '--import', './scripts/polyfill-groupby.mjs', 'node_modules/langium-cli/bin/langium.js', 'generate'
], { cwd: wortel, encoding: 'utf8' });

// Repeated `=` assignments are deliberate: fields may come in any order, and a field given twice
// gets its own diagnostic instead of a parse error. The generator warns about each; say it once.
const bewust = /Found multiple assignments to '.*' with the '\??=' assignment operator/;
const regels = `${resultaat.stdout}${resultaat.stderr}`.split('\n').filter(r => r.trim() !== '');
const overig = regels.filter(r => !bewust.test(r));
const aantalBewust = regels.length - overig.length;
if (overig.length) console.log(overig.join('\n'));
if (aantalBewust) console.log(`(${aantalBewust} velden mogen in willekeurige volgorde staan; de meldingen daarover zijn verwacht)`);
if (resultaat.status !== 0) process.exit(resultaat.status ?? 1);

const pad = new URL('../syntaxes/vwo.tmLanguage.json', import.meta.url);
writeFileSync(pad, JSON.stringify(breidTextMateUit(JSON.parse(readFileSync(pad, 'utf8'))), null, 2) + '\n');
