// Pickers: typing clears the chosen id (so a stale one is never saved); clicking a result fills it.
document.addEventListener('input', (e) => {
    const text = e.target.closest('.picker-text');
    if (text) {
        const id = text.closest('.picker').querySelector('.picker-id');
        if (id) id.value = '';
    }
});
document.addEventListener('click', (e) => {
    const choice = e.target.closest('.picker-choice');
    const picker = e.target.closest('.picker');
    if (choice && picker) {
        picker.querySelector('.picker-id').value = choice.dataset.id;
        picker.querySelector('.picker-text').value = choice.dataset.label;
        picker.querySelector('.picker-results').innerHTML = '';
        return;
    }
    document.querySelectorAll('.picker-results').forEach((r) => {
        if (!r.closest('.picker').contains(e.target)) r.innerHTML = '';
    });
});
// htmx requests carry the CSRF token that Spring Security expects on every change.
document.addEventListener('htmx:configRequest', (e) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) e.detail.headers[header.content] = token.content;
});
// Forms that destroy something ask first; the question comes from the messages (data-confirm).
document.addEventListener('submit', (e) => {
    const question = e.target.dataset && e.target.dataset.confirm;
    if (question && !window.confirm(question)) e.preventDefault();
});
