# Components receive a proxy to a shared config; after the app drops the config they fail loudly.
import weakref

class Config:
    def __init__(self):
        self.level = "info"

class Logger:
    def __init__(self, cfg):
        self.cfg = cfg
    def log(self, msg):
        try:
            return f"[{self.cfg.level}] {msg}"
        except ReferenceError:
            return f"[no config] {msg}"

cfg = Config()
log = Logger(weakref.proxy(cfg))
print(log.log("starting"))
cfg.level = "debug"
print(log.log("details"))
del cfg
print(log.log("shutting down"))
