// The dashboard's two charts; their figures come from the page's JSON block (no inline script).
(() => {
    const data = JSON.parse(document.getElementById('dashboard-charts').textContent);
    new Chart(document.getElementById('criteriaChart'), {
        type: 'bar',
        data: {labels: data.criteria.labels, datasets: [{label: data.series[0], data: data.criteria.values, backgroundColor: '#2e9e5b'}]},
        options: {indexAxis: 'y', scales: {x: {min: 0, max: 100}}, plugins: {legend: {display: false}}}
    });
    new Chart(document.getElementById('coverageChart'), {
        type: 'bar',
        data: {labels: data.products.labels, datasets: [
            {label: data.series[1], data: data.products.contracted, backgroundColor: '#1f6f43'},
            {label: data.series[2], data: data.products.realised, backgroundColor: '#9bd3ae'}]},
        options: {scales: {y: {min: 0}}}
    });
})();
