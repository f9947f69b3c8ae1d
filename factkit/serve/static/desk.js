/* factkit desk. Every piece of article text reaches the page through textContent, never HTML. */
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("desk-data").textContent);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "cls") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function api(method, url, body) {
    var init = { method: method, credentials: "same-origin", headers: {} };
    if (body !== undefined) {
      init.headers["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) {
          var err = new Error(j.error || ("HTTP " + r.status));
          err.status = r.status;
          err.body = j;
          throw err;
        }
        return j;
      });
    });
  }

  function setStatus(node, text, kind) {
    node.textContent = text;
    node.className = "status" + (kind ? " " + kind : "");
  }

  function articleLink(a) {
    var li = el("li", {}, [
      el("a", { href: "/articles/" + encodeURIComponent(a.id), text: a.title || a.lead || a.id }),
      " ",
      el("span", { cls: "score", text: [a.date || a.created_at.slice(0, 10),
        a.n_checked + "/" + a.n_claims + " checked", a.origin === "batch" ? "batch" : ""]
        .filter(Boolean).join(" · ") })
    ]);
    if (a.matches && a.matches.length) {
      var ul = el("ul", {});
      a.matches.forEach(function (c) {
        var bits = [c.status === "checked" ? "✓ " : "", c.text];
        var item = el("li", { cls: "ctext" }, bits);
        if (c.rating) item.appendChild(el("span", { cls: "tag rating-" + c.rating, text: c.rating }));
        if (c.speakers.length) item.appendChild(el("span", { cls: "tag", text: c.speakers.join(", ") }));
        ul.appendChild(item);
      });
      if (a.more_matches) {
        ul.appendChild(el("li", { cls: "more" }, [el("a", {
          href: "/articles/" + encodeURIComponent(a.id),
          text: "+" + a.more_matches + " more in this article" })]));
      }
      li.appendChild(ul);
    }
    return li;
  }

  // The offset of the first byte that does not start a UTF-8 sequence, for the message only
  // (TextDecoder decides, and says no more than that it failed).
  function badByte(b) {
    for (var i = 0; i < b.length;) {
      var c = b[i];
      var n = c < 0x80 ? 0 : c >= 0xC2 && c < 0xE0 ? 1 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xF0 && c < 0xF5 ? 3 : -1;
      for (var k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xC0) !== 0x80) n = -1;
      if (n < 0) return i;
      i += n + 1;
    }
    return 0;
  }

  // A chosen file, read as the command line reads one: UTF-8 (BOM or not) or UTF-16 with a
  // BOM. Blob.text() turned other bytes into U+FFFD without a word, and a UTF-16 file into NULs.
  function readFile(file) {
    return file.arrayBuffer().then(function (buf) {
      var b = new Uint8Array(buf);
      var enc = b[0] === 0xFF && b[1] === 0xFE ? "utf-16le" : b[0] === 0xFE && b[1] === 0xFF ? "utf-16be" : "utf-8";
      try {
        return new TextDecoder(enc, { fatal: true }).decode(b);
      } catch (e) {
        var at = enc === "utf-8" ? badByte(b) : -1;
        var where = at >= 0 ? " (byte 0x" + ("0" + b[at].toString(16)).slice(-2) + " at offset " + at + ")" : "";
        throw new Error(file.name + ": not valid " + enc.toUpperCase() + where + "; save it as UTF-8");
      }
    });
  }

  // --- new article ------------------------------------------------------------------------
  function deskPage() {
    var form = document.getElementById("analyze-form");
    var status = document.getElementById("status");
    var button = document.getElementById("analyze");
    var recent = document.getElementById("recent");
    (data.recent || []).forEach(function (a) { recent.appendChild(articleLink(a)); });
    if (!recent.children.length) recent.appendChild(el("li", { cls: "muted", text: "Nothing saved yet." }));
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var file = document.getElementById("file").files[0];
      button.disabled = true;
      setStatus(status, "Analysing…");
      var read = file ? readFile(file) : Promise.resolve(document.getElementById("text").value);
      read.then(function (text) {
        // a chosen file that is empty (0 bytes, or blank) is named, not "choose a file first"
        if (!text.trim()) throw new Error(file ? file.name + ": the file is empty: no text to process" : "paste an article or choose a file first");
        var body = { text: text };
        var title = document.getElementById("title").value.trim();
        var date = document.getElementById("date").value;
        if (title) body.title = title;
        if (date) body.date = date;
        if (file) body.filename = file.name;
        return api("POST", "/api/articles", body);
      }).then(function (saved) {
        setStatus(status, "Saved; opening…", "ok");
        window.location.assign("/articles/" + encodeURIComponent(saved.id));
      }).catch(function (err) {
        setStatus(status, err.message, "error");
        button.disabled = false;
      });
    });
  }

  // --- one article: the report's markup (server-rendered), with review state saved as you go ---
  function articlePage() {
    var art = data.article;
    var byClaim = {};
    art.review.forEach(function (r) { byClaim[r.claim_id] = r; });
    var reviewer = document.getElementById("reviewer");
    reviewer.value = localStorage.getItem("factkit.reviewer") || "";
    reviewer.addEventListener("change", function () {
      localStorage.setItem("factkit.reviewer", reviewer.value.trim());
    });
    var saveStatus = document.getElementById("save-status");
    // report.js (loaded after this script) keeps the done classes and the count in step
    var items = Array.prototype.filter.call(document.querySelectorAll("ol.claims li.item"),
      function (li) { return byClaim[li.dataset.claim] !== undefined; });
    // the page holds the review controls once; each reviewed claim gets a copy, with its state
    var controls = document.getElementById("review-controls").content.firstElementChild;
    items.forEach(function (li) {
      var r = byClaim[li.dataset.claim];
      var review = controls.cloneNode(true);
      review.dataset.review = r.id;
      li.querySelector(".item-body").appendChild(review);
      review.querySelector("select.rating").value = r.rating || "";
      review.querySelector("textarea").value = r.note || "";
      review.querySelector(".saved").textContent = r.updated_at ? "saved" : "";
      wire(li, r);
    });

    function save(r, changes, li) {
      var mark = li.querySelector(".saved");
      // what this tab last saw of each changed field: the server refuses the save (409) when
      // another tab or editor saved the claim since, instead of silently undoing their work
      var seen = {};
      Object.keys(changes).forEach(function (k) { seen[k] = r[k]; });
      changes.if_unchanged = seen;
      var who = reviewer.value.trim();
      if (who) changes.reviewer = who;
      mark.textContent = "saving…";
      mark.className = "saved";
      return api("PATCH", "/api/claims/" + r.id, changes).then(function (updated) {
        Object.assign(r, updated);
        mark.textContent = "saved";
        setStatus(saveStatus, "");
      }).catch(function (err) {
        if (err.status === 409 && err.body && err.body.claim) {
          Object.assign(r, err.body.claim);
          show(li, r);
          mark.textContent = "changed elsewhere";
        } else {
          mark.textContent = "not saved";
        }
        mark.className = "saved error";
        setStatus(saveStatus, "Not saved: " + err.message, "error");
      });
    }

    function show(li, r) {
      // the claim's stored review in its controls; the change event lets report.js recount
      // (the handlers below save only what differs from r, so this saves nothing)
      var box = li.querySelector("input[type=checkbox]");
      box.checked = r.status === "checked";
      box.dispatchEvent(new Event("change"));
      li.querySelector("select.rating").value = r.rating || "";
      li.querySelector(".review textarea").value = r.note || "";
    }

    function wire(li, r) {
      var box = li.querySelector("input[type=checkbox]");
      var rating = li.querySelector("select.rating");
      var note = li.querySelector(".review textarea");
      box.checked = r.status === "checked";
      box.addEventListener("change", function () {
        var status = box.checked ? "checked" : "open";
        if (status !== r.status) save(r, { status: status }, li);
      });
      rating.addEventListener("change", function () {
        save(r, { rating: rating.value || null }, li);
      });
      note.addEventListener("change", function () { save(r, { note: note.value }, li); });
      li.querySelector("a.goto").addEventListener("click", function () {
        focusItem(items.indexOf(li));  // report.js scrolls to the claim and flashes it
      });
    }

    function keepInView(item) {
      // scroll the claim list (a scroll box beside the article) without moving the page
      var box = item.closest("aside");
      if (!box || box.scrollHeight <= box.clientHeight) { item.scrollIntoView({ block: "nearest" }); return; }
      var r = item.getBoundingClientRect(), b = box.getBoundingClientRect();
      if (r.top < b.top) box.scrollTop -= b.top - r.top;
      else if (r.bottom > b.bottom) box.scrollTop += Math.min(r.bottom - b.bottom, r.top - b.top);
    }

    var current = -1;
    function focusItem(i) {
      if (!items.length) return;
      i = Math.max(0, Math.min(items.length - 1, i));
      if (items[current]) items[current].classList.remove("current");
      current = i;
      items[i].classList.add("current");
      keepInView(items[i]);
    }
    document.addEventListener("keydown", function (ev) {
      var t = ev.target;
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (t && (t.tagName === "INPUT" && t.type !== "checkbox" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) return;
      if (ev.key === "j") { focusItem(current + 1); ev.preventDefault(); }
      else if (ev.key === "k") { focusItem(current - 1); ev.preventDefault(); }
      else if (ev.key === "x" && items[current]) {
        var box = items[current].querySelector("input[type=checkbox]");
        box.checked = !box.checked;
        box.dispatchEvent(new Event("change"));
        ev.preventDefault();
      } else if ("1234".indexOf(ev.key) >= 0 && ev.key && items[current]) {
        var sel = items[current].querySelector("select.rating");
        sel.value = sel.options[Number(ev.key)].value;  // after "rating…": the page's ratings in order
        sel.dispatchEvent(new Event("change"));
        ev.preventDefault();
      }
    });
  }

  // --- archive search ---------------------------------------------------------------------
  function searchPage() {
    var form = document.getElementById("search-form");
    var status = document.getElementById("status");
    var results = document.getElementById("results");
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (f) {
      if (f.name && params.has(f.name)) f.value = params.get(f.name);
    });
    function run() {
      var q = new URLSearchParams();
      Array.prototype.forEach.call(form.elements, function (f) {
        if (f.name && f.value) q.set(f.name, f.value);
      });
      history.replaceState(null, "", "/search?" + q.toString());
      setStatus(status, "Searching…");
      api("GET", "/api/articles?" + q.toString()).then(function (res) {
        results.textContent = "";
        res.articles.forEach(function (a) { results.appendChild(articleLink(a)); });
        setStatus(status, res.articles.length + " article(s)");
      }).catch(function (err) { setStatus(status, err.message, "error"); });
    }
    form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
    run();
  }

  // --- API docs from the generated OpenAPI schema -------------------------------------------
  function docsPage() {
    var box = document.getElementById("ops");
    api("GET", "/openapi.json").then(function (spec) {
      Object.keys(spec.paths).forEach(function (path) {
        Object.keys(spec.paths[path]).forEach(function (method) {
          var op = spec.paths[path][method];
          var div = el("div", { cls: "op" }, [
            el("span", { cls: "method", text: method.toUpperCase() }), el("code", { text: path }),
            " ", el("span", { text: op.summary || "" })
          ]);
          var params = (op.parameters || []).map(function (p) { return p.name + " (" + p.in + ")"; });
          var body = op.requestBody && op.requestBody.content["application/json"];
          if (body && body.schema && body.schema.$ref) {
            var name = body.schema.$ref.split("/").pop();
            var schema = spec.components.schemas[name];
            params = params.concat(Object.keys(schema.properties || {}).map(function (k) {
              return k + ((schema.required || []).indexOf(k) >= 0 ? " (required)" : "");
            }));
          }
          if (params.length) div.appendChild(el("div", { cls: "score", text: params.join(", ") }));
          box.appendChild(div);
        });
      });
    }).catch(function (err) { box.textContent = err.message; });
  }

  var page = document.body.dataset.page;
  if (page === "desk") deskPage();
  else if (page === "article") articlePage();
  else if (page === "search") searchPage();
  else if (page === "docs") docsPage();
})();
