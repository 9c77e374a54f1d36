// Live count of the characters left in a text area: <p class="char-counter" data-for="id" data-max="N" data-label="…">.
// The page works without it (the hint states the maximum); this only adds the live count.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".char-counter[data-for]").forEach(function (counter) {
    var field = document.getElementById(counter.dataset.for);
    if (!field) { return; }
    var max = parseInt(counter.dataset.max, 10);
    var update = function () { counter.textContent = (max - field.value.length) + " " + counter.dataset.label; };
    counter.hidden = false;
    update();
    field.addEventListener("input", update);
  });
});
