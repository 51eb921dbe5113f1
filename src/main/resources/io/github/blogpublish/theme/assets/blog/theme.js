/* The built-in theme of blog-maven-plugin: search, copy buttons, heading links and the light/dark switch.
   No library and no other host; it works from file:// as under a base URL. */
(function () {
  'use strict';
  var meta = function (name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute('content') : '';
  };
  var local = location.protocol === 'file:';
  var root = meta('blog-root') || './';
  var base = meta('blog-base') || '';
  var words = document.getElementById('search');

  /* Text made comparable: case and accents of Latin letters left out, Hangul kept whole. */
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
  }

  /* The initial consonants of Hangul syllables (초성): 회고 is ㅎㄱ; other characters stay. */
  var INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
  function initials(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      out += c >= 0xAC00 && c <= 0xD7A3 ? INITIALS.charAt(Math.floor((c - 0xAC00) / 588)) : text.charAt(i);
    }
    return out;
  }
  var ONLY_INITIALS = /^[\u3131-\u314e]+$/;

  var index = null;
  var loading = null;
  function load() {
    if (index || loading) {
      return loading;
    }
    loading = new Promise(function (done) {
      var keep = function (entries) {
        index = entries.map(function (e) {
          var title = fold(e.title);
          var tags = (e.tags || []).map(fold).join(' ');
          return { entry: e, text: title + ' ' + tags + ' ' + fold(e.text || ''), initials: initials(title + ' ' + tags) };
        });
        done();
      };
      if (local) {
        /* A page opened from disk may not fetch: the index also comes as a script. */
        window.blogSearchIndex = keep;
        var script = document.createElement('script');
        script.src = root + 'search.js';
        script.onerror = function () { keep([]); };
        document.head.appendChild(script);
      } else {
        fetch(base + '/search.json').then(function (r) { return r.json(); }).then(keep, function () { keep([]); });
      }
    });
    return loading;
  }

  function find(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length || !index) {
      return [];
    }
    return index.filter(function (item) {
      return terms.every(function (term) {
        return item.text.indexOf(term) >= 0 || ONLY_INITIALS.test(term) && item.initials.indexOf(term) >= 0;
      });
    }).slice(0, 10).map(function (item) { return item.entry; });
  }

  /* A result's address: under the base URL, or from disk relative to this page. */
  function href(url) {
    if (!local) {
      return url;
    }
    var path = url.indexOf(base) === 0 ? url.substring(base.length) : url;
    path = path.replace(/^\//, '');
    return root + (path === '' || /\/$/.test(path) ? path + 'index.html' : path);
  }

  if (words) {
    var list = document.getElementById('search-results');
    var active = -1;
    var show = function (results) {
      list.innerHTML = '';
      active = -1;
      words.removeAttribute('aria-activedescendant');
      if (!words.value.trim()) {
        list.hidden = true;
        words.setAttribute('aria-expanded', 'false');
        return;
      }
      if (!results.length) {
        var none = document.createElement('li');
        none.textContent = words.getAttribute('data-no-results');
        list.appendChild(none);
      }
      results.forEach(function (entry, i) {
        var li = document.createElement('li');
        li.id = 'search-result-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        var a = document.createElement('a');
        a.href = href(entry.url);
        a.textContent = entry.title;
        var date = document.createElement('small');
        date.textContent = String(entry.date || '').substring(0, 10);
        a.appendChild(date);
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = false;
      words.setAttribute('aria-expanded', 'true');
    };
    var pick = function (i) {
      var options = list.querySelectorAll('[role=option]');
      if (!options.length) {
        return;
      }
      active = (i + options.length) % options.length;
      options.forEach(function (o, k) { o.setAttribute('aria-selected', String(k === active)); });
      words.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    };
    var timer = null;
    words.addEventListener('focus', load);
    words.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        load().then(function () { show(find(words.value)); });
      }, 60);
    });
    words.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        pick(active + (e.key === 'ArrowDown' ? 1 : -1));
      } else if (e.key === 'Enter') {
        var chosen = list.querySelectorAll('[role=option] a')[active < 0 ? 0 : active];
        if (chosen) {
          e.preventDefault();
          location.href = chosen.href;
        }
      } else if (e.key === 'Escape') {
        words.value = '';
        show([]);
      }
    });
    document.addEventListener('keydown', function (e) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName) || document.activeElement.isContentEditable;
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        words.focus();
      }
    });
    window.blogSearch = { load: load, find: find };
  }

  /* A copy button on every code block. */
  var copyWord = document.documentElement.lang === 'ko' ? ['복사', '복사됨'] : ['Copy', 'Copied'];
  document.querySelectorAll('main pre').forEach(function (pre) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.textContent = copyWord[0];
    button.addEventListener('click', function () {
      var code = pre.querySelector('code') || pre;
      var text = code.innerText;
      var copied = function () {
        button.textContent = copyWord[1];
        setTimeout(function () { button.textContent = copyWord[0]; }, 1500);
      };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(text).then(copied, function () {});
      }
    });
    pre.appendChild(button);
  });

  /* A table or code block wider than the page scrolls sideways: the keyboard can reach it to scroll it. */
  var scrollers = document.querySelectorAll('main table, main pre');
  var reachable = function () {
    scrollers.forEach(function (box) {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
      } else {
        box.removeAttribute('tabindex');
      }
    });
  };
  reachable();
  addEventListener('resize', reachable);

  /* A link to each section, beside its heading. */
  var linkWord = document.documentElement.lang === 'ko' ? '이 절로 가는 링크' : 'Link to this section';
  document.querySelectorAll('.post-body :is(h1, h2, h3, h4, h5, h6)[id]').forEach(function (h) {
    var a = document.createElement('a');
    a.className = 'anchor';
    a.href = '#' + h.id;
    a.setAttribute('aria-label', linkWord);
    a.textContent = '#';
    h.insertBefore(a, h.firstChild);
  });

  /* Light or dark: the reader's choice is kept; until there is one, the system's. */
  var toggle = document.querySelector('.theme-toggle');
  if (toggle) {
    toggle.addEventListener('click', function () {
      var now = document.documentElement.getAttribute('data-theme')
        || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
      var next = now === 'dark' ? 'light' : 'dark';
      document.documentElement.setAttribute('data-theme', next);
      try {
        localStorage.setItem('blog-theme', next);
      } catch (e) { /* a private window keeps nothing */ }
    });
  }
})();
