// Pre-fills the time-zone field with the browser's own zone; the form works the same without it.
(function () {
  var field = document.querySelector('[data-detect-zone]');
  if (!field || field.value || !window.Intl) { return; }
  try {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) { field.value = zone; }
  } catch (e) { /* keep the field empty */ }
})();
