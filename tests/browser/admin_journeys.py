"""What the admin journeys share (test_trainer.py, test_contributor.py): logging in to the
admin, typing into Draftail, waiting for the editor's autosave, screenshots at two widths."""

import re
import time

import pytest
from playwright.sync_api import expect

WIDTHS = (375, 1280)


def log_in(page, username, password):
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.get_by_label("Adresse électronique ou identifiant").fill(username)
    page.get_by_label("Mot de passe").fill(password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def shoot(page, folder, name):
    """A full-page screenshot of `page` at each of WIDTHS, back at the width it had."""
    viewport = page.viewport_size
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": viewport["height"]})
        page.screenshot(path=folder / f"{name}-{width}.png", full_page=True)
    page.set_viewport_size(viewport)


def rich_text_editor(page, field_name):
    wrapper = page.locator("[data-field-wrapper]").filter(has=page.locator(f"#id_{field_name}"))
    return wrapper.locator("[contenteditable=true]")


def type_rich_text(page, field_name, value):
    editor = rich_text_editor(page, field_name)
    editor.scroll_into_view_if_needed()
    editor.focus()
    page.keyboard.type(value)
    expect(editor).to_contain_text(value)
    # Draftail writes to its hidden input a moment after the last keystroke.
    expect(page.locator(f"#id_{field_name}")).to_have_value(re.compile(re.escape(value)))


class AutosaveWatch:
    """Wagtail 8 saves the editor's form in the background about 1 s after the last change.

    A person pauses before clicking "Submit"; a test must too. On a new page, a
    submission sent while the first autosave is creating the page makes the server
    create it twice, and the second fails with a 500 (see the report of issue 6).
    So: wait until the autosave has created the draft (the form then posts to the
    page's edit view) and the editor has stopped saving.
    """

    QUIET_SECONDS = 2.0
    FORM_URL = re.compile(r"/admin/pages/(add/|\d+/edit/)")
    EDIT_URL = re.compile(r"/admin/pages/\d+/edit/")

    # Wagtail's unsaved-changes controller compares the form with a snapshot it takes
    # once started: on a loaded machine the test may fill the form before that, and the
    # snapshot then holds the filled form, so no change is seen and nothing autosaves.
    NUDGE_AFTER_SECONDS = 5.0

    def __init__(self, page):
        self.page = page
        self.in_flight = 0
        self.posts = 0
        self.last_activity = time.monotonic()
        page.on("request", self.started)
        page.on("requestfinished", self.finished)
        page.on("requestfailed", self.finished)

    def is_form_post(self, request) -> bool:
        return request.method == "POST" and bool(self.FORM_URL.search(request.url))

    def started(self, request):
        if self.is_form_post(request):
            self.in_flight += 1
            self.posts += 1
            self.last_activity = time.monotonic()

    def finished(self, request):
        if self.is_form_post(request):
            self.in_flight -= 1
            self.last_activity = time.monotonic()

    def nudge_if_unseen(self, form) -> None:
        """One more keystroke, as a person would type, when no autosave has started."""
        deadline = time.monotonic() + self.NUDGE_AFTER_SECONDS
        while time.monotonic() < deadline:
            if self.posts or self.EDIT_URL.search(form.get_attribute("action") or ""):
                return
            self.page.wait_for_timeout(100)
        title = self.page.locator("#id_title")
        title.press("End")
        title.press_sequentially(" ")  # stripped by the server: the title stays as typed

    def wait_until_saved(self, timeout=30):
        form = self.page.locator("form[data-edit-form]")
        if "w-autosave" in (form.get_attribute("data-controller") or ""):
            self.nudge_if_unseen(form)
            expect(form).to_have_attribute("action", self.EDIT_URL, timeout=timeout * 1000)
        self.last_activity = max(self.last_activity, time.monotonic())
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            quiet_for = time.monotonic() - self.last_activity
            if self.in_flight == 0 and quiet_for >= self.QUIET_SECONDS:
                return
            self.page.wait_for_timeout(100)
        pytest.fail(f"the editor's autosave did not settle in {timeout} s")


def assert_accepted(page):
    refused = page.locator(".w-field--error")
    assert refused.count() == 0, "the page was refused: " + "; ".join(
        (field.get_attribute("data-contentpath") or "?") + ": " + field.inner_text()
        for field in refused.all()
    )


def no_broken_image(page):
    """Every image of the page loaded (the dashboard's avatar among them)."""
    broken = page.evaluate(
        "() => [...document.images].filter(i => i.complete && i.naturalWidth === 0)"
        ".map(i => i.src)"
    )
    assert broken == [], broken
