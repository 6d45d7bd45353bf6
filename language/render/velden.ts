/**
 * The values of an agreement as the document shows them: each field of the template
 * (`veldwaarde`), dates written out, user text made safe for every format. A value that is
 * missing, empty or wrong (a date that does not exist, a name that resolves to nothing) is
 * undefined here, so the document shows the standard's placeholder instead.
 */
import type { Reference } from 'langium';
import type { Betrokkene, Categorie, Normenstelsel, Ondertekenaar, Overeenkomst } from '../generated/ast.js';
import type { Standaard, Veld } from '../referentie/standaard/index.js';
import { gevuld, langeDatum } from '../tekst.js';
import type { Inline } from './model.js';

/**
 * User text as every format can carry it: control characters (which XML 1.0 forbids, so they
 * would break a DOCX) become spaces, and lone surrogates become U+FFFD.
 */
export function schoon(t: string): string {
    const heel = typeof (t as { toWellFormed?: () => string }).toWellFormed === 'function' ? (t as unknown as { toWellFormed(): string }).toWellFormed() : t;
    return heel.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g, ' ').replace(/[\t\r\n]/g, ' ');
}

export const tekst = (t: string): Inline => ({ soort: 'tekst', tekst: schoon(t) });
export const waarde = (t: string): Inline => ({ soort: 'waarde', tekst: schoon(t) });
export const invulveld = (t: string): Inline => ({ soort: 'invulveld', tekst: t });

/** A value of the file, or the placeholder when it is missing or empty. */
export function waardeOf(w: string | undefined, placeholder: string): Inline {
    return w !== undefined && w.trim() !== '' ? waarde(w) : invulveld(placeholder);
}


/** The value of one field of the template, or undefined when the file does not give it. */
export function veldwaarde(o: Overeenkomst, s: Standaard, veld: Veld): string | undefined {
    const vv = o.verwerkingsverantwoordelijke;
    const vw = o.verwerker;
    const onderteken = (rol: string) => o.ondertekening?.ondertekenaars.find(x => x.rol === rol);
    const normen = (soorten: Array<string | undefined>) => o.beveiliging?.normenstelsels.filter(n => soorten.includes(n.soort)) ?? [];
    switch (veld) {
        case 'hoofdovereenkomst.titel': return gevuld(o.hoofdovereenkomst?.titel);
        case 'hoofdovereenkomst.gesloten': return langeDatum(o.hoofdovereenkomst?.gesloten);
        case 'diensten': return gevuld(o.diensten);
        case 'gemeente': return gevuld(vv?.gemeente);
        case 'bestuursorgaan': return vv?.bestuursorgaan ? s.bestuursorgaan[vv.bestuursorgaan] : undefined;
        case 'verwerkingsverantwoordelijke.aanspreekvorm': return aanspreekvorm(vv?.vertegenwoordiger?.naam);
        case 'verwerkingsverantwoordelijke.vertegenwoordiger': return gevuld(vv?.vertegenwoordiger?.naam);
        case 'verwerkingsverantwoordelijke.functie': return gevuld(vv?.vertegenwoordiger?.functie);
        case 'verwerker.naam': return gevuld(vw?.naam);
        case 'verwerker.vestigingsplaats': return gevuld(vw?.vestigingsplaats);
        case 'verwerker.kvk': return gevuld(vw?.kvk);
        case 'verwerker.aanspreekvorm': return aanspreekvorm(vw?.vertegenwoordiger?.naam);
        case 'verwerker.vertegenwoordiger': return gevuld(vw?.vertegenwoordiger?.naam);
        case 'verwerker.functie': return gevuld(vw?.vertegenwoordiger?.functie);
        case 'ondertekening.ingangsdatum': return langeDatum(o.ondertekening?.ingangsdatum);
        case 'ondertekening.verwerkingsverantwoordelijke.naamFunctie': return naamFunctie(onderteken('verwerkingsverantwoordelijke'));
        case 'ondertekening.verwerkingsverantwoordelijke.plaats': return gevuld(onderteken('verwerkingsverantwoordelijke')?.plaats);
        case 'ondertekening.verwerkingsverantwoordelijke.datum': return langeDatum(onderteken('verwerkingsverantwoordelijke')?.datum);
        case 'ondertekening.verwerker.naamFunctie': return naamFunctie(onderteken('verwerker'));
        case 'ondertekening.verwerker.plaats': return gevuld(onderteken('verwerker')?.plaats);
        case 'ondertekening.verwerker.datum': return langeDatum(onderteken('verwerker')?.datum);
        case 'normenstelsel.norm': return lijst(normen([undefined]).map(n => n.naam));
        case 'normenstelsel.gecertificeerd': {
            const gewoon = normen([undefined]);
            return gewoon.length === 0 ? undefined : gewoon.some(n => n.gecertificeerd) ? 'wel' : 'niet';
        }
        case 'normenstelsel.overheidsnorm': return lijst(normen(['BIO', 'overheidsnorm']).map(normNaam));
        case 'normenstelsel.anders': return lijst(normen(['anders']).map(n => n.naam));
        case 'toereikendheid.eigenControles': return lijst(o.beveiliging?.toereikendheid.filter(b => b.soort === 'eigenControles').map(b => b.omschrijving) ?? []);
        case 'gedragscode': return gevuld(o.beveiliging?.gedragscode);
        default: return undefined;
    }
}

function normNaam(n: Normenstelsel): string | undefined {
    return n.soort === 'BIO' ? 'Baseline Informatiebeveiliging Overheid (BIO)' : n.naam;
}

function lijst(waarden: Array<string | undefined>): string | undefined {
    const echt = waarden.filter((w): w is string => gevuld(w) !== undefined);
    return echt.length > 0 ? echt.join('; ') : undefined;
}

/** "mevrouw A. de Vries" → "mevrouw"; the representative's name carries its form of address. */
function aanspreekvorm(naam: string | undefined): string | undefined {
    const m = /^(de heer|mevrouw|heer)\b/i.exec(naam ?? '');
    return m ? m[1] : undefined;
}

function naamFunctie(o: Ondertekenaar | undefined): string | undefined {
    const naam = gevuld(o?.naam);
    if (!naam) return undefined;
    const functie = gevuld(o?.functie);
    return functie ? `${naam}, ${functie}` : naam;
}

/** The outcome of a transfer impact assessment, as Bijlage 1 and the overview write it. */
export const TOETSUITKOMST: Readonly<Record<string, string>> = { geenBelemmering: 'geen aanvullende maatregelen nodig', maatregelenNodig: 'aanvullende maatregelen nodig' };

/**
 * The name a reference shows: the declaration's description (catalogue display text), else its
 * name; undefined for a name that resolves to nothing (`onbekende-categorie`), which the document
 * shows as a placeholder rather than as the typo.
 */
export function weergave(ref: Reference<Categorie | Betrokkene>): string | undefined {
    const doel = ref.ref;
    return doel ? gevuld(doel.omschrijving) ?? doel.name : undefined;
}
