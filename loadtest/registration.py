"""Load scenario: a registration burst. 50 people register to the 5 sessions (12 seats
each) of the module that `manage.py registration_load --prepare` makes, in 60 s: each
one opens the module page, then registers to every session in a random order (60 seats
for 250 registrations: the waiting lists fill), and cancels one registration in five by
its link, which offers the seat to the first person waiting.

Run by `make load-registration` against a running server (LOAD_HOST); then
`manage.py registration_load --check` checks no session is over capacity and the
waiting lists are in arrival order. The 5xx count is printed at the end.

Each user comes from an address of its own (X-Forwarded-For, read from the trusted
local proxy's address as behind nginx): the per-address limit of registrations applies
per person, as in real life.
"""

import itertools
import random
import re

from locust import HttpUser, between, events, task

MODULE_SLUG = "charge-inscriptions"
SESSION_LINK = re.compile(r'href="(/sessions/(\d+)/inscription/)"')
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')

people = itertools.count(1)
found = {"module": None, "forms": []}
server_errors = []


@events.test_start.add_listener
def find_sessions(environment, **kwargs):
    import requests

    host = environment.host
    html = requests.get(f"{host}/formations/", timeout=10).text
    for catalogue in sorted(set(re.findall(r'href="(/formations/[^/"]+/)"', html))):
        page = requests.get(f"{host}{catalogue}{MODULE_SLUG}/", timeout=10)
        if page.status_code == 200:
            found["module"] = f"{catalogue}{MODULE_SLUG}/"
            found["forms"] = sorted({url for url, _ in SESSION_LINK.findall(page.text)})
            break
    if len(found["forms"]) != 5:
        raise RuntimeError(
            "Run `manage.py registration_load --prepare` first: 5 open sessions expected, "
            f"found {found['forms']}."
        )


@events.request.add_listener
def count_server_errors(response=None, name=None, **kwargs):
    if response is not None and response.status_code >= 500:
        server_errors.append((name, response.status_code))


@events.quitting.add_listener
def report(environment, **kwargs):
    print(f"5xx: {len(server_errors)} {server_errors[:5]}")


class Registrant(HttpUser):
    wait_time = between(0.5, 2)

    def on_start(self):
        self.number = next(people)
        self.address = f"10.{self.number // 250}.{self.number % 250}.1"
        self.to_register = random.sample(found["forms"], len(found["forms"]))
        self.registrations = []
        self.client.get(found["module"], name="module", headers=self.headers())

    def headers(self) -> dict:
        return {"X-Forwarded-For": self.address}

    @task
    def register(self):
        if not self.to_register:
            if self.registrations and random.random() < 0.2:  # noqa: S311
                self.cancel(self.registrations.pop())
            return
        url = self.to_register.pop()
        form = self.client.get(url, name="formulaire d'inscription", headers=self.headers())
        token = CSRF_INPUT.search(form.text)
        cookie = form.cookies.get("csrftoken") or self.client.cookies.get("csrftoken")
        if not token or not cookie:
            return
        response = self.client.post(
            url,
            {
                "csrfmiddlewaretoken": token.group(1),
                "first_name": f"Charge{self.number}",
                "last_name": "Inscription",
                "email": f"charge{self.number}@example.org",
                "structure": "Structure de charge",
                "phone": "",
                "funding": "structure",
                "accessibility_needs": "",
                "website": "",
            },
            # The cookie is Secure: the client would not send it back over plain HTTP.
            headers={**self.headers(), "Cookie": f"csrftoken={cookie}", "Referer": url},
            allow_redirects=False,
            name="inscription",
        )
        if response.status_code == 302:
            self.registrations.append(response.headers["Location"].split("?")[0])

    def cancel(self, url: str):
        page = self.client.get(url, name="mon inscription", headers=self.headers())
        token = CSRF_INPUT.search(page.text)
        cookie = page.cookies.get("csrftoken") or self.client.cookies.get("csrftoken")
        if token and cookie:
            self.client.post(
                url,
                {"csrfmiddlewaretoken": token.group(1)},
                headers={**self.headers(), "Cookie": f"csrftoken={cookie}", "Referer": url},
                allow_redirects=False,
                name="annulation",
            )
