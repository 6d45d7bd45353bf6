/** The part of markdown-it (a devDependency, also used by vsce) the tests use to render hovers. */
declare module 'markdown-it' {
    export default class MarkdownIt {
        constructor(opties?: { linkify?: boolean; html?: boolean });
        render(tekst: string): string;
    }
}
