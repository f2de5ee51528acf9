package dev.copse.cascade.grow;

import dev.copse.cascade.connect.Connectivity;
import dev.copse.cascade.member.MemberSpec;
import dev.copse.cascade.scan.ScanOptions;
import java.util.List;
import java.util.Optional;

/**
 * Configuration of a deep-forest cascade (METHODS.md section 2). {@link CascadePresets} builds the usual
 * ones; {@link #of(List)} gives the defaults below around any list of members.
 *
 * <p><b>Validation (Copse).</b> A stratified hold-out of {@code validationFraction} of the training set
 * scores every level; the levels grow on the rest. The hold-out is never trained on, so its score is an
 * honest estimate, at the price of growing on {@code 1 - validationFraction} of the data. gcForest's paper
 * grows on a split in the same way but then retrains the cascade, at the depth found, on the merged sets,
 * which doubles the training cost; Copse keeps the cascade as grown. The other common rule, scoring each
 * level by the out-of-fold accuracy of its training vectors, needs no hold-out but scores levels on the rows
 * they were grown from.
 *
 * @param members            the specifications every level trains, in the order of their class vectors
 * @param folds              {@code k} of the out-of-fold class vectors, {@code >= 2}
 * @param connectivity       which earlier blocks feed each level
 * @param validationFraction share of the training rows held out to score levels, in {@code (0, 1)}
 * @param metric             the validation score
 * @param patience           levels without improvement before growth stops, {@code >= 1}
 * @param maxLevels          most levels grown, {@code >= 1}
 * @param scan               multi-grained scanning before the cascade, for image data
 * @param seed               the one seed of the run
 * @param threads            most threads for binning and scanning bookkeeping, {@code >= 1} (every member
 *                           has its own thread option)
 */
public record CascadeOptions(List<MemberSpec> members, int folds, Connectivity connectivity,
                             double validationFraction, ValidationMetric metric, int patience, int maxLevels,
                             Optional<ScanOptions> scan, long seed, int threads) {

    /** Default {@link #folds()}: 3, as gcForest. */
    public static final int DEFAULT_FOLDS = 3;
    /** Default {@link #validationFraction()}: 20 % of the training set. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;
    /** Default {@link #patience()}. */
    public static final int DEFAULT_PATIENCE = 2;
    /** Default {@link #maxLevels()}. */
    public static final int DEFAULT_MAX_LEVELS = 20;

    /** @throws IllegalArgumentException naming the first field out of range */
    public CascadeOptions {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("a cascade level needs at least one member");
        }
        members = List.copyOf(members);
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be >= 2, got " + folds);
        }
        if (connectivity == null) {
            throw new IllegalArgumentException("connectivity must not be null");
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in (0, 1), got " + validationFraction);
        }
        if (metric == null) {
            throw new IllegalArgumentException("metric must not be null");
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1, got " + patience);
        }
        if (maxLevels < 1) {
            throw new IllegalArgumentException("maxLevels must be >= 1, got " + maxLevels);
        }
        if (scan == null) {
            throw new IllegalArgumentException("scan must not be null (use Optional.empty())");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /**
     * The given members with the defaults: 3 folds, {@link Connectivity#PREVIOUS}, 20 % validation,
     * accuracy, patience 2, at most 20 levels, no scanning, seed 1, one thread per available processor.
     */
    public static CascadeOptions of(List<MemberSpec> members) {
        return new CascadeOptions(members, DEFAULT_FOLDS, Connectivity.PREVIOUS, DEFAULT_VALIDATION_FRACTION,
                ValidationMetric.ACCURACY, DEFAULT_PATIENCE, DEFAULT_MAX_LEVELS, Optional.empty(), 1L,
                Runtime.getRuntime().availableProcessors());
    }

    public CascadeOptions withMembers(List<MemberSpec> value) {
        return new CascadeOptions(value, folds, connectivity, validationFraction, metric, patience, maxLevels, scan,
                seed, threads);
    }

    public CascadeOptions withFolds(int value) {
        return new CascadeOptions(members, value, connectivity, validationFraction, metric, patience, maxLevels,
                scan, seed, threads);
    }

    public CascadeOptions withConnectivity(Connectivity value) {
        return new CascadeOptions(members, folds, value, validationFraction, metric, patience, maxLevels, scan,
                seed, threads);
    }

    public CascadeOptions withValidationFraction(double value) {
        return new CascadeOptions(members, folds, connectivity, value, metric, patience, maxLevels, scan, seed,
                threads);
    }

    public CascadeOptions withMetric(ValidationMetric value) {
        return new CascadeOptions(members, folds, connectivity, validationFraction, value, patience, maxLevels,
                scan, seed, threads);
    }

    public CascadeOptions withPatience(int value) {
        return new CascadeOptions(members, folds, connectivity, validationFraction, metric, value, maxLevels, scan,
                seed, threads);
    }

    public CascadeOptions withMaxLevels(int value) {
        return new CascadeOptions(members, folds, connectivity, validationFraction, metric, patience, value, scan,
                seed, threads);
    }

    /** Scanning with {@code value} before the cascade. */
    public CascadeOptions withScan(ScanOptions value) {
        return new CascadeOptions(members, folds, connectivity, validationFraction, metric, patience, maxLevels,
                Optional.of(value), seed, threads);
    }

    public CascadeOptions withSeed(long value) {
        return new CascadeOptions(members, folds, connectivity, validationFraction, metric, patience, maxLevels,
                scan, value, threads);
    }

    public CascadeOptions withThreads(int value) {
        return new CascadeOptions(members, folds, connectivity, validationFraction, metric, patience, maxLevels,
                scan, seed, value);
    }
}
