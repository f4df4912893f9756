// Drag and drop in a collection its curator sees: the new order is posted to the same
// endpoint as without JavaScript (the "Up" / "Down" buttons stay for the keyboard).
(function () {
  "use strict";
  const list = document.querySelector("[data-reorder-url]");
  const form = document.querySelector("[data-reorder-form]");
  if (!list || !form) return;
  const token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  let dragged = null;

  for (const item of list.querySelectorAll(".collection-item")) {
    item.draggable = true;
    item.addEventListener("dragstart", (event) => {
      dragged = item;
      item.classList.add("is-dragged");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", item.dataset.item);
    });
    item.addEventListener("dragend", () => {
      item.classList.remove("is-dragged");
      dragged = null;
    });
    item.addEventListener("dragover", (event) => {
      if (!dragged || dragged === item) return;
      event.preventDefault();
      const box = item.getBoundingClientRect();
      const after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? item.nextSibling : item);
    });
    item.addEventListener("drop", (event) => {
      event.preventDefault();
      save();
    });
  }

  function save() {
    const body = new FormData();
    body.append("csrfmiddlewaretoken", token);
    for (const item of list.querySelectorAll(".collection-item")) {
      body.append("item", item.dataset.item);
    }
    fetch(list.dataset.reorderUrl, {
      method: "POST",
      body: body,
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    }).then((response) => {
      if (!response.ok) window.location.reload();
    });
  }
})();
