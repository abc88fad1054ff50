def build_report_query(include_dead: bool, limit: int | None = None) -> str:
    query = (
        "SELECT o.id, o.type, COUNT(r.id) AS refcount "
        "FROM objects AS o "
        "LEFT JOIN refs AS r ON r.target = o.id "
        'WHERE o.kind <> "builtin" '
    )
    if not include_dead:
        query += "AND o.freed_at IS NULL "
    query += ("GROUP BY o.id, o.type "
              "ORDER BY refcount DESC")
    if limit is not None:
        query += f" LIMIT {limit:d}"
    return query


HELP = ("usage: report [--dead] [--limit N]\n"
        "\n"
        "  --dead     include objects that were already freed\n"
        '  --limit N  show at most N rows\n')
BANNER = "=" * 10 + " " "report" " " + "=" * 10
print(build_report_query(False, 20), HELP, BANNER, sep="\n")
