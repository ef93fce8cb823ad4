// party care: the compliance dashboard's chart (Apache ECharts) and the scorecard's print button. No inline scripts
// (the CSP forbids them): the figures are read from the rules table's data- attributes, so chart and table agree.
(function () {
  'use strict';

  function rateColor(rate) {
    if (rate >= 90) {
      return '#198754';
    }
    return rate >= 60 ? '#e0a800' : '#b3121b';
  }

  function drawChart(el) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('tr.rule-figure'));
    if (!rows.length) {
      return;
    }
    var labels = rows.map(function (row) { return row.dataset.label; });
    // a rule that required nothing this year has no rate bar ('-' is ECharts' empty value)
    var rates = rows.map(function (row) {
      var rate = parseFloat(row.dataset.rate);
      return row.dataset.required === '0' ? '-' : {value: rate, itemStyle: {color: rateColor(rate)}};
    });
    var behind = rows.map(function (row) { return parseInt(row.dataset.behind, 10); });
    var rateLabel = el.dataset.rateLabel;
    var behindLabel = el.dataset.behindLabel;
    var narrow = el.clientWidth < 576;
    // one band per rule, tall enough for a thumb on a phone
    el.style.height = (rows.length * (narrow ? 40 : 34) + 70) + 'px';
    var chart = window.echarts.init(el, null, {renderer: 'canvas'});
    chart.setOption({
      animation: false,
      textStyle: {fontSize: narrow ? 11 : 12},
      legend: {top: 0, data: [rateLabel, behindLabel], selectedMode: false},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, renderMode: 'richText'},
      grid: {left: 4, right: narrow ? 36 : 48, top: 52, bottom: 8, containLabel: true},
      xAxis: [
        {type: 'value', min: 0, max: 100, position: 'bottom', axisLabel: {formatter: '{value}%'}},
        {type: 'value', position: 'top', minInterval: 1, splitLine: {show: false},
          axisLabel: {color: '#6c757d'}}
      ],
      yAxis: {type: 'category', inverse: true, data: labels,
        axisLabel: {width: narrow ? 84 : 140, overflow: 'truncate'}},
      series: [
        {name: rateLabel, type: 'bar', xAxisIndex: 0, data: rates, barMaxWidth: 14, cursor: 'pointer',
          itemStyle: {color: '#b3121b'},
          label: {show: true, position: 'right', fontSize: narrow ? 10 : 11,
            formatter: function (p) { return p.value + '%'; }}},
        {name: behindLabel, type: 'bar', xAxisIndex: 1, data: behind, barMaxWidth: 14, cursor: 'pointer',
          itemStyle: {color: '#6c757d'},
          label: {show: true, position: 'right', fontSize: narrow ? 10 : 11,
            formatter: function (p) { return p.value > 0 ? String(p.value) : ''; }}}
      ]
    });
    // a bar opens the members behind it: the rate's bar those required, the "behind" bar those behind
    chart.on('click', function (params) {
      var row = rows[params.dataIndex];
      var href = params.seriesIndex === 1 ? row.dataset.behindHref : row.dataset.requiredHref;
      if (row && href) {
        window.location.href = href;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    el.dataset.drawn = 'true';
  }

  var el = document.getElementById('rule-chart');
  if (el && window.echarts) {
    drawChart(el);
  }

  document.addEventListener('click', function (event) {
    if (event.target.closest('.js-print')) {
      window.print();
    }
  });
})();
