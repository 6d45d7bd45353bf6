import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { diagnoses, opruimen, voorbeeld, WEBFORMULIEREN, WORTEL, ZAAKSYSTEEM } from '../../hulp.js';

/** `regel:kolom code` (1-based), the shape the expectations below are written in. */
function kort(tekst: string, d: Diagnostic): string {
    const regel = tekst.split('\n')[d.range.start.line];
    const woord = regel.slice(d.range.start.character, d.range.end.character);
    return `${d.code} ${woord}`;
}

describe('de referentievoorbeelden in examples/', () => {
    afterEach(opruimen);

    it('zaaksysteem-zwolle.vwo: geen fouten of waarschuwingen, alleen de informatie over het BSN', async () => {
        const tekst = voorbeeld(ZAAKSYSTEEM);
        const gevonden = await diagnoses(tekst);
        assert.deepEqual(gevonden.map(d => [d.severity, kort(tekst, d)]), [
            [DiagnosticSeverity.Information, 'bijzondere-persoonsgegevens BSN']
        ]);
    });

    it('webformulieren-de-veste.vwo: alleen het ontbrekende nummer buiten kantooruren, de afwijking en de bijzondere gegevens', async () => {
        const tekst = voorbeeld(WEBFORMULIEREN);
        const gevonden = await diagnoses(tekst);
        const gesorteerd = gevonden.map(d => [d.severity, kort(tekst, d)]).sort((a, b) => String(a).localeCompare(String(b)));
        assert.deepEqual(gesorteerd, [
            [DiagnosticSeverity.Warning, 'niet-bereikbaar-buiten-kantooruren verwerker'],
            [DiagnosticSeverity.Information, 'afwijking "5.1"'],
            [DiagnosticSeverity.Information, 'bijzondere-persoonsgegevens BSN'],
            [DiagnosticSeverity.Information, 'bijzondere-persoonsgegevens Zorgindicatie']
        ].sort((a, b) => String(a).localeCompare(String(b))));
        const contact = gevonden.find(d => d.code === 'niet-bereikbaar-buiten-kantooruren')!;
        assert.equal(tekst.split('\n')[contact.range.start.line].trim(), 'contactpersoon verwerker {', 'de contactpersoon van de verwerker');
    });

    it('geen enkel voorbeeld in examples/ bevat een fout', async () => {
        const bestanden = readdirSync(path.join(WORTEL, 'examples')).filter(f => f.endsWith('.vwo'));
        for (const bestand of bestanden) {
            const tekst = voorbeeld(bestand);
            const fouten = (await diagnoses(tekst)).filter(d => d.severity === DiagnosticSeverity.Error);
            assert.deepEqual(fouten.map(d => `${d.range.start.line + 1}: ${d.code} ${d.message}`), [], bestand);
            await opruimen();
        }
    });
});
