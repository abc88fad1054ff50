class Config:
    def get(self, key):
        return None


cfg = Config()
cfg.get("timeout") = 30
