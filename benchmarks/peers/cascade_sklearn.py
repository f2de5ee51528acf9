#!/usr/bin/python3
"""scikit-learn peer of Copse's gcforest cascade scenario.

Grows the reference deep-forest cascade (Zhou and Feng, Deep Forest, IJCAI 2017) with scikit-learn's forests
and the growth rule of Copse's `gcforest` preset (dev.copse.cascade.grow.CascadeForest):

- a stratified hold-out of --validation-fraction of the training images scores the levels; the levels grow
  on the rest, split once into --folds stratified folds that every level reuses;
- every level has 2 RandomForestClassifier and 2 ExtraTreesClassifier(max_features=1) of --trees trees
  (scikit-learn's other defaults: fully grown trees, bootstrap only for the random forests);
- level t reads the original features and the class vectors of level t-1 ("previous" connectivity); the
  growing rows' vectors are out of fold, and every member is then refitted on all growing rows to give the
  validation and test rows' vectors;
- a level's score is the accuracy of the mean of its members' validation vectors; growth stops after
  --patience levels without a strict improvement (or at --max-levels) and the levels up to the best are kept.

Reads the four IDX files (optionally gzipped) named on the command line. Prints one JSON object on stdout
(the runner's WorkerOutput): implementation, peakRssBytes (VmHWM from /proc/self/status), facts, and one
timing case per level plus the whole fit; "levels" adds each level's accuracies and node count.
"""

