// Draws the figures pages' charts with Chart.js. The numbers come from each canvas's data-values attribute (JSON);
// the tables under the charts hold the same numbers, so the page reads the same without JavaScript.
(function () {
  if (!window.Chart) { return; }
  var palette = ['#2556c4', '#1d7a46', '#a35a00', '#7a3fb0', '#b3261e', '#5b6475'];
  var shared = { animation: false, responsive: true, maintainAspectRatio: false };

  function percent(value) { return Math.round(value * 100) + ' %'; }

  function rates(data) {
    return {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: 'Heard back', data: data.rate, backgroundColor: '#9db6ee', borderColor: palette[0], borderWidth: 1, order: 2 },
          { label: '95 % interval', data: data.interval, backgroundColor: palette[0], grouped: false, barPercentage: 0.12, order: 1 }
        ]
      },
      options: Object.assign({}, shared, {
        scales: { y: { min: 0, max: 1, ticks: { callback: percent } } },
        plugins: {
          tooltip: { callbacks: { label: function (item) {
            var v = item.raw;
            return Array.isArray(v) ? item.dataset.label + ': ' + percent(v[0]) + ' to ' + percent(v[1])
                                    : item.dataset.label + ': ' + percent(v);
          } } }
        }
      })
    };
  }

  function curves(data) {
    return {
      type: 'line',
      data: {
        datasets: data.groups.map(function (group, index) {
          return { label: group.label, data: group.points, stepped: true, fill: false, pointRadius: 0,
                   borderColor: palette[index % palette.length], borderWidth: 2 };
        })
      },
      options: Object.assign({}, shared, {
        parsing: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: 'days after the interview' } },
          y: { min: 0, max: 1, ticks: { callback: percent }, title: { display: true, text: 'still waiting' } }
        }
      })
    };
  }

  function outcomes(data) {
    var names = { offer: 'Offer', rejection: 'Rejection', ghosted: 'Ghosted', withdrawn: 'Withdrawn', stillOpen: 'Still open' };
    var colours = { offer: '#1d7a46', rejection: '#b3261e', ghosted: '#a35a00', withdrawn: '#7a3fb0', stillOpen: '#aab2c0' };
    return {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: Object.keys(names).map(function (key) {
          return { label: names[key], data: data[key], backgroundColor: colours[key] };
        })
      },
      options: Object.assign({}, shared, {
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      })
    };
  }

  var builders = { rates: rates, curves: curves, outcomes: outcomes };
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var build = builders[canvas.getAttribute('data-chart')];
    if (!build) { return; }
    new window.Chart(canvas, build(JSON.parse(canvas.getAttribute('data-values'))));
    canvas.setAttribute('data-drawn', 'true');
  });
})();
