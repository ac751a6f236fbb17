"""gunicorn settings, read from the environment: `gunicorn cms.wsgi` (see docs/deploying.md).

gunicorn loads ./gunicorn.conf.py by itself when started from the project folder.
"""

import os

# PaaS convention: the platform says which port to listen on.
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")
# Synchronous workers: Django's ORM and Wagtail's image processing block anyway. A few per
# core; WEB_CONCURRENCY is the name Heroku-style platforms set.
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
# A request taking longer than this is stuck (a first rendition of a huge image is the slowest
# honest one); the worker is replaced rather than left hanging.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Behind nginx or a load balancer that keeps connections open to us.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Recycle workers now and then so that a slow leak in a dependency never grows unbounded.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))
# Trust X-Forwarded-* only from the proxy in front (comma-separated addresses).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Logs on stdout/stderr for the process manager to collect. The app writes one JSON line per
# request itself (cms/request_id.py); gunicorn's access line, plain text because gunicorn does not
# escape JSON, carries the same request id so the two can be joined. GUNICORN_ACCESS_LOG=""
# turns it off.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms request_id=%({x-request-id}o)s'
