// The overview's script (runs in the webview under a strict CSP with a nonce). It shows the
// fragment the server made (all text escaped there) and turns a click on a place into a
// request to open that file; the extension decides whether it may.
(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    const inhoud = document.getElementById('inhoud');
    const melding = document.getElementById('melding');

    window.addEventListener('message', function (event) {
        const bericht = event.data || {};
        if (bericht.type !== 'inhoud') return;
        const scrollY = window.scrollY;
        if (typeof bericht.html === 'string') inhoud.innerHTML = bericht.html;
        melding.textContent = bericht.melding || '';
        melding.hidden = !bericht.melding;
        window.scrollTo(0, scrollY);
    });

    document.addEventListener('click', function (event) {
        const link = event.target instanceof Element ? event.target.closest('a.bron') : null;
        if (!link) return;
        event.preventDefault();
        vscode.postMessage({ type: 'openen', uri: link.getAttribute('href'), regel: Number(link.getAttribute('data-regel')) });
    });

    vscode.postMessage({ type: 'klaar' });
}());
