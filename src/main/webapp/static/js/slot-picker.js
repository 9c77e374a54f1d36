// Keeps the chosen slot in view on a phone: the sticky bar under the slot list repeats the day and time of
// the checked radio button: <p class="chosen-slot" data-label="…" hidden>. The picker works without it.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".chosen-slot").forEach(function (chosen) {
    var form = chosen.closest("form");
    if (!form) { return; }
    var show = function () {
      var radio = form.querySelector("input[name=slot]:checked");
      if (!radio) { chosen.hidden = true; return; }
      var day = radio.closest(".slot-day").querySelector("legend").textContent;
      var time = form.querySelector("label[for='" + radio.id + "']").textContent;
      chosen.textContent = chosen.dataset.label + " " + day + ", " + time;
      chosen.hidden = false;
    };
    form.addEventListener("change", show);
    show();
  });
});
