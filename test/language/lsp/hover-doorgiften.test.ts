import { strict as assert } from 'node:assert';
import { opruimen, positie } from '../../hulp.js';
import { hoverOp } from './hulp-lsp.js';

async function hoverBij(tekst: string, zoek: string): Promise<string> {
    return hoverOp(tekst, positie(tekst, zoek) + 1);
}

const TEKST = `overeenkomst H {
    hoofdovereenkomst "Overeenkomst" gesloten 2024-03-01 tot 2033-12-31
    verwerking V {
        doorgifte GB instrument Adequaatheidsbesluit
        doorgifte RE
        doorgifte BQ
        doorgifte US instrument SCC doorgiftetoets { datum 2025-03-01 uitkomst geenBelemmering vastgelegd "Zaak 1" }
    }
}`;

describe('hover: besluiten met hun eigen gegevens, gebieden en de doorgiftetoets', () => {
    afterEach(opruimen);

    it('het VK: de vernieuwing van 19-12-2025 als grondslag, met geldigheid, stand van, wat niet is geverifieerd, en de geschiedenis', async () => {
        const gb = await hoverBij(TEKST, 'GB');
        assert.match(gb, /Adequaatheidsbesluit: Uitvoeringsbesluit van 19-12-2025 \(nummer niet geverifieerd\) \(art\. 45 lid 3 AVG; geldig tot en met 27-12-2031;/);
        assert.match(gb, /stand van 02-12-2026; nummer, publicatie in het Publicatieblad en reikwijdte niet geverifieerd/);
        assert.match(gb, /Eerdere besluiten: Uitvoeringsbesluit \(EU\) 2021\/1772 van 28-06-2021 \(art\. 45 lid 3 AVG; gepubliceerd in het Publicatieblad op 11-10-2021; vervallen na 27-12-2025/);
        assert.match(gb, /technische verlenging van Uitvoeringsbesluit \(EU\) 2021\/1772/);
        assert.doesNotMatch(gb, /2021\/1772 van 28-06-2021 \(art\. 45 lid 3 AVG; geldig tot en met 27-12-2031/, 'geen besluit van 2021 met de einddatum van 2031');
    });

    it('Réunion is EU-grondgebied; Caribisch Nederland hoort bij Nederland maar niet bij de EU', async () => {
        assert.match(await hoverBij(TEKST, 'RE'), /EU-grondgebied \(EER\): geen doorgifte naar een derde land[\s\S]*Ultraperifeer gebied van Frankrijk \(art\. 349 en 355 lid 1 VWEU\)/);
        assert.match(await hoverBij(TEKST, 'BQ'), /derde land in de zin van de AVG zonder adequaatheidsbesluit[\s\S]*Wet bescherming persoonsgegevens BES/);
    });

    it('doorgiftetoets: wat zij is, met beide versies van de EDPB-aanbevelingen juist aangehaald', async () => {
        const toets = await hoverBij(TEKST, 'doorgiftetoets');
        assert.match(toets, /Doorgiftetoets \(transfer impact assessment\)/);
        assert.match(toets, /EDPB Aanbevelingen 01\/2020 van 10-11-2020 \(aanvullende maatregelen bij instrument 3–6\)/);
        assert.match(toets, /versie 2\.0 van 18-06-2021 vraagt maatregelen waar deze beoordeling \(stap 3\) uitwijst/);
        assert.match(await hoverBij(TEKST, 'geenBelemmering'), /aanvullende maatregelen zijn niet nodig/);
        assert.match(await hoverBij(TEKST, 'vastgelegd'), /art\. 5 lid 2 AVG/);
        assert.match(await hoverBij(TEKST, 'tot 2033'), /Einde hoofdovereenkomst[\s\S]*einddatum van een adequaatheidsbesluit/);
    });
});
