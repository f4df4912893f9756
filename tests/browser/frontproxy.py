"""A stand-in for the reverse proxy of deploy/nginx.conf, in front of the test gunicorn.

Production serves /media/images/ (public renditions) from the volume (nginx
`alias`), refuses the rest of /media/ (originals, documents) and hands everything
else to gunicorn with the forwarding headers. Without it the browser would get a
404 for every image, so the browser tests put this small proxy in front: bodies and
headers pass through untouched (Content-Encoding and Content-Length included), so
what the browser measures is what gunicorn and WhiteNoise send.
"""

import http.client
import mimetypes
import shutil
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

# Hop-by-hop headers (RFC 9110 §7.6.1) are the proxy's own business.
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}
CHUNK = 64 * 1024


class FrontProxy:
    """Listens on 127.0.0.1, on a free port chosen by the system (see `port`)."""

    def __init__(self, media_root: Path, upstream_port: int | None = None):
        self.media_root = Path(media_root).resolve()
        self.upstream_port = upstream_port
        proxy = self

        class Handler(ProxyHandler):
            front = proxy

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.server.shutdown()
        self.server.server_close()


class ProxyHandler(BaseHTTPRequestHandler):
    # One request per connection: no chunked re-encoding of streamed bodies is needed.
    protocol_version = "HTTP/1.0"
    front: FrontProxy

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        self.handle_request()

    def do_HEAD(self):
        self.handle_request()

    def do_POST(self):
        self.handle_request()

    def handle_request(self):
        path = urlsplit(self.path).path
        if path.startswith("/media/images/"):
            self.serve_media(unquote(path.removeprefix("/media/")))
        elif path.startswith("/media/"):
            self.send_error(404)
        else:
            self.forward()

    def serve_media(self, relative: str):
        root = self.front.media_root
        target = (root / relative).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            self.send_error(404)
            return
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(target.stat().st_size))
        self.send_header("Cache-Control", "max-age=2592000")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            with target.open("rb") as media:
                shutil.copyfileobj(media, self.wfile, CHUNK)

    def forward(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {
            name: value for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP
        }
        headers["X-Forwarded-For"] = self.client_address[0]
        headers["X-Forwarded-Proto"] = "http"
        upstream = http.client.HTTPConnection("127.0.0.1", self.front.upstream_port, timeout=120)
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            self.send_response_only(response.status, response.reason)
            for name, value in response.getheaders():
                if name.lower() not in HOP_BY_HOP:
                    self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                while chunk := response.read(CHUNK):
                    self.wfile.write(chunk)
        except (ConnectionError, TimeoutError, http.client.HTTPException):
            self.close_connection = True
        finally:
            upstream.close()
