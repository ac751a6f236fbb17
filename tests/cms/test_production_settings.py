"""Production settings with a full environment: deploy checks, cache, storage, security headers.

Each case runs in a fresh interpreter (settings are evaluated once per process).
"""

import json

from tests.cms.test_settings import BASE_DIR, last_line, run_python

FULL_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    # Long and random-looking enough for security.W009; never used outside this test.
    "SECRET_KEY": "x7Qm2vN9pL4sR8tW1yZ6bC3dF5gH0jK-u_eA9iO2qE7rT4yU1iP8",
    "ALLOWED_HOSTS": "cms.dushanbe-process.org",
    "CSRF_TRUSTED_ORIGINS": "https://cms.dushanbe-process.org",
    "DATABASE_URL": "postgres://cms@db.example.org:5432/cms",
    "REDIS_URL": "redis://cache.example.org:6379/2",
}

READ_PRODUCTION = (
    "import django; django.setup(); import json; from django.conf import settings; "
    "print(json.dumps({'CACHES': settings.CACHES, 'STORAGES': settings.STORAGES, "
    "'SERVE': getattr(settings, 'WAGTAILDOCS_SERVE_METHOD', None), "
    "'HSTS': settings.SECURE_HSTS_SECONDS, 'SSL_REDIRECT': settings.SECURE_SSL_REDIRECT, "
    "'REDIRECT_EXEMPT': settings.SECURE_REDIRECT_EXEMPT, 'MIDDLEWARE': settings.MIDDLEWARE[:4]}))"
)


def read_production(tmp_path, **overrides):
    result = run_python(READ_PRODUCTION, CMS_VAR_DIR=str(tmp_path), **{**FULL_ENVIRONMENT, **overrides})
    assert result.returncode == 0, result.stderr
    return json.loads(last_line(result.stdout))


def test_production_deploy_check_with_full_environment_finds_no_issues(tmp_path):
    result = run_python(
        f"import sys; sys.argv = ['manage.py', 'check', '--deploy', '--fail-level', 'WARNING']; "
        f"sys.path.insert(0, {str(BASE_DIR)!r}); "
        "from django.core.management import execute_from_command_line; execute_from_command_line(sys.argv)",
        CMS_VAR_DIR=str(tmp_path),
        AWS_STORAGE_BUCKET_NAME="dushanbe-media",
        **FULL_ENVIRONMENT,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_production_cache_is_redis_from_redis_url(tmp_path):
    settings = read_production(tmp_path, CACHE_KEY_PREFIX="cms-blue")

    assert settings["CACHES"] == {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://cache.example.org:6379/2",
            "KEY_PREFIX": "cms-blue",
            "TIMEOUT": 300,
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }


def test_production_storage_without_bucket_is_local_files_and_whitenoise(tmp_path):
    settings = read_production(tmp_path)

    assert settings["STORAGES"] == {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert settings["SERVE"] is None


def test_production_storage_with_bucket_is_s3_with_public_urls(tmp_path):
    settings = read_production(
        tmp_path,
        AWS_STORAGE_BUCKET_NAME="dushanbe-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_S3_CUSTOM_DOMAIN="media.dushanbe-process.org",
        AWS_ACCESS_KEY_ID="media-writer",
        AWS_SECRET_ACCESS_KEY="not-a-real-secret",  # noqa: S106
    )

    assert settings["STORAGES"]["default"] == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": "dushanbe-media",
            "querystring_auth": False,
            "file_overwrite": False,
            "endpoint_url": "https://s3.example.org",
            "region_name": "eu-central-1",
            "custom_domain": "media.dushanbe-process.org",
            "access_key": "media-writer",
            "secret_key": "not-a-real-secret",
        },
    }
    assert settings["SERVE"] == "redirect"


def test_production_https_settings_follow_environment(tmp_path):
    defaults = read_production(tmp_path)
    loopback = read_production(tmp_path, SECURE_SSL_REDIRECT="false", SECURE_HSTS_SECONDS="300")

    assert (defaults["SSL_REDIRECT"], defaults["HSTS"], defaults["REDIRECT_EXEMPT"]) == (True, 31536000, ["^healthz$"])
    assert (loopback["SSL_REDIRECT"], loopback["HSTS"]) == (False, 300)


def test_production_middleware_starts_with_request_id_health_security_whitenoise(tmp_path):
    assert read_production(tmp_path)["MIDDLEWARE"] == [
        "cms.request_id.RequestIdMiddleware",
        "cms.health.HealthCheckMiddleware",
        "django.middleware.security.SecurityMiddleware",
        "whitenoise.middleware.WhiteNoiseMiddleware",
    ]


def test_production_refuses_to_start_without_redis_url(tmp_path):
    environment = {key: value for key, value in FULL_ENVIRONMENT.items() if key != "REDIS_URL"}
    result = run_python("import django; django.setup()", CMS_VAR_DIR=str(tmp_path), **environment)

    assert result.returncode == 1
    assert last_line(result.stderr) == (
        "django.core.exceptions.ImproperlyConfigured: Production settings need these environment variables: REDIS_URL"
    )


READ_COOKIES = (
    "import django; django.setup(); import json; from django.conf import settings; "
    "print(json.dumps({name: getattr(settings, name) for name in ("
    "'SESSION_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY', 'SESSION_COOKIE_SAMESITE', 'SESSION_COOKIE_AGE', "
    "'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_HTTPONLY', 'CSRF_COOKIE_SAMESITE')}))"
)


def test_production_admin_cookies_are_secure_http_only_and_same_site(tmp_path):
    result = run_python(READ_COOKIES, CMS_VAR_DIR=str(tmp_path), **FULL_ENVIRONMENT)

    assert result.returncode == 0, result.stderr
    assert json.loads(last_line(result.stdout)) == {
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_AGE": 43200,
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
    }


def test_production_session_age_from_the_environment(tmp_path):
    result = run_python(READ_COOKIES, CMS_VAR_DIR=str(tmp_path), **FULL_ENVIRONMENT, SESSION_COOKIE_AGE="3600")

    assert json.loads(last_line(result.stdout))["SESSION_COOKIE_AGE"] == 3600
