// Show only the holder field of the chosen kind, and the stars only for OCOP (a disabled field is not sent).
(() => {
    const form = document.getElementById('certification-form');
    const kind = form.querySelector('[name="holderKind"]');
    const type = form.querySelector('[name="type"]');
    const sync = () => {
        form.querySelectorAll('[data-holder]').forEach((el) => {
            el.hidden = el.dataset.holder !== kind.value;
        });
        const ocop = type.value === 'OCOP';
        form.querySelectorAll('[data-ocop-only]').forEach((el) => {
            el.hidden = !ocop;
            el.querySelectorAll('input').forEach((i) => { i.disabled = !ocop; });
        });
    };
    kind.addEventListener('change', sync);
    type.addEventListener('change', sync);
    sync();
})();
