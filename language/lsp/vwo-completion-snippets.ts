/**
 * Snippets for whole blocks, offered by the completion provider only where the grammar allows
 * the block (so `subverwerker { … }` is not offered inside a `verwerking`). Tab stops follow the
 * reading order of the standard's tables; choices list the allowed values.
 */
import { INSTRUMENTEN } from '../referentie/instrumenten.js';
import { huidigeStandaard } from '../referentie/standaard/index.js';
import { alsSnippet, BESTUURSORGANEN, CONTACTPERSOON, SUBVERWERKER } from './sjablonen.js';

export interface BlokSnippet {
    /** the parser rule the block keyword opens */
    readonly regel: string;
    readonly omschrijving: string;
    readonly tekst: string;
}

const instrumentKeuze = INSTRUMENTEN.map(i => i.naam).join(',');

export const BLOK_SNIPPETS: Readonly<Record<string, BlokSnippet>> = {
    overeenkomst: {
        regel: 'Overeenkomst',
        omschrijving: 'Nieuwe verwerkersovereenkomst met alle verplichte onderdelen',
        tekst: [
            'overeenkomst ${1:Naam} {',
            `\tstandaard "${huidigeStandaard().bron.versie}"`,
            '',
            '\thoofdovereenkomst "${2:titel hoofdovereenkomst}" gesloten ${3:JJJJ-MM-DD}',
            '\tdiensten "${4:specificatie dienst(en)}"',
            '',
            '\tverwerkingsverantwoordelijke {',
            '\t\tgemeente "${5:naam gemeente}"',
            `\t\tbestuursorgaan \${6|${BESTUURSORGANEN.join(',')}|}`,
            '\t\tvertegenwoordiger "${7:naam}" functie "${8:functie}"',
            '\t}',
            '',
            '\tverwerker {',
            '\t\tnaam "${9:bedrijfsnaam}"',
            '\t\tvestigingsplaats "${10:plaats}"',
            '\t\tkvk "${11:KvK-nummer}"',
            '\t\tvertegenwoordiger "${12:naam}" functie "${13:functie}"',
            '\t}',
            '',
            '\t$0',
            '}'
        ].join('\n')
    },
    profiel: {
        regel: 'Profiel',
        omschrijving: 'Nieuw leveranciersprofiel: wat de verwerker in al zijn overeenkomsten gelijk heeft',
        tekst: [
            'profiel ${1:Naam} {',
            '\tverwerker {',
            '\t\tnaam "${2:bedrijfsnaam}"',
            '\t\tvestigingsplaats "${3:plaats}"',
            '\t\tkvk "${4:KvK-nummer}"',
            '\t\tvertegenwoordiger "${5:naam}" functie "${6:functie}"',
            '\t}',
            '',
            '\t$0',
            '}'
        ].join('\n')
    },
    verwerkingsverantwoordelijke: {
        regel: 'Verwerkingsverantwoordelijke',
        omschrijving: 'De gemeente en haar bestuursorgaan (aanhef)',
        tekst: `verwerkingsverantwoordelijke {\n\tgemeente "\${1:naam gemeente}"\n\tbestuursorgaan \${2|${BESTUURSORGANEN.join(',')}|}\n\tvertegenwoordiger "\${3:naam}" functie "\${4:functie}"\n}`
    },
    verwerker: {
        regel: 'Verwerker',
        omschrijving: 'De leverancier (aanhef)',
        tekst: 'verwerker {\n\tnaam "${1:bedrijfsnaam}"\n\tvestigingsplaats "${2:plaats}"\n\tkvk "${3:KvK-nummer}"\n\tvertegenwoordiger "${4:naam}" functie "${5:functie}"\n}'
    },
    verwerking: {
        regel: 'Verwerking',
        omschrijving: 'Een rij van Bijlage 1, tabel 1',
        tekst: 'verwerking ${1:Naam} {\n\tnaam "${2:naam verwerking}"\n\tdoeleinden "${3:verwerkingsdoeleinden}"\n\tbetrokkenen ${4:Aanvragers}\n\tpersoonsgegevens ${5:Contactgegevens}\n}'
    },
    doorgifte: {
        regel: 'Doorgifte',
        omschrijving: 'Doorgifte naar een derde land met instrument en aanvullende maatregelen (art. 4.3)',
        tekst: `doorgifte \${1:US} instrument \${2|${instrumentKeuze}|}\n\tmaatregelen "\${3:aanvullende maatregelen}"`
    },
    contactpersoon: {
        regel: 'Contactpersoon',
        omschrijving: 'Een rij van Bijlage 1, tabel 2 (ook buiten kantooruren)',
        tekst: alsSnippet(CONTACTPERSOON, '\t')
    },
    subverwerker: {
        regel: 'Subverwerker',
        omschrijving: 'Een rij van Bijlage 1, tabel 3 (art. 4.5)',
        tekst: alsSnippet(SUBVERWERKER, '\t')
    },
    beveiliging: {
        regel: 'Beveiliging',
        omschrijving: 'Bijlage 2: normenstelsel en toereikendheid (art. 4.1)',
        tekst: 'beveiliging {\n\tnormenstelsel ${1:BIO}\n\ttoereikendheid ${2|certificering,externeControles "…",tpm "…",eigenControles "…"|}\n}'
    },
    ondertekening: {
        regel: 'Ondertekening',
        omschrijving: 'Ingangsdatum en ondertekenaars',
        tekst: 'ondertekening {\n\tingangsdatum ${1:JJJJ-MM-DD}\n\tverwerkingsverantwoordelijke "${2:naam}" functie "${3:functie}" plaats "${4:plaats}" datum ${5:JJJJ-MM-DD}\n\tverwerker "${6:naam}" functie "${7:functie}" plaats "${8:plaats}" datum ${9:JJJJ-MM-DD}\n}'
    },
    afwijking: {
        regel: 'Afwijking',
        omschrijving: 'Een afwijking van een artikel van de standaard (pas toe of leg uit)',
        tekst: 'afwijking "${1:5.1}" {\n\ttekst "${2:afwijkende tekst}"\n\tmotivering "${3:waarom wordt afgeweken}"\n}'
    },
    categorie: {
        regel: 'Categorie',
        omschrijving: 'Eigen categorie persoonsgegevens',
        tekst: 'categorie ${1:Naam} "${2:omschrijving}"'
    },
    betrokkene: {
        regel: 'Betrokkene',
        omschrijving: 'Eigen categorie betrokkenen',
        tekst: 'betrokkene ${1:Naam} "${2:omschrijving}"'
    },
    beheer: {
        regel: 'Beheer',
        omschrijving: 'Beheer na de ondertekening: eigenaar, risico, evaluatie, bewijsstukken (art. 4.2, 4.5)',
        tekst: 'beheer {\n\teigenaar "${1:proceseigenaar}"\n\trisico ${2|hoog,midden,laag|}\n\tevaluatie elke ${3:12} maanden laatst ${4:JJJJ-MM-DD}\n\tbewijs ${5|certificering,externeControles,tpm,eigenControles|} "${6:omschrijving}" geldig tot ${7:JJJJ-MM-DD}\n}'
    },
    melding: {
        regel: 'Melding',
        omschrijving: 'Melding van een nieuwe subverwerker na de ondertekening (art. 4.5)',
        tekst: 'melding subverwerker ${1:Naam} ontvangen ${2:JJJJ-MM-DD} bezwaar tot ${3:JJJJ-MM-DD}'
    }
};
