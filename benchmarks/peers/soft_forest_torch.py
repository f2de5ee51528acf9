#!/usr/bin/python3
"""PyTorch peer of Copse's `softforest` benchmark scenarios.

Trains a forest of budding soft trees (Shen, Wang, Wang 2020; docs/METHODS section 1 of Copse) in float32
on the CPU, with the same settings Copse's soft forest uses by default, on the same IDX files:

- T complete trees of depth D; inner node i goes left with p_i = sigmoid(beta (w_i . x + b_i));
- every node n has class logits theta_n and a leafness q_n = sigmoid(a_n) (q = 1 at depth D); its mixing
  weight is w_n(x) = mu_n(x) c_n q_n, with mu_n the routing probability of reaching n and
  c_n = prod over ancestors a of (1 - q_a);
- the trees' weighted node logits are summed before one softmax (Copse's default combination,
  "summed logits"); the loss is the summed cross-entropy of the batch plus
  lambda * E[number of splitting nodes] = lambda * sum_i c_i (1 - q_i);
- Adam with a cosine learning-rate decay to 0 over all steps, mini-batches drawn by a seeded shuffle;
- initial split weights N(0, 1/d), biases 0, class logits 0, leafness logits logit(initial leafness);
- inputs: pixels / 255, standardised with one mean and deviation over all training pixels;
- a seeded 10 % of the training rows is held out and evaluated after every epoch, as Copse does for early
  stopping, so both sides do the same work per epoch (this peer keeps the last epoch's parameters).

The forward pass runs level by level on whole [batch x trees x nodes-of-level] tensors: one matrix product
computes every split of every tree, and one per level mixes the nodes' logits.

Prints one JSON object on stdout (the runner's WorkerOutput): implementation, peakRssBytes (VmHWM from
/proc/self/status), facts (versions, settings, accuracies, throughputs) and cases `train-epoch` (seconds
per training epoch, validation pass included) and `inference` (seconds per soft pass over the test rows,
timed with the runner's repetition scheme).
"""

import argparse
import gzip
import json
import math
import os
import platform
import struct
import sys
import time

import numpy as np
import torch

IDX_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
INFERENCE_BLOCK = 1000


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-folder", required=True, help="folder with the four MNIST-style IDX files")
    parser.add_argument("--train-rows", type=int, default=0, help="use the first N training rows (0: all)")
    parser.add_argument("--test-rows", type=int, default=0, help="use the first N test rows (0: all)")
    parser.add_argument("--trees", type=int, required=True)
    parser.add_argument("--depth", type=int, required=True)
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--batch-size", type=int, required=True)
    parser.add_argument("--learning-rate", type=float, required=True)
    parser.add_argument("--beta", type=float, required=True)
    parser.add_argument("--initial-leafness", type=float, required=True)
    parser.add_argument("--size-penalty", type=float, required=True)
    parser.add_argument("--validation-fraction", type=float, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--warmups", type=int, required=True)
    parser.add_argument("--repeats", type=int, required=True)
    parser.add_argument("--min-sample-ms", type=int, required=True)
    arguments = parser.parse_args()
    if min(arguments.trees, arguments.depth, arguments.epochs, arguments.batch_size, arguments.threads) < 1:
        parser.error("trees, depth, epochs, batch-size and threads must be positive")
    if not 0 < arguments.initial_leafness < 1:
        parser.error("initial-leafness must be in (0, 1)")
    if not 0 <= arguments.validation_fraction < 1:
        parser.error("validation-fraction must be in [0, 1)")
    if arguments.warmups < 1 or arguments.repeats < 1 or arguments.min_sample_ms < 0:
        parser.error("need warmups >= 1, repeats >= 1 and min-sample-ms >= 0")
    return arguments


def read_idx(folder, name):
    """One IDX file, raw or gzipped (with .gz appended); the magic number says which type and rank."""
    path = os.path.join(folder, name)
    if not os.path.exists(path) and os.path.exists(path + ".gz"):
        path += ".gz"
    with open(path, "rb") as raw:
        opener = gzip.open if raw.read(2) == b"\x1f\x8b" else open
    with opener(path, "rb") as stream:
        data = stream.read()
    if len(data) < 4 or data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        raise SystemExit(f"{path}: not an unsigned-byte IDX file (magic {data[:4].hex()})")
    rank = data[3]
    shape = struct.unpack(">" + "I" * rank, data[4:4 + 4 * rank])
    values = np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank)
    if values.size != math.prod(shape):
        raise SystemExit(f"{path}: header says {shape} but holds {values.size} values")
    return values.reshape(shape)


