vcl 4.1;
# The HTTP cache in front of the application: nginx (TLS, media, X-Accel-Redirect of
# documents) -> Varnish, here, on 127.0.0.1:6081 -> gunicorn on 127.0.0.1:8000.
# Debian bookworm's varnish (7.1): see the README's « Cache HTTP (Varnish) ».
#
# The application decides what may be shared (rhinocc/http_cache.py): public pages of
# anonymous visitors carry `Cache-Control: public, max-age=…, s-maxage=…,
# stale-while-revalidate=…`; personal answers `private, no-store`. Varnish keeps only
# what says public, never an answer without Cache-Control, and never looks in its cache
# for a request that carries a cookie or credentials: a visitor with a session only ever
# gets the application's own answer. Wagtail's frontend cache purges the pages a publish
# changes (FRONTEND_CACHE_URL=http://127.0.0.1:6081, rhinocc/frontend_cache.py).

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 5s;
    # As nginx's proxy_read_timeout: ZIP bundles and exports take a while to start.
    .first_byte_timeout = 120s;
    .between_bytes_timeout = 120s;
}

# Who may PURGE or BAN: the application on this machine (its task worker).
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        # nginx reaches Varnish from 127.0.0.1 too: what it forwards carries the visitor's
        # address before Varnish's own in X-Forwarded-For, and is refused.
        if (!client.ip ~ purgers || req.http.X-Forwarded-For ~ ",") {
            return (synth(403, "Forbidden"));
        }
        if (req.method == "PURGE") {
            # The path with any query string: a listing's other pages (?page=2, filters)
            # go with it. A ban on obj.* only, which the ban lurker applies in the
            # background instead of every lookup testing it.
            ban("obj.http.x-url-path == " + regsub(req.url, "\?.*$", ""));
        } else {
            # BAN /: everything under a path, e.g. after a change of vocabularies.
            ban("obj.http.x-url-path ~ ^" + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }
    if (req.proto ~ "^(?i)HTTP/1.1" && !req.http.host) {
        return (synth(400, "Bad Request"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        # Forms, the admin's saves, the API's preflights: always the application's.
        return (pass);
    }
    # Static files (WhiteNoise, hashed names) are the same for everybody.
    if (req.url ~ "^/static/") {
        unset req.http.Cookie;
    }
    # A session, a message, a CSRF cookie, credentials: the visitor's own answer. No
    # cookie is stripped to find a cached copy, to stay simple and safe.
    if (req.http.Authorization || req.http.Cookie) {
        return (pass);
    }
    # Personal or counted whatever the headers: the admin, the member area and its forms,
    # documents (rights checked and downloads counted by the view), the checked image path
    # (private collections), share links, the health check (it must reach the application).
    if (req.url ~ "^/(admin|mon-espace|connexion|deconnexion|inscription|mot-de-passe|mot-de-passe-oublie|invitation|documents|images|partage|rejoindre|healthz)([/?]|$)") {
        return (pass);
    }
    return (hash);
}

sub vcl_backend_response {
    # Which path the object answers, for the bans of PURGE (removed on delivery).
    set beresp.http.x-url-path = regsub(bereq.url, "\?.*$", "");
    if (bereq.uncacheable) {
        return (deliver);
    }
    # Only what the application said may be shared: not an answer without Cache-Control
    # (Varnish's default would keep it 2 minutes), not private or no-store, not one that
    # sets a cookie, not an error without a Cache-Control of its own.
    if (!beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Set-Cookie
        || beresp.http.Vary == "*"
        || beresp.ttl <= 0s) {
        # Hit-for-miss: for 2 minutes, requests for this address go to the application at
        # once instead of waiting for one another, and a cacheable answer is kept again.
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # s-maxage gave the TTL; stale-while-revalidate, the time a stale copy is still
    # served while a fresh one is fetched in the background (grace).
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1s"),
            10s);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url-path;
    # HIT: from the cache; MISS: fetched, now kept; PASS: never kept (personal, private).
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elseif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    return (deliver);
}
