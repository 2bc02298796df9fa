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
})();
`;
