// party care: small behaviours, no inline scripts (the CSP forbids them).
(function () {
  'use strict';

  // Expand a node of the organization tree in place: load its children once, then toggle.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.org-toggle');
    if (!button) {
      return;
    }
    var container = button.closest('.org-node').querySelector('.org-children');
    var expanded = button.getAttribute('aria-expanded') === 'true';
    if (expanded) {
      container.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      button.textContent = '+';
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    button.textContent = '−';
    container.hidden = false;
    if (container.dataset.loaded) {
      return;
    }
    fetch(button.dataset.childrenUrl, {headers: {'Accept': 'text/html'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      })
      .then(function (html) {
        container.innerHTML = html;
        container.dataset.loaded = 'true';
      })
      .catch(function () {
        button.setAttribute('aria-expanded', 'false');
        button.textContent = '+';
      });
  });

  // A form is sent once: a double tap does not submit it twice.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.submitted) {
      event.preventDefault();
      return;
    }
    form.dataset.submitted = 'true';
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  });
})();

// Batch entry of study hours: select all / none of the attendees.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var all = event.target.closest('.select-all');
    var none = event.target.closest('.select-none');
    if (!all && !none) {
      return;
    }
    var form = event.target.closest('form');
    form.querySelectorAll('.attendees input[type=checkbox]').forEach(function (box) { box.checked = !!all; });
  });
})();

// Import upload: a file over the size limit is refused before it is sent (the server refuses it too).
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) {
      return;
    }
    var file = input.files && input.files[0];
    var tooLarge = !!file && file.size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : '');
    if (tooLarge) {
      input.reportValidity();
    }
  });
})();
