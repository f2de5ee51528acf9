#!/usr/bin/python3
"""PyTorch peer of Copse's `resnet` benchmark scenario.

Trains the same ResNet-8 as Copse (docs/CNN.md: a 3x3 stem convolution with batch norm and ReLU, one
basic block per stage at widths 16/32/64, the later stages entered at stride 2 through a 1x1 projection
with batch norm, global average pooling, a linear classifier; convolutions without bias) on the same IDX
files, with the same settings: Adam (learning rate 1e-3, no weight decay), batch 128, float32, pixels
scaled to [0, 1] as b / 255, a seeded shuffle every epoch, the last batch kept when it has at least two
images. Then it measures inference in eval mode at batch 1 and batch 256 with the runner's repetition
scheme (dev.copse.benchmarks.runner.RepetitionScheme).

Training is timed step by step: the mean seconds per step of consecutive chunks of --chunk-steps steps, the
first chunk (warm-up) dropped, are the samples of case `train`. Test accuracy after the last epoch is a
fact. Prints one JSON object on stdout (the runner's WorkerOutput): implementation, peakRssBytes (VmHWM
from /proc/self/status), facts and cases.
"""

import argparse
import gzip
import json
import math
import os
import platform
import sys
import time

import numpy as np
import torch
from torch import nn

SEED = 1


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder with the four MNIST-named IDX files (raw or .gz)")
    parser.add_argument("--epochs", type=int, required=True)
    parser.add_argument("--train-rows", type=int, default=0, help="use the first N training images (0: all)")
    parser.add_argument("--test-rows", type=int, default=0, help="use the first N test images (0: all)")
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--chunk-steps", type=int, default=10)
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--warmups", type=int, required=True)
    parser.add_argument("--repeats", type=int, required=True)
    parser.add_argument("--min-sample-ms", type=int, required=True)
    arguments = parser.parse_args()
    if arguments.epochs < 1 or arguments.threads < 1 or arguments.batch_size < 2 or arguments.chunk_steps < 1:
        parser.error("need epochs >= 1, threads >= 1, batch-size >= 2 and chunk-steps >= 1")
    if arguments.warmups < 1 or arguments.repeats < 1 or arguments.min_sample_ms < 0:
        parser.error("need warmups >= 1, repeats >= 1 and min-sample-ms >= 0")
    return arguments


def read_idx(folder, name):
    """The array in IDX file `name` (or `name`.gz) of `folder`: unsigned bytes, big-endian dimensions."""
    raw = os.path.join(folder, name)
    path = raw if os.path.exists(raw) else raw + ".gz"
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as handle:
        data = handle.read()
    if len(data) < 4 or data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        raise SystemExit(f"{path}: not an unsigned-byte IDX file (magic {data[:4].hex()})")
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(rank)]
    body = np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * rank)
    if body.size != math.prod(dims):
        raise SystemExit(f"{path}: {body.size} bytes of data for dimensions {dims}")
    return body.reshape(dims)


def load(folder, prefix, rows):
    images = read_idx(folder, f"{prefix}-images-idx3-ubyte")
    labels = read_idx(folder, f"{prefix}-labels-idx1-ubyte")
    if rows > 0:
        images, labels = images[:rows], labels[:rows]
    x = torch.from_numpy(images.astype(np.float32) / np.float32(255)).unsqueeze(1).contiguous()
    return x, torch.from_numpy(labels.astype(np.int64))


def conv3x3(cin, cout, stride):
    return nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)


class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1, self.bn1 = conv3x3(cin, cout, stride), nn.BatchNorm2d(cout)
        self.conv2, self.bn2 = conv3x3(cout, cout, 1), nn.BatchNorm2d(cout)
        self.shortcut = nn.Identity()
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride=stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        y = torch.relu(self.bn1(self.conv1(x)))
        return torch.relu(self.bn2(self.conv2(y)) + self.shortcut(x))


