// Checks the file list of vwo.vsix (`unzip -Z1` output): what the extension needs is in, and no
// sources, tests, source maps or node_modules. Prints one PASS/FAIL line per check.
// Usage: node vsix-inhoud.mjs <file-list.txt> [package.json] [README as packaged]
import { readFileSync } from 'node:fs';

const bestanden = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const inExtensie = bestanden.filter(b => b.startsWith('extension/')).map(b => b.slice('extension/'.length));
let gefaald = false;
function controle(naam, fouten) {
    if (fouten.length === 0) console.log(`PASS vsix: ${naam}`);
    else { gefaald = true; console.log(`FAIL vsix: ${naam}: ${fouten.slice(0, 10).join(', ')}${fouten.length > 10 ? ', …' : ''}`); }
}

// what the manifest points at: main, grammars, snippets, language configuration, icons
const manifest = JSON.parse(readFileSync(process.argv[3] ?? 'package.json', 'utf8'));
const c = manifest.contributes ?? {};
const verwezen = [manifest.main, manifest.browser, ...(c.grammars ?? []).map(g => g.path), ...(c.snippets ?? []).map(s => s.path),
    ...(c.languages ?? []).flatMap(l => [l.configuration, l.icon?.light, l.icon?.dark]), manifest.icon]
    .filter(Boolean).map(p => p.replace(/^\.\//, ''));
const nodig = [...new Set(['package.json', 'out/server.cjs', 'out/browser/server.js', 'package.nls.json', ...verwezen])];
controle('bevat de client, de taalserver en alles waar het manifest naar verwijst', nodig.filter(b => !inExtensie.includes(b)));
// vsce writes LICENSE as LICENSE.txt
controle('bevat de licentie', inExtensie.some(b => /^LICENSE(\.txt|\.md)?$/i.test(b)) ? [] : ['LICENSE']);

// The README the Extensions view shows: every image it points at is inside the package (a relative
// link resolves against the installed extension's folder).
if (process.argv[4]) {
    const readme = readFileSync(process.argv[4], 'utf8');
    const beelden = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]).filter(b => !/^[a-z]+:/i.test(b));
    controle(`bevat de ${beelden.length} afbeeldingen van de README`, beelden.length === 0 ? ['geen afbeeldingen gevonden'] : beelden.filter(b => !inExtensie.includes(b.replace(/^\.\//, ''))));
    const docs = inExtensie.filter(b => b.startsWith('docs/'));
    controle('bevat uit docs/ alleen de afbeeldingen van de README', docs.filter(b => !beelden.some(beeld => beeld.replace(/^\.\//, '') === b)));
}

const verboden = [
    [/(^|\/)node_modules\//, 'node_modules'],
    [/\.(ts|mts|cts)$/, 'TypeScript-bronnen'],
    [/\.langium$/, 'Langium-grammatica'],
    [/\.map$/, 'source maps'],
    [/^(test|language|client|server|cli|scripts|bench|examples|\.ci|\.github)\//, 'bronmappen en tests'],
    [/^out\/(tsc|vscode-test)\//, 'gecompileerde tests'],
    [/(^|\/)(tsconfig[^/]*\.json|esbuild\.js|langium-config\.json|\.mocharc\.json|package-lock\.json)$/, 'bouwbestanden'],
    [/(^|\/)\.(git|vscode|vscodeignore|gitignore)(\/|$)/, 'verborgen bestanden'],
    [/\.vsix$/, 'eerdere .vsix']
];
for (const [patroon, wat] of verboden) {
    controle(`bevat geen ${wat}`, inExtensie.filter(b => !b.endsWith('.d.ts') || wat !== 'TypeScript-bronnen').filter(b => patroon.test(b)));
}
const grootte = bestanden.length;
controle(`bevat een overzichtelijk aantal bestanden (${grootte})`, grootte <= 60 ? [] : [`${grootte} bestanden`]);
process.exit(gefaald ? 1 : 0);
