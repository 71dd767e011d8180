/* blog-maven-plugin: searches titles, tags, categories and the words of every post, from search.json. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form) { return; }
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var index = null;
  var timer = null;

  function load() {
    if (!index) {
      index = fetch(form.getAttribute('data-index')).then(function (r) {
        if (!r.ok) { throw new Error('search index: HTTP ' + r.status); }
        return r.json();
      }).then(function (posts) {
        return posts.map(function (p) {
          return {
            post: p,
            title: p.title.toLowerCase(),
            terms: p.tags.concat(p.categories).join(' ').toLowerCase(),
            text: (p.description + ' ' + p.words).toLowerCase()
          };
        });
      });
    }
    return index;
  }

  function words(query) {
    return query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  // every word must occur somewhere; title hits weigh most, then tags, then text
  function score(entry, ws) {
    var total = 0;
    for (var i = 0; i < ws.length; i++) {
      var w = ws[i];
      var s = (entry.title.indexOf(w) >= 0 ? 10 : 0) + (entry.terms.indexOf(w) >= 0 ? 5 : 0)
        + (entry.text.indexOf(w) >= 0 ? 1 : 0);
      if (s === 0) { return 0; }
      total += s;
    }
    return total;
  }

  function show(results, query) {
    list.textContent = '';
    results.slice(0, 50).forEach(function (r) {
      var li = document.createElement('li');
      li.className = 'search-result';
      var h = document.createElement('h2');
      h.className = 'search-result__title';
      var a = document.createElement('a');
      a.href = r.post.url;
      a.textContent = r.post.title;
      h.appendChild(a);
      var meta = document.createElement('p');
      meta.className = 'search-result__meta';
      meta.textContent = r.post.date + (r.post.tags.length ? ' · #' + r.post.tags.join(' #') : '');
      var p = document.createElement('p');
      p.className = 'search-result__text';
      p.textContent = r.post.description;
      li.appendChild(h);
      li.appendChild(meta);
      li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = results.length === 0 ? 'No posts match “' + query + '”.'
      : results.length + (results.length === 1 ? ' post matches' : ' posts match') + ' “' + query + '”.';
  }

  function run(query) {
    var ws = words(query);
    if (ws.length === 0) {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    load().then(function (entries) {
      var results = [];
      entries.forEach(function (e) {
        var s = score(e, ws);
        if (s > 0) { results.push({ post: e.post, score: s }); }
      });
      results.sort(function (a, b) { return b.score - a.score; });
      show(results, query.trim());
    }).catch(function (err) {
      status.textContent = 'Search is not available right now (' + err.message + ').';
    });
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    history.replaceState(null, '', '?q=' + encodeURIComponent(q));
    run(q);
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(input.value); }, 150);
  });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}());
