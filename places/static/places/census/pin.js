/* The census form's pin: a small Leaflet map where the proposer moves a marker onto the
   place, which fills the hidden latitude and longitude fields. Without JavaScript (or
   Leaflet) the map stays hidden and the address alone is sent: the hub places it. */
(function () {
  "use strict";

  var OCCITANIE = [43.7, 2.2];
  var ZOOM_REGION = 7;
  var ZOOM_PLACE = 16;

  function round(value) {
    return Math.round(value * 100000) / 100000;
  }

  function start(box) {
    if (typeof window.L === "undefined") {
      return;
    }
    var form = box.closest("form");
    var latitude = form.querySelector("[name=latitude]");
    var longitude = form.querySelector("[name=longitude]");
    var position = box.querySelector("[data-census-pin-position]");
    var fallback = form.querySelector("[data-census-pin-fallback]");
    box.hidden = false;
    if (fallback) {
      fallback.hidden = true;
    }

    var known = latitude.value !== "" && longitude.value !== "";
    var centre = known ? [parseFloat(latitude.value), parseFloat(longitude.value)] : OCCITANIE;
    var map = L.map(box.querySelector(".census-pin__map"), {
      center: centre,
      zoom: known ? ZOOM_PLACE : ZOOM_REGION,
    });
    window.RhinoccLeaflet.addTiles(map, box);
    var marker = L.marker(centre, {
      icon: window.RhinoccLeaflet.markerIcon(box),
      draggable: true,
      // In French, not Leaflet's « Marker ».
      alt: position.dataset.label,
      title: position.dataset.label,
    }).addTo(map);

    function show() {
      if (latitude.value === "") {
        position.textContent = position.dataset.empty;
      } else {
        position.textContent =
          position.dataset.label + " " + latitude.value + ", " + longitude.value;
      }
    }

    function place(latlng) {
      marker.setLatLng(latlng);
      latitude.value = round(latlng.lat);
      longitude.value = round(latlng.lng);
      show();
    }

    marker.on("dragend", function () {
      place(marker.getLatLng());
    });
    map.on("click", function (event) {
      place(event.latlng);
    });
    box.querySelector("[data-census-pin-centre]").addEventListener("click", function () {
      place(map.getCenter());
    });
    show();
  }

  document.querySelectorAll("[data-census-pin]").forEach(start);
})();
