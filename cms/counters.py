"""A counter in a Django cache that expires: the one way every per-client limit counts.

`add` sets the counter and its expiry only when there is none, and `incr` is atomic in
Redis and keeps the expiry (locmem and Redis alike), so parallel requests of every
process each get their own number. Between the two the key may expire; then the count
starts again from this amount.
"""


def increment(cache, key, amount, timeout):
    """Add `amount` to the counter at `key` (made with `timeout` seconds to live); returns the new count."""
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key, amount)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, amount, timeout=timeout)
        return amount
