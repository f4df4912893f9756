/* The map of places (/lieux/ and its embed /lieux/carte/), drawn over a page that works
   without it: the list above is the same places. Leaflet and its marker clusters are
   loaded here, on these pages only, from the site's own static files; the markers come
   from /lieux/marqueurs.json with the page's filters. */
(function () {
  "use strict";

  // « Près de chez moi » from the browser's position, when its visitor allows it: rounded
  // to two decimals (about a kilometre), it goes in the form's hidden fields.
  function offerLocation() {
    var button = document.querySelector("[data-locate]");
    var form = document.querySelector("[data-places-filters]");
    if (!button || !form || !navigator.geolocation) {
      return;
    }
    var status = form.querySelector("[data-locate-status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.dataset.searching || "";
      navigator.geolocation.getCurrentPosition(
        function (position) {
          form.elements.lat.value = position.coords.latitude.toFixed(2);
          form.elements.lon.value = position.coords.longitude.toFixed(2);
          form.elements.pres_de.value = "";
          form.submit();
        },
        function () {
          status.textContent = button.dataset.refused || "";
        },
        { maximumAge: 600000, timeout: 15000 }
      );
    });
  }

  offerLocation();

  var canvas = document.querySelector("[data-places-map]");
  if (!canvas || !window.fetch || !document.head.append) {
    return;
  }
  var FRENCH_NUMBER = new Intl.NumberFormat("fr-FR");
  // The whole of Occitanie when there is no place to frame.
  var OCCITANIE = [[42.33, -0.33], [45.05, 4.85]];

  function words(value) {
    return (value || "").split(" ").filter(Boolean);
  }

  function loadStyle(href) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.append(link);
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () {
        reject(new Error(src));
      };
      document.head.append(script);
    });
  }

  function loadScripts(sources) {
    // One after the other: the clusters extend Leaflet.
    return sources.reduce(function (previous, src) {
      return previous.then(function () {
        return loadScript(src);
      });
    }, Promise.resolve());
  }

  function popup(place, placeUrl) {
    var content = document.createElement("div");
    var link = document.createElement("a");
    link.href = placeUrl.replace("{slug}", place[0]);
    link.textContent = place[1];
    var commune = document.createElement("p");
    commune.textContent = place[2];
    content.append(link, commune);
    return content;
  }

  function clusterIcon(cluster) {
    var count = cluster.getChildCount();
    var size = count < 10 ? "small" : count < 100 ? "medium" : "large";
    var label = FRENCH_NUMBER.format(count);
    // Read « 32 lieux » by a screen reader, shown « 32 ».
    var word = count > 1 ? canvas.dataset.manyPlaces : canvas.dataset.onePlace;
    return L.divIcon({
      html:
        "<div><span>" + label + '<span class="visually-hidden"> ' + word + "</span></span></div>",
      className: "marker-cluster marker-cluster-" + size,
      iconSize: L.point(40, 40),
    });
  }

  function draw(data) {
    var map = L.map(canvas, { scrollWheelZoom: false, maxZoom: 19 });
    map.attributionControl.setPrefix(
      '<a href="https://leafletjs.com" hreflang="en">Leaflet</a>'
    );
    window.RhinoccLeaflet.addTiles(map, canvas);
    var icon = window.RhinoccLeaflet.markerIcon(canvas);
    var clusters = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      iconCreateFunction: clusterIcon,
    });
    var markers = data.places.map(function (place) {
      return L.marker([place[3], place[4]], {
        icon: icon,
        title: place[1] + " (" + place[2] + ")",
        alt: place[1],
      }).bindPopup(popup(place, data.place_url));
    });
    clusters.addLayers(markers);
    map.addLayer(clusters);
    if (markers.length) {
      map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 14 });
    } else {
      map.fitBounds(OCCITANIE);
    }
    canvas.dataset.markers = String(markers.length);
  }

  function reveal() {
    document.querySelectorAll("[data-map-only]").forEach(function (element) {
      element.hidden = false;
    });
  }

  words(canvas.dataset.styles).forEach(loadStyle);
  Promise.all([
    loadScripts(words(canvas.dataset.scripts)),
    fetch(canvas.dataset.markersUrl, { headers: { Accept: "application/json" } }).then(
      function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      }
    ),
  ])
    .then(function (results) {
      // Shown before drawing: Leaflet measures its element.
      reveal();
      draw(results[1]);
    })
    .catch(function (error) {
      // Without the map, the list still says everything; the console says why.
      console.error("Carte des lieux :", error);
    });
})();
