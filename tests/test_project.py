"""The project's own hygiene: Django checks, migrations in step, lint clean."""

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
