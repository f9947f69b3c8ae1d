(function () {
  "use strict";
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  function flash(el) {
    el.classList.remove("flash");
    void el.offsetWidth;  // restart the animation
    el.classList.add("flash");
  }
  function show(id) {
    var el = document.getElementById(id);
    if (!el) { return false; }
    // focusable on demand: a tabindex on every sentence and claim was ~30 bytes each
    if (!el.hasAttribute("tabindex")) { el.setAttribute("tabindex", "-1"); }
    el.scrollIntoView({behavior: reduce ? "auto" : "smooth", block: "center"});
    if (el.focus) { el.focus({preventScroll: true}); }
    flash(el);
    return true;
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a[href^='#']") : null;
    if (!link) { return; }
    var id = decodeURIComponent(link.getAttribute("href").slice(1));
    if (show(id)) {
      ev.preventDefault();
      try { history.replaceState(null, "", "#" + encodeURIComponent(id)); } catch (e) { /* file */ }
    }
  });
  var boxes = document.querySelectorAll("ol.claims input[type=checkbox]");
  var counter = document.getElementById("done-count");
  function refresh() {
    var done = 0;
    boxes.forEach(function (box) {
      var item = box.closest("li");  // the claim's id is on its item only
      var id = item.getAttribute("data-claim");
      var on = box.checked;
      if (on) { done += 1; }
      item.classList.toggle("done", on);
      var el = document.getElementById("claim-" + id);
      if (el) { el.classList.toggle("done", on); }
    });
    if (counter) { counter.textContent = String(done); }
  }
  boxes.forEach(function (box) { box.addEventListener("change", refresh); });
  refresh();
})();
