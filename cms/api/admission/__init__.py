"""What a GraphQL request may cost before it is refused, checked before the work grows with it.

graphql-core lexes, parses and validates the whole text before our limits (limits.py) look
at it, and each of those steps grows with the input: a 2.4 MB body of directives cost a
worker 27 s. So the view (cms/api/view.py) admits a request in this order, each step
refusing with a typed error (`extensions.code`) before the next one starts:

1. rate.py — an address that spent its uncached work for this window gets 429 at once,
   before its body is even read (cached answers never count, nor wait here);
2. inputs.py — the body's declared size, the query text's length, the `variables` value's
   size and depth, and JSON that cannot be decoded (too deep included), in O(1) or O(limit);
3. parsing.py — the parser stops at the first token, directive, variable definition,
   operation or fragment definition over its limit;
4. the depth, alias and complexity limits (limits.py) run alone before graphql-core's own
   rules, some of which are quadratic in the number of fields;
5. budget.py — whatever is left (validation, execution) runs under a CPU budget and is
   stopped when the request has used MAX_CPU_SECONDS.

The limits are settings (CMS_API, CMS_API_RATE_LIMIT), documented in docs/api.md and
docs/security.md.
"""
