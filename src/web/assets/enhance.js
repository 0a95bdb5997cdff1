// Progressive enhancement only: every page works without this file.
// 1. Focus the error summary after a failed post, so screen readers announce it.
// 2. Search boxes with data-suggest fetch suggestions into a <datalist>.
// 3. Forms with data-autosave post their fields in the background every 20 s (drafts).
(function () {
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();

  document.querySelectorAll('input[data-suggest]').forEach(function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) return;
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) return;
      timer = setTimeout(function () {
        fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), { headers: { accept: 'application/json' } })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (items) {
            list.textContent = '';
            items.forEach(function (s) { var o = document.createElement('option'); o.value = s; list.appendChild(o); });
          })
          .catch(function () {});
      }, 200);
    });
  });

  document.querySelectorAll('form[data-autosave]').forEach(function (form) {
    var last = '';
    setInterval(function () {
      var data = new URLSearchParams(new FormData(form));
      data.set('_autosave', '1');
      var body = data.toString();
      if (body === last) return;
      last = body;
      fetch(form.getAttribute('data-autosave'), { method: 'POST', body: data, headers: { accept: 'application/json' } }).catch(function () {});
    }, 20000);
  });
})();