class ResNet(nn.Module):
    def __init__(self, widths, blocks_per_stage, classes):
        super().__init__()
        self.stem = nn.Sequential(conv3x3(1, widths[0], 1), nn.BatchNorm2d(widths[0]), nn.ReLU())
        layers, cin = [], widths[0]
        for s, width in enumerate(widths):
            for b in range(blocks_per_stage):
                layers.append(BasicBlock(cin, width, 2 if s > 0 and b == 0 else 1))
                cin = width
        self.blocks = nn.Sequential(*layers)
        self.fc = nn.Linear(cin, classes)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


def train(model, x, y, epochs, batch, chunk_steps):
    """Trains in place; returns the mean seconds per step of each chunk after the first."""
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_function = nn.CrossEntropyLoss()
    generator = torch.Generator().manual_seed(SEED)
    n = x.shape[0]
    chunks, steps, chunk_start = [], 0, time.perf_counter_ns()
    model.train()
    for _ in range(epochs):
        order = torch.randperm(n, generator=generator)
        for start in range(0, n, batch):
            index = order[start:start + batch]
            if index.numel() < 2:
                continue
            optimizer.zero_grad(set_to_none=True)
            loss = loss_function(model(x[index]), y[index])
            if not torch.isfinite(loss):
                raise SystemExit(f"training diverged at step {steps}: loss {loss.item()}")
            loss.backward()
            optimizer.step()
            steps += 1
            if steps % chunk_steps == 0:
                now = time.perf_counter_ns()
                chunks.append((now - chunk_start) / 1e9 / chunk_steps)
                chunk_start = now
    if len(chunks) < 2:
        raise SystemExit(f"only {steps} training steps: too few for two chunks of {chunk_steps}")
    return chunks[1:]


def accuracy(model, x, y):
    model.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, x.shape[0], 256):
            correct += int((model(x[start:start + 256]).argmax(1) == y[start:start + 256]).sum())
    return correct / x.shape[0]


def measure(call, warmups, repeats, min_sample_ms):
    """The runner's repetition scheme; returns the mean seconds per call of each sample."""
    min_sample_ns = min_sample_ms * 1_000_000
    mean_call_ns = 0
    for _ in range(warmups):
        calls, start = 0, time.perf_counter_ns()
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


def main():
    arguments = parse_arguments()
    torch.set_num_threads(arguments.threads)
    torch.manual_seed(SEED)
    x_train, y_train = load(arguments.data, "train", arguments.train_rows)
    x_test, y_test = load(arguments.data, "t10k", arguments.test_rows)
    classes = int(max(y_train.max(), y_test.max())) + 1
    model = ResNet([16, 32, 64], 1, classes)
    steps = train(model, x_train, y_train, arguments.epochs, arguments.batch_size, arguments.chunk_steps)
    test_accuracy = accuracy(model, x_test, y_test)

    model.eval()
    one, batch = x_test[:1].contiguous(), x_test[:256].contiguous()
    if batch.shape[0] < 256:
        batch = batch.repeat(math.ceil(256 / batch.shape[0]), 1, 1, 1)[:256].contiguous()
    with torch.no_grad():
        single = measure(lambda: model(one), arguments.warmups, arguments.repeats, arguments.min_sample_ms)
        many = measure(lambda: model(batch), arguments.warmups, arguments.repeats, arguments.min_sample_ms)

    facts = {
        "torch": torch.__version__,
        "python": platform.python_version(),
        "threads": str(torch.get_num_threads()),
        "oneDNN (mkldnn) available": str(torch.backends.mkldnn.is_available()),
        "training images": str(x_train.shape[0]),
        "test images": str(x_test.shape[0]),
        "epochs": str(arguments.epochs),
        "test accuracy": f"{100 * test_accuracy:.2f} %",
    }
    output = {
        "implementation": "pytorch",
        "peakRssBytes": peak_rss_bytes(),
        "facts": facts,
        "cases": [
            {"id": "train", "flops": 0.0, "seconds": steps},
            {"id": "infer-b1", "flops": 0.0, "seconds": single},
            {"id": "infer-b256", "flops": 0.0, "seconds": many},
        ],
    }
    json.dump(output, sys.stdout)
    print()


if __name__ == "__main__":
    main()
