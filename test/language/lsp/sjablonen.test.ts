import { strict as assert } from 'node:assert';
import { AstUtils, GrammarAST } from 'langium';
import { alsSnippet, alsTekst, BESTUURSORGANEN, CONTACTPERSOON, SUBVERWERKER } from '../../../language/lsp/sjablonen.js';
import { diagnoses, Vwo } from '../../hulp.js';

describe('sjablonen: één definitie voor aanvullen en snelle oplossingen', () => {
    it('de waarden van bestuursorgaan zijn die van de grammatica', () => {
        const regel = Vwo.Grammar.rules.find(r => r.name === 'Bestuursorgaan') as GrammarAST.ParserRule;
        const waarden = AstUtils.streamAst(regel.definition).filter(GrammarAST.isKeyword).map(k => k.value).toArray();
        assert.deepEqual([...BESTUURSORGANEN].sort(), waarden.sort());
    });

    it('een subverwerker als snippet: naam en velden als tabstops in de volgorde van tabel 3', () => {
        assert.equal(alsSnippet(SUBVERWERKER, '\t'),
            'subverwerker ${1:Naam} {\n\tnaam "${2:bedrijfsnaam}"\n\tcontact "${3:plaats, e-mailadres}"\n\tkvk "${4:KvK-nummer}"\n' +
            '\tuitbesteed "${5:uitbestede verwerkingen}"\n\ttoepassing "${6:toepassing}"\n\tland ${7:XX}\n}');
        assert.match(alsSnippet(SUBVERWERKER, '  ', 'Mail$}'), /^subverwerker Mail\\\$\\\} \{\n {2}naam "\$\{1:bedrijfsnaam\}"/);
    });

    it('zonder snippets: lege waarden, en geen veld dat leeg ongeldig zou zijn (land)', async () => {
        const tekst = alsTekst(SUBVERWERKER, '    ', 'Mail');
        assert.doesNotMatch(tekst, /land/);
        const gevonden = await diagnoses(`overeenkomst X {\n${tekst}\n${alsTekst(CONTACTPERSOON, '    ', 'verwerker')}\n}`);
        assert.deepEqual(gevonden.filter(d => d.code === 'syntaxfout'), [], 'de lege blokken zijn geldige taal');
    });
});