def load(folder, train_rows, test_rows):
    images = {k: read_idx(folder, v) for k, v in IDX_FILES.items()}
    x_train = images["train_images"].reshape(len(images["train_images"]), -1).astype(np.float32) / 255.0
    x_test = images["test_images"].reshape(len(images["test_images"]), -1).astype(np.float32) / 255.0
    y_train = images["train_labels"].astype(np.int64)
    y_test = images["test_labels"].astype(np.int64)
    if train_rows:
        x_train, y_train = x_train[:train_rows], y_train[:train_rows]
    if test_rows:
        x_test, y_test = x_test[:test_rows], y_test[:test_rows]
    mean = float(x_train.mean(dtype=np.float64))
    std = float(x_train.std(dtype=np.float64))
    x_train = (x_train - mean) / std
    x_test = (x_test - mean) / std
    return (torch.from_numpy(x_train), torch.from_numpy(y_train), torch.from_numpy(x_test),
            torch.from_numpy(y_test))


class BuddingForest(torch.nn.Module):
    """T budding soft trees of depth D, combined by summing their weighted node logits."""

    def __init__(self, trees, depth, features, classes, beta, initial_leafness, generator):
        super().__init__()
        self.trees, self.depth, self.beta = trees, depth, beta
        inner = 2 ** depth - 1
        nodes = 2 ** (depth + 1) - 1
        self.weight = torch.nn.Parameter(
            torch.randn(trees * inner, features, generator=generator) / math.sqrt(features))
        self.bias = torch.nn.Parameter(torch.zeros(trees * inner))
        leafness_logit = math.log(initial_leafness / (1 - initial_leafness))
        self.leafness = torch.nn.Parameter(torch.full((trees, inner), leafness_logit))
        self.logits = torch.nn.Parameter(torch.zeros(trees, nodes, classes))

    def forward(self, x):
        """Returns the forest's class logits [B, C] and the expected number of splitting nodes."""
        batch = x.shape[0]
        left = torch.sigmoid(self.beta * torch.addmm(self.bias, x, self.weight.t()))
        left = left.view(batch, self.trees, -1)
        q = torch.sigmoid(self.leafness)
        mu = x.new_ones(batch, self.trees, 1)
        reach = x.new_ones(self.trees, 1)
        out = None
        splitting = x.new_zeros(())
        for level in range(self.depth + 1):
            lo, hi = 2 ** level - 1, 2 ** (level + 1) - 1
            q_level = q[:, lo:hi] if level < self.depth else None
            weight = mu * (reach * q_level if q_level is not None else reach)
            width = hi - lo
            mixed = weight.reshape(batch, self.trees * width) @ self.logits[:, lo:hi].reshape(self.trees * width, -1)
            out = mixed if out is None else out + mixed
            if q_level is None:
                break
            stay = reach * (1 - q_level)
            splitting = splitting + stay.sum()
            p = left[:, :, lo:hi]
            mu = torch.stack((mu * p, mu * (1 - p)), dim=3).reshape(batch, self.trees, 2 * width)
            reach = stay.repeat_interleave(2, dim=1)
        return out, splitting


def measure(call, warmups, repeats, min_sample_ms):
    """The runner's repetition scheme; returns the mean seconds per call of each sample."""
    min_sample_ns = min_sample_ms * 1_000_000
    mean_call_ns = 0
    for _ in range(warmups):
        calls = 0
        start = time.perf_counter_ns()
        while True:
            call()
            calls += 1
            elapsed = time.perf_counter_ns() - start
            if elapsed >= min_sample_ns:
                break
        mean_call_ns = elapsed // calls
    calls_per_sample = max(1, math.ceil(min_sample_ns / max(mean_call_ns, 1)))
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter_ns()
        for _ in range(calls_per_sample):
            call()
        seconds.append((time.perf_counter_ns() - start) / 1e9 / calls_per_sample)
    return seconds


