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
// Agency picker of the action-item form: a chosen agency is added as a new line of its role's box,
// which then shows again how the whole box reads.
document.addEventListener('click', (e) => {
    const choice = e.target.closest('.agency-choice');
    if (!choice) return;
    const box = document.getElementById(choice.dataset.target);
    const text = box.value.replace(/\s+$/, '');
    box.value = (text ? text + '\n' : '') + choice.dataset.name;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    const picker = choice.closest('.agency-picker');
    picker.querySelector('.agency-results').innerHTML = '';
    picker.querySelector('.agency-search').value = '';
});
