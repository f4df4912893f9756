// Autocomplete under the search box: titles that begin like what is typed; filters
// folded on narrow screens.
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
          show(data.results || []);
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
})();
