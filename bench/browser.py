"""Just enough of a browser to work in the Wagtail admin over HTTP: cookies, CSRF, form POSTs.

Cookies are kept by hand and redirects are not followed, so a caller sees the 302 that
tells a sign-in or a publish went through. One keep-alive connection per browser, opened
again when the server closed it, as a browser's would be; close it (or use `with`) when done.
Under production settings the cookies are Secure: a browser would not send them over
plain HTTP, but processes behind the HTTPS proxy neither know nor care. Used by the load
test's editor (bench/load_editor.py) and by tests that drive gunicorn processes.
"""

import http.client
from http.cookies import SimpleCookie
from urllib.parse import urlencode

HOST = "127.0.0.1"


class AdminError(RuntimeError):
    """The admin did not answer as a signed-in editor's browser expects."""


class Browser:
    def __init__(self, port, cookies=None, timeout=20):
        self.port = port
        self.cookies = cookies if cookies is not None else {}
        self.timeout = timeout
        self._connection = None

    def request(self, method, path, body=None, headers=None):
        """(response, body bytes) of one request, sending and keeping cookies."""
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        try:
            response, content = self._send(method, path, body, headers)
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            # The server closed the idle keep-alive connection: a browser opens a new one.
            self.close()
            response, content = self._send(method, path, body, headers)
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
        return response, content

    def _send(self, method, path, body, headers):
        if self._connection is None:
            self._connection = http.client.HTTPConnection(HOST, self.port, timeout=self.timeout)
        self._connection.request(method, path, body=body, headers=headers)
        response = self._connection.getresponse()
        return response, response.read()

    def post_form(self, path, fields):
        """A form POST as the admin's forms send it, with their CSRF token.

        `fields` is a dict or a list of (name, value) pairs (a multiple select repeats its
        name). Without a `csrfmiddlewaretoken` among them, the CSRF cookie's token is sent.
        """
        pairs = list(fields.items()) if isinstance(fields, dict) else list(fields)
        if not any(name == "csrfmiddlewaretoken" for name, _value in pairs):
            pairs.insert(0, ("csrfmiddlewaretoken", self.cookies["csrftoken"]))
        body = urlencode(pairs)
        return self.request("POST", path, body, {"Content-Type": "application/x-www-form-urlencoded"})

    def log_in(self, username, password):
        """Sign in through the admin's login form; AdminError unless it redirects to the dashboard."""
        self.request("GET", "/admin/login/")
        response, content = self.post_form("/admin/login/", {"username": username, "password": password})
        if (response.status, response.getheader("Location")) != (302, "/admin/"):
            raise AdminError(f"sign-in as {username!r} answered {response.status}: {content[:300]!r}")

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        if self._connection is not None:
            self._connection.close()
            self._connection = None
