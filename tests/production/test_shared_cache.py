"""Production refuses a page cache that only one worker out of N would invalidate."""

from tests.production.test_settings import example_environment, run_manage


def test_the_page_cache_without_redis_stops_start_up_naming_redis_url():
    environment = example_environment()
    del environment["REDIS_URL"]
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr
    assert "PAGE_CACHE_SECONDS=0" in result.stderr


def test_without_redis_the_site_starts_once_the_page_cache_is_off():
    environment = {**example_environment(), "PAGE_CACHE_SECONDS": "0"}
    del environment["REDIS_URL"]
    result = run_manage("check", environment=environment)
    assert result.returncode == 0, result.stdout + result.stderr
