"""Schedule exports of the programme: iCalendar (.ics) and the Frab schedule (XML and JSON).

Each export is built in one language from the same selectors as the GraphQL API,
so only public pages ever reach a calendar or a schedule app.
"""
