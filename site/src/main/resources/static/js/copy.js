// A "copy" button for the draft, where the browser allows it; without JavaScript the text is selectable as usual.
(function () {
  var button = document.querySelector('[data-copy-button]');
  var source = document.querySelector('[data-copy-source]');
  if (!button || !source || !navigator.clipboard) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(source.value).then(function () {
      button.textContent = 'Copied';
      setTimeout(function () { button.textContent = 'Copy the text'; }, 2000);
    });
  });
})();