def peak_rss_bytes():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                value, unit = line.split()[1:3]
                if unit != "kB":
                    raise SystemExit(f"unexpected VmHWM unit in /proc/self/status: {line.strip()}")
                return int(value) * 1024
    raise SystemExit("no VmHWM line in /proc/self/status")


@torch.no_grad()
def predict(model, x):
    labels = []
    for start in range(0, len(x), INFERENCE_BLOCK):
        labels.append(model(x[start:start + INFERENCE_BLOCK])[0].argmax(dim=1))
    return torch.cat(labels)


def main():
    a = parse_arguments()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    generator = torch.Generator().manual_seed(a.seed)
    x_all, y_all, x_test, y_test = load(a.data_folder, a.train_rows, a.test_rows)
    order = torch.randperm(len(x_all), generator=generator)
    held = round(a.validation_fraction * len(x_all))
    x_val, y_val = x_all[order[:held]], y_all[order[:held]]
    x_train, y_train = x_all[order[held:]], y_all[order[held:]]
    classes = int(max(y_all.max(), y_test.max())) + 1
    model = BuddingForest(a.trees, a.depth, x_train.shape[1], classes, a.beta, a.initial_leafness, generator)
    optimizer = torch.optim.Adam(model.parameters(), lr=a.learning_rate)
    steps = a.epochs * math.ceil(len(x_train) / a.batch_size)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: 0.5 * (1 + math.cos(math.pi * s / steps)))

    epoch_seconds = []
    validation = []
    for _ in range(a.epochs):
        start = time.perf_counter()
        model.train()
        permutation = torch.randperm(len(x_train), generator=generator)
        for first in range(0, len(x_train), a.batch_size):
            rows = permutation[first:first + a.batch_size]
            logits, splitting = model(x_train[rows])
            loss = torch.nn.functional.cross_entropy(logits, y_train[rows], reduction="sum") \
                + a.size_penalty * splitting
            if not torch.isfinite(loss):
                raise SystemExit(f"training diverged: loss {loss.item()}")
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            schedule.step()
        model.eval()
        if held:
            validation.append(float((predict(model, x_val) == y_val).float().mean()))
        epoch_seconds.append(time.perf_counter() - start)

    model.eval()
    accuracy = float((predict(model, x_test) == y_test).float().mean())
    inference = measure(lambda: predict(model, x_test), a.warmups, a.repeats, a.min_sample_ms)
    train_rate = len(x_train) / float(np.median(epoch_seconds))
    infer_rate = len(x_test) / float(np.median(inference))
    facts = {
        "versions": f"torch {torch.__version__}, numpy {np.__version__}, Python {platform.python_version()}",
        "threads": f"torch.set_num_threads({a.threads}); torch reports {torch.get_num_threads()}",
        "rows": f"{len(x_train)} training, {held} held out, {len(x_test)} test",
        "test accuracy": f"{100 * accuracy:.2f} %",
        "last validation accuracy": f"{100 * validation[-1]:.2f} %" if validation else "none held out",
        "training samples/s": f"{train_rate:.0f} (median over {a.epochs} epochs)",
        "inference samples/s": f"{infer_rate:.0f} (soft, blocks of {INFERENCE_BLOCK})",
    }
    output = {
        "implementation": "torch",
        "peakRssBytes": peak_rss_bytes(),
        "facts": facts,
        "accuracy": accuracy,
        "trainingRows": len(x_train),
        "testRows": len(x_test),
        "cases": [
            {"id": "train-epoch", "flops": 0.0, "seconds": epoch_seconds},
            {"id": "inference", "flops": 0.0, "seconds": inference},
        ],
    }
    json.dump(output, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
