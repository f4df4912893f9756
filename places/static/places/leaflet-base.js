/* What the map of places and the census form's pin share: the background tiles and the
   marker's icon, both read from the map element's data-* attributes ({% leaflet_attributes %}).
   Called once Leaflet (window.L) is there. */
(function () {
  "use strict";

  window.RhinoccLeaflet = {
    // No tiles when the tile URL is empty (the tests): a blank background, no request.
    addTiles: function (map, element) {
      if (element.dataset.tileUrl) {
        L.tileLayer(element.dataset.tileUrl, {
          attribution: element.dataset.tileAttribution,
          maxZoom: 19,
        }).addTo(map);
      }
    },
    markerIcon: function (element) {
      return L.icon({
        iconUrl: element.dataset.icon,
        iconRetinaUrl: element.dataset.iconRetina,
        shadowUrl: element.dataset.iconShadow,
        iconSize: [25, 41],
        iconAnchor: [12, 41],
        popupAnchor: [1, -34],
        shadowSize: [41, 41],
      });
    },
  };
})();
