// Shows the per-interviewer notes of the interview chosen in the select; the others are disabled, so not sent.
(function () {
  var select = document.querySelector('[data-notes-interview]');
  if (!select) { return; }
  select.addEventListener('change', function () {
    document.querySelectorAll('fieldset[data-interview]').forEach(function (set) {
      var mine = set.getAttribute('data-interview') === select.value;
      set.disabled = !mine;
      set.hidden = !mine;
    });
  });
})();
