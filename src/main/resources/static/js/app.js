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
    const removal = e.target.closest('.picker-chip-remove');
    if (removal) {
        removal.closest('.picker-chip').remove();
        return;
    }
    if (choice && picker && picker.classList.contains('picker-multi')) {
        addChip(picker, choice.dataset.id, choice.dataset.label);
        picker.querySelector('.picker-text').value = '';
        picker.querySelector('.picker-results').innerHTML = '';
        return;
    }
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
// A multiple picker keeps each choice as a chip holding hidden inputs (names from the picker's data-*).
function addChip(picker, id, label) {
    const chips = picker.querySelector('.picker-chips');
    if (chips.querySelector(`input[value="${CSS.escape(id)}"]`)) return;
    const template = picker.querySelector('template.picker-chip-template');
    const chip = template.content.firstElementChild.cloneNode(true);
    chip.querySelector('.picker-chip-label').textContent = label;
    chip.querySelector('input.picker-chip-id').value = id;
    chip.querySelector('input.picker-chip-name').value = label;
    chips.appendChild(chip);
}

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

// Parts of a form that apply to one choice only: data-show-if="field=VALUE" shows them while the select
// named field has that value (e.g. the cooperative picker when the party is a cooperative).
function syncShowIf(form) {
    form.querySelectorAll('[data-show-if]').forEach((el) => {
        const [name, value] = el.dataset.showIf.split('=');
        const select = form.querySelector(`[name="${name}"]`);
        el.hidden = !select || select.value !== value;
    });
}
document.addEventListener('change', (e) => {
    const form = e.target.closest('form');
    if (form && form.querySelector('[data-show-if]')) syncShowIf(form);
});
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('form').forEach((form) => {
        if (form.querySelector('[data-show-if]')) syncShowIf(form);
    });
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

// Exports: download in the page and show how many rows are written meanwhile (the server counts them by a token).
document.addEventListener('click', async (e) => {
    const link = e.target.closest('a.export-link');
    if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const box = document.getElementById('export-status');
    const text = box.querySelector('.export-status-text');
    const bar = box.querySelector('.progress-bar');
    const token = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
    const url = new URL(link.href, window.location.href);
    url.searchParams.set('progress', token);
    box.classList.remove('d-none');
    text.textContent = box.dataset.running;
    bar.style.width = '0%';
    const poll = setInterval(async () => {
        const r = await fetch('/exports/progress/' + token, {headers: {Accept: 'application/json'}});
        if (!r.ok) return;
        const p = await r.json();
        if (p.total > 0) {
            bar.style.width = Math.min(100, Math.round((100 * p.written) / p.total)) + '%';
            text.textContent = box.dataset.rows.replace('{0}', p.written.toLocaleString()).replace('{1}', p.total.toLocaleString());
        }
    }, 400);
    try {
        const response = await fetch(url);
        if (!response.ok) throw new Error(String(response.status));
        const blob = await response.blob();
        const disposition = response.headers.get('Content-Disposition') || '';
        const match = /filename\*=UTF-8''([^;]+)/i.exec(disposition) || /filename="?([^";]+)"?/i.exec(disposition);
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = match ? decodeURIComponent(match[1]) : 'export';
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(a.href), 10000);
        bar.style.width = '100%';
        text.textContent = box.dataset.done;
        setTimeout(() => box.classList.add('d-none'), 3000);
    } catch (err) {
        text.textContent = box.dataset.failed;
    } finally {
        clearInterval(poll);
    }
});

// Uploads: a file over the limit is refused at its field before it is sent.
document.addEventListener('change', (e) => {
    const input = e.target.closest('input[type=file][data-max-bytes]');
    if (!input) return;
    const tooLarge = Array.from(input.files).some((f) => f.size > Number(input.dataset.maxBytes));
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    if (tooLarge) input.reportValidity();
});

