/**
 * Adds to Langium's generated TextMate grammar (keywords, strings, comments) what makes a `.vwo`
 * file readable: dates, country codes after `doorgifte`/`land`, declared names, references and
 * punctuation. Pure: the same input gives the same output, so a test can keep it in step.
 */
export function breidTextMateUit(gegenereerd) {
    const patterns = gegenereerd.patterns.filter(p => !p.name?.startsWith('keyword.') && !p.begin?.startsWith('"'));
    const sleutelwoorden = gegenereerd.patterns.find(p => p.name?.startsWith('keyword.'));
    const tekst = gegenereerd.patterns.find(p => p.begin === '"');
    return {
        ...gegenereerd,
        patterns: [
            ...patterns,
            { include: '#datum' },
            { include: '#land' },
            { include: '#declaratie' },
            { ...sleutelwoorden, name: 'keyword.other.vwo' },
            // Langium finds no string pattern in STRING's regex (its closing quote is optional), so
            // `tekst` is undefined: without `begin` strings were not coloured at all.
            { begin: '"', ...tekst, end: '"|$', name: 'string.quoted.double.vwo' },
            { name: 'punctuation.separator.comma.vwo', match: ',' },
            { name: 'punctuation.definition.block.vwo', match: '[{}]' }
        ],
        repository: {
            ...gegenereerd.repository,
            datum: {
                name: 'constant.numeric.date.vwo',
                match: '\\b[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\\b'
            },
            land: {
                match: '\\b(doorgifte|land)\\s+([A-Z]{2,3})\\b',
                captures: {
                    1: { name: 'keyword.other.vwo' },
                    2: { name: 'constant.language.country.vwo' }
                }
            },
            declaratie: {
                match: '\\b(overeenkomst|verwerking|subverwerker|categorie|betrokkene)\\s+([\\p{L}_][\\p{L}\\p{N}_]*)',
                captures: {
                    1: { name: 'keyword.other.vwo' },
                    2: { name: 'entity.name.type.vwo' }
                }
            }
        }
    };
}
