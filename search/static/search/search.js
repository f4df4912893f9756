// Autocomplete under the search box: titles that begin like what is typed; filters
// folded on narrow screens and applied as soon as they change.
// The form works without this script; it only adds a list of suggestions
// (ARIA 1.2 combobox pattern: arrows to move, Enter to open, Escape to close).
(function () {
  "use strict";

  const DELAY_MS = 200;
  const MIN_LENGTH = 2;

  function setUp(container) {
    const input = container.querySelector("input[type=search]");
    const url = container.dataset.autocompleteUrl;
    if (!input || !url) {
      return;
    }
    const list = document.createElement("ul");
    const status = document.createElement("p");
    let items = [];
    let active = -1;
    let timer = null;
    let controller = null;

    list.id = input.id + "-suggestions";
    list.className = "autocomplete";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Suggestions");
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    container.append(list, status);

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      active = index;
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].id);
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function show(results) {
      list.replaceChildren();
      items = results.map(function (result, position) {
        const item = document.createElement("li");
        const link = document.createElement("a");
        item.id = list.id + "-" + position;
        item.setAttribute("role", "option");
        link.href = result.url;
        link.textContent = result.title;
        link.tabIndex = -1;
        item.append(link);
        list.append(item);
        return item;
      });
      status.textContent = results.length
        ? results.length + " suggestion" + (results.length > 1 ? "s" : "") + " : flèches haut et bas pour les parcourir."
        : "";
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(-1);
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      const text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        show([]);
        return;
      }
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(url + "?q=" + encodeURIComponent(text), {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          // Themes and competencies named so come first, as filters of the search.
          show((data.filters || []).concat(data.results || []));
        })
        .catch(function () {
          // Aborted or offline: the plain search still works.
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active <= 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Escape") {
        close();
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(items[active].querySelector("a").href);
      }
    });
    input.addEventListener("blur", function () {
      // Leave time for a click on a suggestion.
      setTimeout(close, 200);
    });
  }

  document.querySelectorAll("[data-autocomplete-url]").forEach(setUp);

  // On a phone the filters would push the results a few screens down: fold them.
  if (window.matchMedia("(max-width: 60rem)").matches) {
    document.querySelectorAll("[data-collapsible-filters]").forEach(function (filters) {
      filters.open = false;
    });
  }

  document.querySelectorAll("form[data-search-form]").forEach(applyFiltersOnChange);

  // A ticked facet or a new sort order applies at once: the page for the new
  // address is fetched and its filters and results replace these, in place, so
  // that the reader keeps their focus and their place on the page; the count of
  // results is read out by a live region. Without this script, the form's apply
  // button (kept in view by the CSS) does the same with a page load.
  function applyFiltersOnChange(form) {
    const announcer = document.createElement("p");
    let controller = null;
    announcer.className = "visually-hidden";
    announcer.setAttribute("aria-live", "polite");
    announcer.setAttribute("aria-atomic", "true");
    announcer.dataset.searchAnnouncer = "";
    form.after(announcer);
    hideApplyButtons(form);

    form.addEventListener("change", function (event) {
      const control = event.target;
      if (!control.matches(".search-layout__filters input, .search-sort select")) {
        return;
      }
      const params = new URLSearchParams(new FormData(form));
      show(form.action.split("?")[0] + "?" + params.toString(), control, true);
    });
    window.addEventListener("popstate", function () {
      show(window.location.href, null, false);
    });

    function show(url, control, remember) {
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      fetch(url, { signal: controller.signal, headers: { Accept: "text/html" } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.text();
        })
        .then(function (html) {
          const fresh = new DOMParser().parseFromString(html, "text/html");
          const freshForm = fresh.querySelector("form[data-search-form]");
          if (!freshForm) {
            throw new Error("no search form");
          }
          swap(freshForm, control);
          document.title = fresh.title;
          if (remember) {
            window.history.pushState(null, "", url);
          }
          const summary = form.querySelector(".search-summary");
          announcer.textContent = summary ? summary.textContent.replace(/\s+/g, " ").trim() : "";
        })
        .catch(function (error) {
          if (error.name !== "AbortError") {
            // Offline or refused: let the browser load the page itself.
            window.location.assign(url);
          }
        });
    }

    // Replaces the filters and results (everything after the search box), keeping
    // which folds are open, the focused control and where it stands on the screen.
    function swap(freshForm, control) {
      const key = control ? controlKey(control) : null;
      const top = control ? control.getBoundingClientRect().top : 0;
      const openFolds = new Map();
      form.querySelectorAll("details").forEach(function (fold) {
        openFolds.set(foldKey(fold), fold.open);
      });
      const searchBox = form.querySelector(".search-form--page");
      Array.from(form.children).forEach(function (child) {
        if (child !== searchBox) {
          child.remove();
        }
      });
      Array.from(freshForm.children).forEach(function (child) {
        if (!child.matches(".search-form--page")) {
          form.append(document.adoptNode(child));
        }
      });
      form.querySelectorAll("details").forEach(function (fold) {
        if (openFolds.has(foldKey(fold))) {
          fold.open = openFolds.get(foldKey(fold));
        }
      });
      // The live region speaks for the page: the summary's own status would repeat it.
      form.querySelectorAll(".search-summary[role=status]").forEach(function (summary) {
        summary.removeAttribute("role");
      });
      hideApplyButtons(form);
      const again = key ? findControl(key) : null;
      if (again) {
        again.closest("details:not([open])")?.setAttribute("open", "");
        again.focus({ preventScroll: true });
        window.scrollBy(0, again.getBoundingClientRect().top - top);
      }
    }

    // The filters' fold by its id, a facet's "other choices" by the facet's legend.
    function foldKey(fold) {
      const legend = fold.closest("fieldset")?.querySelector("legend");
      return fold.id || (legend ? legend.textContent.trim() : "");
    }

    function controlKey(control) {
      return { name: control.name, value: control.type === "checkbox" ? control.value : null };
    }

    function findControl(key) {
      return Array.from(form.elements).find(function (element) {
        return element.name === key.name && (key.value === null || element.value === key.value);
      });
    }
  }

  // Every change applies by itself: the buttons that apply filters or sort go.
  function hideApplyButtons(form) {
    form.querySelectorAll(".facets__apply, .search-sort button").forEach(function (button) {
      button.hidden = true;
    });
  }
})();