import argparse
import gzip
import json
import platform
import struct
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, train_test_split

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train_images")
    parser.add_argument("train_labels")
    parser.add_argument("test_images")
    parser.add_argument("test_labels")
    parser.add_argument("--trees", type=int, default=100, help="trees per forest")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--validation-fraction", type=float, default=0.2)
    parser.add_argument("--patience", type=int, default=2)
    parser.add_argument("--max-levels", type=int, default=20)
    parser.add_argument("--max-train", type=int, default=0, help="use only this many training images (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1, help="n_jobs of every forest")
    arguments = parser.parse_args()
    if min(arguments.trees, arguments.patience, arguments.max_levels, arguments.threads) < 1 \
            or arguments.folds < 2 or not 0 < arguments.validation_fraction < 1 or arguments.max_train < 0:
        parser.error("need trees, patience, max-levels, threads >= 1, folds >= 2, validation-fraction in (0, 1)")
    return arguments


def read_idx(path, magic):
    """The array of an IDX file of unsigned bytes, checked against the expected magic number and size."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as stream:
        data = stream.read()
    if len(data) < 8:
        raise SystemExit(f"{path}: too short ({len(data)} bytes) to be an IDX file")
    (found,) = struct.unpack(">I", data[:4])
    if found != magic:
        raise SystemExit(f"{path}: magic number {found:#010x}, expected {magic:#010x}")
    dimensions = magic & 0xFF
    shape = struct.unpack(">" + "I" * dimensions, data[4:4 + 4 * dimensions])
    body = data[4 + 4 * dimensions:]
    if len(body) != int(np.prod(shape)):
        raise SystemExit(f"{path}: header declares shape {shape} but holds {len(body)} values")
    return np.frombuffer(body, dtype=np.uint8).reshape(shape)


def load(images_path, labels_path):
    images = read_idx(images_path, IMAGES_MAGIC)
    labels = read_idx(labels_path, LABELS_MAGIC)
    if images.shape[0] != labels.shape[0]:
        raise SystemExit(f"{images_path} has {images.shape[0]} images but {labels_path} {labels.shape[0]} labels")
    return images.reshape(images.shape[0], -1).astype(np.float32), labels.astype(np.int64)


def members(trees, threads, seed):
    """The four forests of a level, each with its own seed."""
    return [RandomForestClassifier(n_estimators=trees, n_jobs=threads, random_state=seed),
            RandomForestClassifier(n_estimators=trees, n_jobs=threads, random_state=seed + 1),
            ExtraTreesClassifier(n_estimators=trees, max_features=1, n_jobs=threads, random_state=seed + 2),
            ExtraTreesClassifier(n_estimators=trees, max_features=1, n_jobs=threads, random_state=seed + 3)]


def grow_level(x_grow, y_grow, folds, x_others, classes, arguments, level):
    """Out-of-fold vectors of the growing rows, the final members' vectors of the other parts, node count."""
    width = 4 * classes
    out_of_fold = np.zeros((x_grow.shape[0], width), dtype=np.float32)
    for f, (train, held_out) in enumerate(folds):
        for m, member in enumerate(members(arguments.trees, arguments.threads, 1000 * level + 10 * f)):
            member.fit(x_grow[train], y_grow[train])
            out_of_fold[held_out, m * classes:(m + 1) * classes] = member.predict_proba(x_grow[held_out])
    others = [np.zeros((x.shape[0], width), dtype=np.float32) for x in x_others]
    nodes = 0
    for m, member in enumerate(members(arguments.trees, arguments.threads, 1000 * level + 10 * len(folds))):
        member.fit(x_grow, y_grow)
        nodes += sum(tree.tree_.node_count for tree in member.estimators_)
        for x, vectors in zip(x_others, others):
            vectors[:, m * classes:(m + 1) * classes] = member.predict_proba(x)
    return out_of_fold, others, nodes


def accuracy(vectors, labels, classes):
    mean = vectors.reshape(vectors.shape[0], -1, classes).mean(axis=1)
    return float(np.mean(np.argmax(mean, axis=1) == labels))


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
    x_train, y_train = load(arguments.train_images, arguments.train_labels)
    x_test, y_test = load(arguments.test_images, arguments.test_labels)
    if arguments.max_train:
        x_train, y_train = x_train[:arguments.max_train], y_train[:arguments.max_train]
    classes = int(max(y_train.max(), y_test.max())) + 1
    start = time.perf_counter()
    x_grow, x_validation, y_grow, y_validation = train_test_split(
        x_train, y_train, test_size=arguments.validation_fraction, stratify=y_train, random_state=arguments.seed)
    folds = list(StratifiedKFold(n_splits=arguments.folds, shuffle=True, random_state=arguments.seed)
                 .split(x_grow, y_grow))
    grow_input, validation_input, test_input = x_grow, x_validation, x_test
    levels, cases = [], []
    best, best_score = -1, -1.0
    for level in range(arguments.max_levels):
        level_start = time.perf_counter()
        grow_vectors, (validation_vectors, test_vectors), nodes = grow_level(
            grow_input, y_grow, folds, [validation_input, test_input], classes, arguments, level)
        seconds = time.perf_counter() - level_start
        score = accuracy(validation_vectors, y_validation, classes)
        levels.append({"level": level + 1, "inputWidth": int(grow_input.shape[1]), "validationAccuracy": score,
                       "testAccuracy": accuracy(test_vectors, y_test, classes), "nodes": int(nodes),
                       "seconds": seconds})
        cases.append({"id": f"level-{level + 1}", "flops": 0, "seconds": [seconds]})
        print(f"level {level + 1}: validation {score:.4f}, test {levels[-1]['testAccuracy']:.4f}, "
              f"{nodes} nodes, {seconds:.1f} s", file=sys.stderr, flush=True)
        if score > best_score:
            best, best_score = level, score
        if level - best >= arguments.patience:
            break
        grow_input = np.hstack([x_grow, grow_vectors])
        validation_input = np.hstack([x_validation, validation_vectors])
        test_input = np.hstack([x_test, test_vectors])
    cases.append({"id": "fit", "flops": 0, "seconds": [time.perf_counter() - start]})
    output = {
        "implementation": "scikit-learn",
        "peakRssBytes": peak_rss_bytes(),
        "facts": {
            "versions": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, "
                        f"Python {platform.python_version()}",
            "settings": f"{arguments.trees} trees per forest, {arguments.folds} folds, validation "
                        f"{arguments.validation_fraction}, patience {arguments.patience}, n_jobs {arguments.threads}, "
                        f"{x_train.shape[0]} training images",
            "kept levels": str(best + 1),
            "test accuracy": str(levels[best]["testAccuracy"]),
        },
        "cases": cases,
        "levels": levels,
    }
    json.dump(output, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
