#!/usr/bin/python3
"""numpy peer of Copse's `gemm` benchmark scenario.

Times numpy's float32 matmul (BLAS sgemm) on one shape C (m x n) = op(A) (m x k) @ op(B) (k x n), where a
transposed operand is stored as its transpose and passed as a `.T` view, exactly as Copse stores it. The
timing follows the runner's repetition scheme (dev.copse.benchmarks.runner.RepetitionScheme): `warmups`
rounds discarded, each repeating the call until it lasted min_sample; the last round's mean call time
fixes how many calls a sample makes (ceil(min_sample / mean call), at least 1); then `repeats` samples
of the mean seconds per call. The product is checked against a float64
product on its first rows afterwards, so a BLAS that computes wrong results fails instead of looking fast.

Prints one JSON object on stdout (the runner's WorkerOutput): implementation, peakRssBytes (VmHWM from
/proc/self/status, like the Java workers), facts (numpy version and which BLAS kernel ran, with how many
threads) and cases. The runner starts it with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset and
OPENBLAS_NUM_THREADS set; --threads is applied again through threadpoolctl and checked.
"""

import argparse
import io
import json
import math
import platform
import sys
import time
from contextlib import redirect_stdout

import numpy as np

TOLERANCE = 1e-3  # same bound as the Java workers: far above float rounding, far below a wrong kernel
SEED = 20240601


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", required=True, help="the shape id, echoed in the output")
    parser.add_argument("--m", type=int, required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--k", type=int, required=True)
    parser.add_argument("--transpose-a", action="store_true", help="A is stored k x m and used as A.T")
    parser.add_argument("--transpose-b", action="store_true", help="B is stored n x k and used as B.T")
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--warmups", type=int, required=True)
    parser.add_argument("--repeats", type=int, required=True)
    parser.add_argument("--min-sample-ms", type=int, required=True)
    arguments = parser.parse_args()
    if arguments.warmups < 1 or arguments.repeats < 1 or arguments.min_sample_ms < 0:
        parser.error("need warmups >= 1, repeats >= 1 and min-sample-ms >= 0")
    if min(arguments.m, arguments.n, arguments.k, arguments.threads) < 1:
        parser.error("m, n, k and threads must be positive")
    return arguments


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


def relative_error_of_first_rows(op_a, op_b, c, rows):
    """Largest |c - exact| / sum |a_ip b_pj| over the first rows, as in the Java workers."""
    a = op_a[:rows].astype(np.float64)
    b = op_b.astype(np.float64)
    exact = a @ b
    magnitude = np.abs(a) @ np.abs(b)
    return float(np.max(np.abs(c[:rows] - exact) / np.maximum(magnitude, np.finfo(np.float64).tiny)))


def peak_rss_bytes():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                value, unit = line.split()[1:3]
                if unit != "kB":
                    raise SystemExit(f"unexpected VmHWM unit in /proc/self/status: {line.strip()}")
                return int(value) * 1024
    raise SystemExit("no VmHWM line in /proc/self/status")


AVX512_KERNELS = {"SkylakeX", "Cooperlake", "SapphireRapids"}


def cpu_has_avx512():
    with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("flags"):
                return "avx512f" in line.split()
    return False


def kernel_caveat(blas_infos):
    """A warning when OpenBLAS runs a kernel narrower than the CPU allows (it did not recognise the CPU)."""
    if not cpu_has_avx512():
        return None
    for info in blas_infos:
        if info.get("internal_api") == "openblas" and info.get("architecture") not in AVX512_KERNELS:
            return (f"this CPU has AVX-512 but OpenBLAS {info.get('version')} runs its {info.get('architecture')} "
                    "kernel, so numpy is slower than it could be; rerun with --openblas-coretype SkylakeX "
                    "to compare against an AVX-512 kernel")
    return None


def limit_and_describe_blas(threads):
    """Pins BLAS to `threads` threads; returns which BLAS library and kernel numpy uses, and any caveat."""
    try:
        import threadpoolctl
    except ImportError:
        text = io.StringIO()
        with redirect_stdout(text):
            np.show_config()
        return "threadpoolctl missing; numpy.show_config(): " + " ".join(text.getvalue().split()), None
    threadpoolctl.threadpool_limits(limits=threads, user_api="blas")
    blas = [info for info in threadpoolctl.threadpool_info() if info.get("user_api") == "blas"]
    if not blas:
        raise SystemExit("numpy has no BLAS library loaded that threadpoolctl can see")
    described = []
    for info in blas:
        if info.get("num_threads") != threads:
            raise SystemExit(f"{info.get('filepath')} runs {info.get('num_threads')} threads, wanted {threads}")
        described.append(f"{info.get('internal_api')} {info.get('version')}, kernel {info.get('architecture')}, "
                         f"{info.get('num_threads')} threads, {info.get('threading_layer')} threading "
                         f"({info.get('filepath')})")
    return "; ".join(described), kernel_caveat(blas)


def main():
    arguments = parse_arguments()
    blas, caveat = limit_and_describe_blas(arguments.threads)
    rng = np.random.default_rng(SEED)
    m, n, k = arguments.m, arguments.n, arguments.k
    a = rng.uniform(-1.0, 1.0, size=(k, m) if arguments.transpose_a else (m, k)).astype(np.float32)
    b = rng.uniform(-1.0, 1.0, size=(n, k) if arguments.transpose_b else (k, n)).astype(np.float32)
    op_a = a.T if arguments.transpose_a else a
    op_b = b.T if arguments.transpose_b else b
    c = np.empty((m, n), dtype=np.float32)

    seconds = measure(lambda: np.matmul(op_a, op_b, out=c), arguments.warmups, arguments.repeats,
                      arguments.min_sample_ms)
    error = relative_error_of_first_rows(op_a, op_b, c, min(2, m))
    if not error <= TOLERANCE:
        raise SystemExit(f"numpy computed a wrong product for {arguments.case}: relative error {error} "
                         f"exceeds {TOLERANCE} (BLAS: {blas})")
    output = {
        "implementation": "numpy",
        "peakRssBytes": peak_rss_bytes(),
        "facts": {
            "versions": f"numpy {np.__version__}, Python {platform.python_version()}",
            "BLAS": blas,
        },
        "cases": [{"id": arguments.case, "flops": 2.0 * m * n * k, "seconds": seconds}],
    }
    if caveat:
        output["facts"]["caveat"] = caveat
    json.dump(output, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
