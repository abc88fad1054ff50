import logging
import logging.config
import sys

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(message)s"},
        "full": {"format": "%(asctime)s %(name)s:%(lineno)d %(levelname)s %(message)s", "datefmt": "%H:%M:%S"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout"},
    },
    "loggers": {"weakscope": {"level": "DEBUG", "handlers": ["console"], "propagate": False}},
    "root": {"level": "WARNING"},
}


class ContextFilter(logging.Filter):
    def __init__(self, **context):
        super().__init__()
        self.context = context

    def filter(self, record: logging.LogRecord) -> bool:
        for k, v in self.context.items():
            setattr(record, k, v)
        record.msg = f"[{self.context.get('session', '-')}] {record.msg}"
        return record.levelno >= logging.DEBUG


logging.config.dictConfig(LOGGING)
log = logging.getLogger("weakscope.engine")
log.parent.handlers[0].addFilter(ContextFilter(session="s42"))
log.debug("object %s created", "<Node 0x1>")
log.info("weakref callback fired for %r", "Node")
log.warning("finalizer raised: %s", ZeroDivisionError("division by zero"))
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
print(logging.getLevelName(log.getEffectiveLevel()), file=sys.stderr)
