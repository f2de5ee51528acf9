/**
 * The IDX file format of MNIST and Fashion-MNIST: {@link dev.copse.core.data.idx.IdxReader} (raw or
 * gzip, every header checked before anything is allocated from it), {@link dev.copse.core.data.idx.IdxWriter}
 * (atomic, deterministic gzip), the parsed {@link dev.copse.core.data.idx.IdxArray}, and
 * {@link dev.copse.core.data.idx.IdxDatasets}, which pairs an images file with a labels file to make a
 * {@link dev.copse.core.data.Dataset} with pixels in {@code [0, 1]}.
 */
package dev.copse.core.data.idx;
