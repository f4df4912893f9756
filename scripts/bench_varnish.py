"""Throughput of public pages through Varnish against gunicorn alone: `make bench-varnish`.

One side, as bench_compare.py builds it (the production settings, a database of its own
migrated with the demo loaded, the page cache off); gunicorn with two sync workers, and
deploy/varnish.vcl in Debian's varnishd in front of it. In one run, for each page, wrk
(Debian's package) loads gunicorn directly, then Varnish, `--seconds` each; the ratio is
Varnish / gunicorn. Anonymous requests without cookies: what Varnish serves from its
cache (the first request fetches it, and is made before wrk starts).
"""

import argparse
import shutil
import sys
import tempfile
import urllib.request
from pathlib import Path

from bench_compare import (
    REPO,
    Side,
    environment,
    free_port,
    prepare,
    print_table,
    requests_per_second,
    start_agent,
    start_gunicorn,
)

sys.path.insert(0, str(REPO))
from tests.security.varnish_proxy import VARNISHD, start_varnish

PAGES = ("HomePage", "TrainingModulePage", "WorkshopContentPage", "/recherche/?q=atelier")


def wait_for(url: str, seconds: float = 30) -> str:
    """The X-Cache header once the address answers (Varnish takes a moment to start)."""
    import time

    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
                return response.headers.get("X-Cache", "")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5, help="wrk's duration per page")
    arguments = parser.parse_args()
    for tool in (VARNISHD, "wrk"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: apt-get install varnish wrk")

    base = Path(tempfile.mkdtemp(prefix="rhinocc-bench-varnish-"))
    side = Side("work", REPO, base / "work")
    server = varnish = None
    try:
        side.env = environment(side)
        prepare(side)
        start_agent(side)
        urls = [(kind, url) for kind, url in side.ask({"urls": True})["urls"] if kind in PAGES]
        side.agent.stdin.close()
        side.agent.wait()
        side.agent = None

        gunicorn_port, varnish_port = free_port(), free_port()
        server = start_gunicorn(side, gunicorn_port)
        varnish = start_varnish(base / "varnish", varnish_port, gunicorn_port)
        rows = [["page", "req/s gunicorn", "req/s Varnish", "ratio", "X-Cache", "url"]]
        for kind, url in urls:
            wait_for(f"http://127.0.0.1:{varnish_port}{url}")
            state = wait_for(f"http://127.0.0.1:{varnish_port}{url}")
            direct = requests_per_second(
                f"http://127.0.0.1:{gunicorn_port}{url}", arguments.seconds
            )
            cached = requests_per_second(
                f"http://127.0.0.1:{varnish_port}{url}", arguments.seconds
            )
            rows.append(
                [kind, f"{direct:.0f}", f"{cached:.0f}", f"{cached / direct:.1f}", state, url]
            )
        print_table(
            f"Throughput, wrk -t2 -c8 {arguments.seconds} s: gunicorn (2 sync workers) alone, "
            "then Varnish in front (ratio = Varnish / gunicorn)",
            rows,
        )
    finally:
        for process in (varnish, server):
            if process is not None:
                process.terminate()
                process.wait()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
