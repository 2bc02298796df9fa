// The one script of the pages, served as /assets/convene.js. It only enhances: every page
// works without it.
export const SCRIPT = `// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // A live character count under text areas with a limit.
  document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var hint = document.getElementById(area.getAttribute('aria-describedby'));
    if (!hint) return;
    var template = area.getAttribute('data-counter');
    var update = function () {
      hint.textContent = template.replace('{count}', String(area.value.length));
    };
    area.addEventListener('input', update);
    update();
  });
  // One submission per form: a second click waits for the first (the server dedupes anyway).
  document.querySelectorAll('form[data-once]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sent')) event.preventDefault();
      form.setAttribute('data-sent', '1');
    });
  });
  // The note's drafting status, live: the server sends each change while a draft is under way,
  // its words already in the reader's language, then 'end' (closed, so it is not reopened).
  var status = document.querySelector('[data-events]');
  if (status && window.EventSource) {
    var source = new EventSource(status.getAttribute('data-events'));
    source.addEventListener('status', function (event) {
      var data = JSON.parse(event.data);
      status.querySelector('[data-status-text]').textContent = data.text;
      status.querySelector('[data-status-link]').textContent = data.link;
    });
    source.addEventListener('end', function () {
      source.close();
    });
  }
  // A citation opens the contribution it cites.
  var openCited = function () {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === 'DETAILS') target.open = true;
  };
  window.addEventListener('hashchange', openCited);
  openCited();
})();
`;
