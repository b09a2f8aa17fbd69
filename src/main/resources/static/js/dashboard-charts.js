// The dashboard's two charts; their figures and labels come from the page as JSON (no inline script: CSP).
(() => {
    const data = JSON.parse(document.getElementById('dashboard-charts').textContent);
    new Chart(document.getElementById('criteriaChart'), {
        type: 'bar',
        data: {labels: data.criteriaLabels, datasets: [{label: data.labels[0], data: data.criteriaValues, backgroundColor: '#2e9e5b'}]},
        options: {indexAxis: 'y', scales: {x: {min: 0, max: 100}}, plugins: {legend: {display: false}}}
    });
    new Chart(document.getElementById('coverageChart'), {
        type: 'bar',
        data: {labels: data.productLabels, datasets: [
            {label: data.labels[1], data: data.contracted, backgroundColor: '#1f6f43'},
            {label: data.labels[2], data: data.realised, backgroundColor: '#9bd3ae'}]},
        options: {scales: {y: {min: 0}}}
    });
})();
