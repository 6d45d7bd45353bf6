import { strict as assert } from 'node:assert';
import { EmptyFileSystem, type ValidationChecks } from 'langium';
import { parseHelper } from 'langium/test';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { VwoAstType } from '../../language/generated/ast.js';
import { createVwoServices } from '../../language/vwo-module.js';
import { diagnoses, lees, melding, opruimen, voorbeeld, ZAAKSYSTEEM } from '../hulp.js';

const fouten = (d: readonly Diagnostic[]) => d.filter(x => x.severity === DiagnosticSeverity.Error);

/** `n` empty processing blocks: three findings each (no purposes, subjects or data). */
function legeBlokken(n: number): string {
    return `overeenkomst X {\n${Array.from({ length: n }, (_, i) => `verwerking V${i} {}`).join('\n')}\n}\n`;
}

describe('omvang: invoer die Langium laat overlopen of vastlopen', function () {
    this.timeout(120_000);
    afterEach(opruimen);

    it('60.000 lege verwerkingen (180.000 bevindingen) zijn niet "0 fouten": de eerste 1.000, fouten eerst, en de laatste zegt hoeveel er nog zijn', async () => {
        const alle = await diagnoses(legeBlokken(60_000));
        assert.equal(alle.length, 1000);
        assert.equal(fouten(alle).length, 999);
        const laatste = alle[alle.length - 1];
        assert.equal(laatste.code, 'te-veel-meldingen');
        assert.match(melding(laatste), /^Nog 179\.008 meldingen in dit bestand zijn niet getoond \(179\.008 fouten, 0 waarschuwingen, 0 informatie\): vwo toont er hoogstens 1\.000 per bestand/);
    });

    it('een tekst van 4,5 miljoen tekens wordt gelezen (de reguliere expressie van STRING liep over)', async () => {
        const lang = 'a\\"b '.repeat(900_000);
        const tekst = voorbeeld(ZAAKSYSTEEM).replace(/diensten "[^"]*"/, `diensten "${lang}"`);
        const document = await lees(tekst);
        assert.deepEqual(fouten(document.diagnostics ?? []), []);
        assert.equal(document.parseResult.value.diensten, lang.replace(/\\"/g, '"'));
    });

    it('een tekst zonder afsluitend aanhalingsteken loopt nog steeds tot het einde van de regel, ook na een \\ aan het eind', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace(/diensten "[^"]*"/, 'diensten "open tekst \\');
        const document = await lees(tekst);
        const syntax = (document.diagnostics ?? []).filter(d => d.code === 'syntaxfout');
        assert.ok(syntax.some(d => /geen afsluitend aanhalingsteken/.test(melding(d))), JSON.stringify(syntax));
        assert.equal(document.parseResult.value.diensten, 'open tekst ');
    });

    it('130.000 commentaren op één regel (520 kB) worden gelezen (Langium spreidde ze als argumenten)', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM).replace('diensten "', `${'/**/'.repeat(130_000)}\n    diensten "`);
        const document = await lees(tekst);
        assert.deepEqual(fouten(document.diagnostics ?? []), []);
        assert.ok(document.parseResult.value.diensten);
    });

    it('4.000 blokken met elk een syntaxfout: hoogstens 100 syntaxfouten, elk met zijn eigen blok, en de laatste zegt hoeveel er nog volgen', async () => {
        const tekst = `overeenkomst X {\n${Array.from({ length: 4000 }, (_, i) => `  verwerking V${i} { naam "a" onzin "x" }`).join('\n')}\n}\n`;
        const syntax = (await diagnoses(tekst)).filter(d => d.code === 'syntaxfout');
        assert.equal(syntax.length, 101);
        assert.match(melding(syntax[0]), /'onzin' is geen veld van het blok 'verwerking V0' \(regel 2\)/);
        assert.match(melding(syntax[99]), /'verwerking V99' \(regel 101\)/);
        assert.match(melding(syntax[100]), /^Nog 3\.900 syntaxfouten vanaf hier zijn niet getoond: vwo toont er hoogstens 100 per bestand\./);
        assert.equal(syntax[100].range.start.line, 101);
    });

    it('een controle die een interne fout geeft, wordt één fout controle-onvolledig in het Nederlands, geen stilte', async () => {
        // A check with a bug, as any future check could have one.
        const services = createVwoServices(EmptyFileSystem);
        const checks: ValidationChecks<VwoAstType> = { Overeenkomst: () => { throw new RangeError('Maximum call stack size exceeded'); } };
        services.Vwo.validation.ValidationRegistry.register(checks);
        const foutmeldingen: unknown[] = [];
        const fout = console.error;
        console.error = (...args: unknown[]) => { foutmeldingen.push(args); };
        try {
            const document = await parseHelper(services.Vwo)(voorbeeld(ZAAKSYSTEEM), { validation: true });
            const [onvolledig, ...rest] = fouten(document.diagnostics ?? []);
            assert.deepEqual(rest, []);
            assert.equal(onvolledig.code, 'controle-onvolledig');
            assert.match(melding(onvolledig), /kon door een interne fout niet worden afgemaakt.*niet goedgekeurd/);
        } finally {
            console.error = fout;
        }
        assert.equal(foutmeldingen.length, 1, 'de fout zelf staat in het logboek');
    });
});
