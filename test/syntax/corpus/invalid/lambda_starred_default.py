handlers = [lambda *args=(): args]
