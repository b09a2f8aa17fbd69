// The trends page's line chart: counts on the left axis, coverage percentages on the right; figures from the page's
// JSON block (no inline script).
(() => {
    const data = JSON.parse(document.getElementById('trend-data').textContent);
    const colours = ['#1f6f43', '#2e9e5b', '#5cb87d', '#9bd3ae', '#0d6efd', '#6f42c1', '#fd7e14', '#d63384', '#20c997'];
    const line = (name, values, axis, i, dashed) => ({
        label: name, data: values, yAxisID: axis, borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length], borderDash: dashed ? [6, 4] : [], spanGaps: false, tension: 0.1
    });
    const counts = data.counts.names.map((n, i) => line(n, data.counts.values[i], 'count', i, false));
    const percents = data.percents.names.map((n, i) => line(n, data.percents.values[i], 'percent', counts.length + i, true));
    new Chart(document.getElementById('trendChart'), {
        type: 'line',
        data: {labels: data.labels, datasets: counts.concat(percents)},
        options: {
            scales: {
                count: {type: 'linear', position: 'left', beginAtZero: true, title: {display: true, text: data.axes[0]}},
                percent: {type: 'linear', position: 'right', min: 0, suggestedMax: 100, grid: {drawOnChartArea: false},
                          title: {display: true, text: data.axes[1]}}
            }
        }
    });
})();
