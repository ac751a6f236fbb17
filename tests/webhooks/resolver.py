"""A stand-in for socket.getaddrinfo in the webhook tests: names from a table, never from DNS.

Literal addresses ("127.0.0.1", and the numeric forms the C resolver also reads, such as
"2130706433") are still answered by the real getaddrinfo, with AI_NUMERICHOST so that it never
asks a name server; any other name not in the table does not resolve.
"""

import ipaddress
import socket


class StubResolver:
    def __init__(self, real_getaddrinfo):
        self.real_getaddrinfo = real_getaddrinfo
        # name -> the successive answers, each a list of addresses; the last one repeats.
        self.answers = {}
        # Every name looked up in the table, in order.
        self.lookups = []

    def answer(self, name, *answers):
        """Make `name` resolve to answers[0] (a list of addresses), then answers[1]... the last repeating."""
        self.answers[name] = list(answers)

    def __call__(self, host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002 - getaddrinfo's names
        if isinstance(host, bytes):
            host = host.decode("ascii")
        if host not in self.answers:
            return self.real_getaddrinfo(host, port, family, type, proto, flags | socket.AI_NUMERICHOST)
        answers = self.answers[host]
        addresses = answers[min(self.lookups.count(host), len(answers) - 1)]
        self.lookups.append(host)
        results = []
        for address in addresses:
            if ipaddress.ip_address(address).version == 6:
                results.append((socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0)))
            else:
                results.append((socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)))
        return results
