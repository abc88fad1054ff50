import asyncio
import contextvars
import itertools
import logging

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_ids = itertools.count(1)


class RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.request_id = request_id.get()
        return True


logging.basicConfig(format="%(request_id)s %(message)s", level=logging.INFO)
log = logging.getLogger("app")
log.addFilter(RequestIdFilter())


async def db_query(sql):
    await asyncio.sleep(0.001)
    log.info("query: %s", sql)
    return [1, 2]


async def handle(path):
    token = request_id.set(f"req-{next(_ids):04d}")
    try:
        log.info("start %s", path)
        rows = await db_query(f"select * from t where path = '{path}'")
        log.info("done, %d rows", len(rows))
    finally:
        request_id.reset(token)


async def main():
    await asyncio.gather(handle("/a"), handle("/b"), handle("/c"))
    log.info("outside any request")
    ctx = contextvars.copy_context()
    print(sorted(v.name for v in ctx))


asyncio.run(main())
