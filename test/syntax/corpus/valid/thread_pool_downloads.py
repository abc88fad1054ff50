import concurrent.futures as cf
import hashlib
import threading
import time

lock = threading.Lock()
progress = {"done": 0, "bytes": 0}


def fake_download(url: str) -> bytes:
    time.sleep(len(url) % 3 * 0.01)
    data = (url * 100).encode()
    with lock:
        progress["done"] += 1
        progress["bytes"] += len(data)
    if "bad" in url:
        raise ConnectionError(f"{url}: connection refused")
    return data


urls = [f"https://mirror{n}.example/{name}" for n in range(2) for name in ("a.tar", "bad.zip", "c.iso")]
with cf.ThreadPoolExecutor(max_workers=4, thread_name_prefix="dl") as pool:
    futures = {pool.submit(fake_download, u): u for u in urls}
    for fut in cf.as_completed(futures):
        url = futures[fut]
        if (exc := fut.exception()) is not None:
            print(f"FAILED {url}: {exc}")
        else:
            print(f"ok     {url}: {hashlib.sha1(fut.result()).hexdigest()[:10]}")
print(progress)
