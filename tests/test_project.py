"""The project's own hygiene: Django checks, migrations in step, lint clean."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.django_db
def test_django_system_checks_pass():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_models_and_migrations_are_in_step():
    call_command("makemigrations", check=True, dry_run=True, verbosity=0)


def development_tool(name: str) -> str:
    tool = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert tool, f"{name} is a development dependency: make setup installs it"
    return tool


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(command):
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [development_tool("ruff"), *command, "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_imports_follow_the_layers():
    """The contracts of pyproject.toml ([tool.importlinter]): see README, "Architecture"."""
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [development_tool("lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def run_pytest(*args: str, **env: str) -> subprocess.CompletedProcess:
    """pytest in a subprocess, on a machine without the test services."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DATABASE_URL", "REDIS_URL", "RHINOCC_OPENSEARCH_URL"}
        and not name.startswith(("PYTEST_", "RHINOCC_REQUIRE"))
    }
    return subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


REDIS_TEST = "tests/production/test_services.py::test_the_cache_is_redis_and_round_trips"
POSTGRES_TEST = "tests/production/test_services.py::test_search_uses_postgresql_full_text"


def test_skipped_tests_are_summed_up_with_the_command_that_runs_them():
    result = run_pytest(REDIS_TEST, POSTGRES_TEST)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    redis = next(line for line in lines if "Redis absent" in line)
    assert redis.startswith("1 test sauté : Redis absent — lancez ")
    assert "`bash scripts/start-test-services`" in redis
    assert "`REDIS_URL=redis://127.0.0.1:6379/1 make test`" in redis
    postgres = next(line for line in lines if "PostgreSQL absent" in line)
    assert "`DATABASE_URL=postgres://rhinocc:rhinocc@127.0.0.1:5432/rhinocc make test`" in (
        postgres
    )
    # One line per reason, not one per place skipped.
    assert "SKIPPED" not in result.stdout


def test_a_required_service_that_is_missing_fails_instead():
    result = run_pytest(REDIS_TEST, RHINOCC_REQUIRE_SERVICES="1")
    assert result.returncode == 1
    assert "RHINOCC_REQUIRE_SERVICES=1" in result.stdout
    assert "test sauté" not in result.stdout


def test_a_skip_of_no_known_service_is_summed_up_by_its_reason(tmp_path):
    test = tmp_path / "test_other_reason.py"
    test.write_text(
        "import pytest\n\n\n"
        "@pytest.mark.parametrize('n', [1, 2])\n"
        "def test_x(n):\n"
        "    pytest.skip('needs a scanner on /dev/usb0')\n"
    )
    result = run_pytest(str(test), "-c", str(ROOT / "pyproject.toml"), "-p", "tests.conftest")
    assert "2 tests sautés : needs a scanner on /dev/usb0" in result.stdout, result.stdout


class BrowserTools:
    """scripts/install-browser-tools in a copy of the repository's layout, with stand-ins
    for npm and apt-get that only record how they were called."""

    def __init__(self, base: Path):
        self.base = base
        (base / "scripts").mkdir()
        shutil.copy(ROOT / "scripts" / "install-browser-tools", base / "scripts")
        (base / "browser").mkdir()
        for name in ("package.json", "package-lock.json"):
            shutil.copy(ROOT / "browser" / name, base / "browser")
        self.bin = base / "bin"
        self.bin.mkdir()
        self.calls = base / "calls"
        self.chromium = base / "chromium"
        self.chromium.write_text("#!/bin/sh\necho Chromium 140\n")
        self.chromium.chmod(0o755)

    def stand_in(self, name: str) -> None:
        tool = self.bin / name
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{self.calls}"\n')
        tool.chmod(0o755)

    def install_axe(self) -> None:
        axe = self.base / "browser" / "node_modules" / "axe-core"
        axe.mkdir(parents=True)
        (axe / "axe.min.js").write_text("")
        (self.base / "browser" / "node_modules" / ".package-lock.json").write_text("{}")

    def run(self, *args: str, chromium: bool = True) -> tuple[subprocess.CompletedProcess, list]:
        # Only the stand-ins and the shell's own tools: no real npm, apt-get or chromium.
        shell_tools = self.base / "shell"
        if not shell_tools.exists():
            shell_tools.mkdir()
            for tool in ("dirname", "cat", "sh", "bash", "echo", "env", "test", "["):
                found = shutil.which(tool)
                if found:
                    (shell_tools / tool).symlink_to(found)
        result = subprocess.run(  # noqa: S603 - fixed arguments
            ["bash", str(self.base / "scripts" / "install-browser-tools"), *args],  # noqa: S607
            env={
                "PATH": f"{self.bin}:{shell_tools}",
                "RHINOCC_CHROMIUM": str(self.chromium if chromium else self.base / "none"),
            },
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        calls = self.calls.read_text().splitlines() if self.calls.exists() else []
        return result, calls


@pytest.fixture
def browser_tools(tmp_path):
    return BrowserTools(tmp_path)


def test_make_test_installs_axe_when_npm_and_chromium_are_there(browser_tools):
    browser_tools.stand_in("npm")
    browser_tools.stand_in("apt-get")
    result, calls = browser_tools.run("--if-available")
    assert result.returncode == 0, result.stderr
    assert len(calls) == 1
    assert calls[0].startswith("npm ci --prefix browser ")


def test_make_test_installs_nothing_twice(browser_tools):
    browser_tools.stand_in("npm")
    browser_tools.install_axe()
    result, calls = browser_tools.run("--if-available")
    assert result.returncode == 0, result.stderr
    assert calls == []


@pytest.mark.parametrize("missing", ["npm", "chromium"])
def test_make_test_never_runs_apt_get_and_says_what_is_missing(browser_tools, missing):
    browser_tools.stand_in("apt-get")
    if missing != "npm":
        browser_tools.stand_in("npm")
    result, calls = browser_tools.run("--if-available", chromium=missing != "chromium")
    assert result.returncode == 0, result.stderr
    assert calls == []
    assert "install-browser-tools" in result.stdout
    assert {"npm": "npm", "chromium": "Chromium"}[missing] in result.stdout


def test_ci_installs_what_is_missing_with_apt_get(browser_tools):
    browser_tools.stand_in("apt-get")
    result, calls = browser_tools.run(chromium=False)
    assert calls[:1] == ["apt-get update -q"]
    assert "chromium" in calls[1] and "nodejs" in calls[1]


def test_make_test_runs_the_browser_tools_installer_before_pytest():
    result = subprocess.run(
        ["make", "-n", "test"],  # noqa: S607 - make from PATH
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    installer = next(i for i, line in enumerate(lines) if "install-browser-tools" in line)
    assert "--if-available" in lines[installer]
    assert installer < next(i for i, line in enumerate(lines) if "-m pytest" in line)
