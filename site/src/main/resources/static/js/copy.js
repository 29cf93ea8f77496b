// A "copy" button (a draft, the calendar feed's address), where the browser allows it; without JavaScript the text
// is selectable as usual.
(function () {
  var button = document.querySelector('[data-copy-button]');
  var source = document.querySelector('[data-copy-source]');
  if (!button || !source || !navigator.clipboard) { return; }
  var label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', function () {
    source.select();
    navigator.clipboard.writeText(source.value).then(function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = label; }, 2000);
    });
  });
})();
