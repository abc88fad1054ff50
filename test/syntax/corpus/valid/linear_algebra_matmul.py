import numpy as np  # parsed only; the corpus never runs it

rng = np.random.default_rng(0)
weights: np.ndarray = rng.normal(size=(4, 3))
inputs = rng.normal(size=(8, 4))
transform = np.eye(3)

hidden = inputs @ weights
hidden @= transform
hidden[:, 1:] *= 0.5
hidden[::2, ::-1] += 1.0
hidden[hidden < 0] = 0.0
hidden[..., 0] -= hidden[..., 0].mean()
batch: dict[str, np.ndarray] = {}
batch["hidden"]: np.ndarray = hidden
batch["mask"]: np.ndarray
cache = [None] * 3
cache[0]: np.ndarray = hidden[1:3, :2]
kernel = np.ones((3, 3, 2))
print(kernel[1:, :-1, 0].shape, kernel[::2, 1, :].sum(), hidden[-1, ::2], batch["hidden"][0:2, 0:3:2])
