// 年度报表: while a report is queued or being written, ask for the user's jobs every second and move the progress bars;
// show the download link when one is done. Picking another year or organization reloads the page for it.
(function () {
  'use strict';

  var table = document.querySelector('table.report-jobs');

  function running() {
    return table && table.querySelector('tr[data-status="QUEUED"], tr[data-status="RUNNING"]');
  }

  function update(job) {
    var row = table.querySelector('tr[data-job="' + job.id + '"]');
    if (!row) {
      return;
    }
    row.dataset.status = job.status;
    row.querySelector('.job-status').textContent = job.statusLabel;
    row.querySelector('.job-error').textContent = job.error || '';
    row.querySelector('.job-rows').textContent = job.rowsText;
    var bar = row.querySelector('progress');
    var max = job.rowsTotal > 0 ? job.rowsTotal : 1;
    bar.max = max;
    if (job.status === 'DONE') {
      bar.value = max;
    } else if (job.status === 'RUNNING' && job.rowsTotal === 0) {
      bar.removeAttribute('value');
    } else {
      bar.value = job.rowsDone;
    }
    var link = row.querySelector('.job-download');
    if (job.downloadUrl) {
      link.hidden = false;
    }
  }

  function poll() {
    if (!running()) {
      return;
    }
    fetch(table.dataset.statusUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (jobs) {
        jobs.forEach(update);
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        window.setTimeout(poll, 5000);
      });
  }

  if (running()) {
    window.setTimeout(poll, 1000);
  }

  // another year or organization: the page shows whether that report can be downloaded at once
  var form = document.querySelector('form.report-form');
  if (form) {
    ['year', 'org'].forEach(function (name) {
      var select = form.querySelector('select[name="' + name + '"]');
      if (select) {
        select.addEventListener('change', function () {
          var query = new URLSearchParams();
          query.set('year', form.querySelector('select[name="year"]').value);
          query.set('org', form.querySelector('select[name="org"]').value);
          var format = form.querySelector('input[name="format"]:checked');
          if (format) {
            query.set('format', format.value);
          }
          window.location.search = query.toString();
        });
      }
    });
  }
})();
