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
        if (!r.ok) throw new Error(j.error || ("HTTP " + r.status));
        return j;
      });
    });
  }

  function setStatus(node, text, kind) {
    node.textContent = text;
    node.className = "status" + (kind ? " " + kind : "");
  }

  function kindOf(kinds) {
    return kinds.length > 1 ? "both" : (kinds[0] || "quantitative");
  }
  var KIND_LABEL = { quantitative: "number", attributed: "attributed", both: "number + attributed" };

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
      li.appendChild(ul);
    }
    return li;
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
      var read = file ? file.text() : Promise.resolve(document.getElementById("text").value);
      button.disabled = true;
      setStatus(status, "Analysing…");
      read.then(function (text) {
        if (!text.trim()) throw new Error("paste an article or choose a file first");
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

  // --- one article: summary, highlighted text, claim list -----------------------------------
  function articlePage() {
    var art = data.article, report = art.report, text = art.text;
    var byId = {};
    report.claims.forEach(function (c) { byId[c.id] = c; });
    document.getElementById("article-meta").textContent = [art.date, art.section,
      report.claims.length + " claims"].filter(Boolean).join(" · ");
    renderSummary(report, text);
    renderText(report, text);
    var reviewer = document.getElementById("reviewer");
    reviewer.value = localStorage.getItem("factkit.reviewer") || "";
    reviewer.addEventListener("change", function () {
      localStorage.setItem("factkit.reviewer", reviewer.value.trim());
    });
    document.querySelectorAll("#exports a").forEach(function (a) {
      a.href = "/api/articles/" + encodeURIComponent(art.id) + "/checklist." + a.dataset.fmt;
    });
    var list = document.getElementById("claims");
    var saveStatus = document.getElementById("save-status");
    var items = [];
    art.review.forEach(function (r) {
      var c = byId[r.claim_id];
      if (c) { var li = claimItem(c, r); items.push(li); list.appendChild(li); }
    });
    if (!items.length) list.appendChild(el("li", { cls: "muted", text: "No checkable claims found." }));
    progress();

    function progress() {
      var done = art.review.filter(function (r) { return r.status === "checked"; }).length;
      document.getElementById("progress").textContent = done + " of " + art.review.length + " checked";
    }

    function save(r, changes, li) {
      var mark = li.querySelector(".saved");
      var who = reviewer.value.trim();
      if (who) changes.reviewer = who;
      mark.textContent = "saving…";
      mark.className = "saved";
      return api("PATCH", "/api/claims/" + r.id, changes).then(function (updated) {
        Object.assign(r, updated);
        mark.textContent = "saved";
        setStatus(saveStatus, "");
        paint(li, r);
        progress();
      }).catch(function (err) {
        mark.textContent = "not saved";
        mark.className = "saved error";
        setStatus(saveStatus, "Not saved: " + err.message, "error");
      });
    }

    function paint(li, r) {
      var done = r.status === "checked";
      li.classList.toggle("done", done);
      li.querySelector("input[type=checkbox]").checked = done;
      document.querySelectorAll('[data-claim="' + CSS.escape(r.claim_id) + '"]').forEach(function (n) {
        if (n.classList.contains("claim")) n.classList.toggle("done", done);
      });
    }

    function claimItem(c, r) {
      var kind = kindOf(c.kinds);
      var box = el("input", { type: "checkbox", "aria-label": "checked" });
      var li = el("li", { cls: "item kind-" + kind, "data-id": String(r.id), "data-claim": c.id, tabindex: "-1" });
      var body = el("div", { cls: "item-body" });
      var go = el("a", { cls: "goto", href: "#claim-" + c.id, "data-claim": c.id }, [
        el("span", { cls: "badge k-" + kind, text: KIND_LABEL[kind] }),
        el("span", { cls: "score", text: "score " + c.score.toFixed(2) }),
        el("span", { cls: "ctext", text: c.text.split(/\s+/).join(" ") })
      ]);
      body.appendChild(go);
      var dl = el("dl", {});
      c.attributions.forEach(function (a) {
        dl.appendChild(el("dt", { text: "Speaker" }));
        dl.appendChild(el("dd", { cls: "spk-l", text: (a.speaker_resolved || a.speaker || "(unnamed source)") +
          " · “" + a.cue + "” · " + (a.direct ? "direct quote" : "indirect") }));
      });
      if (c.quantities.length) {
        dl.appendChild(el("dt", { text: "Numbers" }));
        dl.appendChild(el("dd", { text: c.quantities.map(function (q) { return q.text; }).join("; ") }));
      }
      if (c.times.length) {
        dl.appendChild(el("dt", { text: "Dates" }));
        dl.appendChild(el("dd", { text: c.times.map(function (t) {
          return t.resolved ? t.text + " (" + t.resolved + ")" : t.text; }).join("; ") }));
      }
      dl.appendChild(el("dt", { text: "Ask" }));
      dl.appendChild(el("dd", { cls: "question", text: c.question }));
      body.appendChild(dl);
      var rating = el("select", { "aria-label": "rating", cls: "rating" }, [
        el("option", { value: "", text: "rating…" }),
        el("option", { value: "true", text: "true" }),
        el("option", { value: "false", text: "false" }),
        el("option", { value: "misleading", text: "misleading" }),
        el("option", { value: "unverifiable", text: "unverifiable" })
      ]);
      rating.value = r.rating || "";
      var note = el("textarea", { "aria-label": "note", placeholder: "note", maxlength: "10000" });
      note.value = r.note || "";
      body.appendChild(el("div", { cls: "review" }, [rating, el("span", { cls: "saved",
        text: r.updated_at ? "saved" : "" }), note]));
      li.appendChild(box);
      li.appendChild(body);
      box.addEventListener("change", function () {
        save(r, { status: box.checked ? "checked" : "open" }, li);
      });
      rating.addEventListener("change", function () {
        save(r, { rating: rating.value || null }, li);
      });
      note.addEventListener("change", function () { save(r, { note: note.value }, li); });
      go.addEventListener("click", function (ev) {
        ev.preventDefault();
        focusItem(items.indexOf(li));
        var target = document.getElementById("claim-" + c.id);
        if (target) {
          target.scrollIntoView({ block: "center" });
          target.classList.remove("flash");
          void target.offsetWidth;
          target.classList.add("flash");
        }
      });
      li._review = r;
      paint(li, r);
      return li;
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
        sel.value = ["true", "false", "misleading", "unverifiable"][Number(ev.key) - 1];
        sel.dispatchEvent(new Event("change"));
        ev.preventDefault();
      }
    });
  }

  function renderSummary(report, text) {
    if (!report.summary) return;
    var card = document.getElementById("summary-card");
    card.hidden = false;
    var s = report.summary;
    document.getElementById("summary-meta").textContent = s.method + ", " + s.model;
    var verdicts = {};
    ((report.verification || {}).sentences || []).forEach(function (v) { verdicts[v.index] = v; });
    var ol = document.getElementById("summary");
    var bad = 0;
    s.sentences.forEach(function (p, i) {
      var v = verdicts[i];
      var sentence = p.start !== null && p.end !== null ? text.slice(p.start, p.end) : (v ? v.text : s.text);
      var li = el("li", { cls: "vs" + (v ? (v.verdict === "supported" ? " ok" : " bad") : "") }, [
        el("span", { cls: "vtext", text: sentence.split(/\s+/).join(" ") })
      ]);
      if (v) {
        li.appendChild(document.createTextNode(" "));
        li.appendChild(el("span", { cls: "verdict " + (v.verdict === "supported" ? "ok" : "bad"),
          text: v.verdict === "supported" ? "✓" : "⚠" , title: v.verdict }));
        if (v.verdict !== "supported") {
          bad += 1;
          var ul = el("ul", { cls: "reasons" });
          v.reasons.forEach(function (r) { ul.appendChild(el("li", { text: r.detail || r.type })); });
          li.appendChild(ul);
        }
      }
      ol.appendChild(li);
    });
    var vs = document.getElementById("vstatus");
    if (report.verification) {
      vs.textContent = bad ? bad + " summary sentence(s) not supported by the article" :
        "Every summary sentence is supported by the article";
      vs.className = "vstatus " + (bad ? "bad" : "ok");
    } else {
      vs.textContent = "Extractive summary: sentences taken from the article.";
      vs.className = "vstatus muted";
    }
  }

  function renderText(report, text) {
    var box = document.getElementById("article-text");
    var claims = report.claims.slice().sort(function (a, b) { return a.start - b.start; });
    var pos = 0;
    claims.forEach(function (c) {
      if (c.start < pos || c.end > text.length) return;
      box.appendChild(document.createTextNode(text.slice(pos, c.start)));
      var kind = kindOf(c.kinds);
      var span = el("span", { cls: "claim k-" + kind, id: "claim-" + c.id, "data-claim": c.id, tabindex: "-1" });
      inner(span, c, text);
      box.appendChild(span);
      pos = c.end;
    });
    box.appendChild(document.createTextNode(text.slice(pos)));
  }

  function inner(span, c, text) {
    // numbers, speakers and dates inside a claim; overlapping marks keep the first
    var marks = [];
    c.quantities.forEach(function (q) { marks.push([q.start, q.end, "qty"]); });
    c.attributions.forEach(function (a) {
      if (a.speaker_start !== null && a.speaker_end !== null) marks.push([a.speaker_start, a.speaker_end, "spk"]);
    });
    c.times.forEach(function (t) { marks.push([t.start, t.end, "time"]); });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pos = c.start;
    marks.forEach(function (m) {
      if (m[0] < pos || m[1] > c.end) return;
      span.appendChild(document.createTextNode(text.slice(pos, m[0])));
      span.appendChild(el("span", { cls: m[2], text: text.slice(m[0], m[1]) }));
      pos = m[1];
    });
    span.appendChild(document.createTextNode(text.slice(pos, c.end)));
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