// A search box whose own name is the form's field (e.g. unitLabel) sends what is typed as data-search-param.
document.addEventListener('htmx:configRequest', (e) => {
    const param = e.detail.elt.dataset && e.detail.elt.dataset.searchParam;
    if (param) e.detail.parameters[param] = e.detail.elt.value;
});
// A filter that applies as soon as it is chosen.
document.addEventListener('change', (e) => {
    if (e.target.matches('[data-submit-on-change]')) e.target.form.submit();
});

// Session timeout: the page warns before the session ends for inactivity (meta session-timeout, in seconds);
// "keep working" renews it, and so does any request the page makes.
(() => {
    const meta = document.querySelector('meta[name="session-timeout"]');
    const banner = document.getElementById('session-warning');
    const seconds = meta ? parseInt(meta.content, 10) : 0;
    if (!banner || !(seconds > 0)) return;
    let timer;
    const arm = () => {
        clearTimeout(timer);
        banner.classList.add('d-none');
        timer = setTimeout(() => banner.classList.remove('d-none'), Math.max(seconds - 120, seconds * 0.8) * 1000);
    };
    banner.querySelector('button').addEventListener('click', () => {
        fetch(banner.dataset.renewUrl, {credentials: 'same-origin'}).then(arm);
    });
    document.addEventListener('htmx:afterRequest', arm);
    arm();
})();

// Drafts: what is typed into a form that is sent by POST is kept in this tab (sessionStorage) until the form has
// been received, so a session that expired, a closed tab or a failed send loses nothing: the form offers it back.
// A form is received when the page after its send is neither the login page (the session had ended) nor an error
// page; a form shown again with its errors holds what was typed already.
(() => {
    const SENT = 'draft:sent';
    const skipped = new Set(['password', 'file', 'submit', 'button', 'reset']);
    const draftable = (form) => form && form.method === 'post' && !form.hasAttribute('data-no-draft')
        && !/\/(login|logout)$/.test(form.getAttribute('action') || '');
    const key = (form) => 'draft:' + location.pathname + ':' + (form.getAttribute('action') || '');
    const fields = (form) => [...form.elements].filter((el) => el.name && !skipped.has(el.type)
        && el.name !== '_csrf' && el.name !== 'version');
    const save = (form) => {
        const values = fields(form).map((el) => ({n: el.name, v: el.value, c: el.checked}));
        sessionStorage.setItem(key(form), JSON.stringify(values));
    };
    const restore = (form, values) => {
        const seen = {};
        values.forEach(({n, v, c}) => {
            const i = seen[n] = (seen[n] ?? -1) + 1;
            const el = fields(form).filter((f) => f.name === n)[i];
            if (!el) return;
            if (el.type === 'checkbox' || el.type === 'radio') el.checked = c; else el.value = v;
            el.dispatchEvent(new Event('change', {bubbles: true}));
        });
    };
    const onEdit = (e) => {
        if (draftable(e.target.form)) save(e.target.form);
    };
    document.addEventListener('input', onEdit);
    document.addEventListener('change', onEdit);
    document.addEventListener('submit', (e) => {
        if (draftable(e.target)) sessionStorage.setItem(SENT, key(e.target));
    });
    document.addEventListener('DOMContentLoaded', () => {
        const sent = sessionStorage.getItem(SENT);
        sessionStorage.removeItem(SENT);
        if (sent && !document.querySelector('.error-page, form[action$="/login"]')) sessionStorage.removeItem(sent);
        const template = document.getElementById('draft-banner');
        if (!template) return;
        document.querySelectorAll('form').forEach((form) => {
            const stored = draftable(form) && sessionStorage.getItem(key(form));
            if (!stored) return;
            const banner = template.content.firstElementChild.cloneNode(true);
            banner.querySelector('.draft-restore').addEventListener('click', () => {
                restore(form, JSON.parse(stored));
                banner.remove();
            });
            banner.querySelector('.draft-discard').addEventListener('click', () => {
                sessionStorage.removeItem(key(form));
                banner.remove();
            });
            form.before(banner);
        });
    });
})();
