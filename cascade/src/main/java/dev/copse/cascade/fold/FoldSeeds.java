package dev.copse.cascade.fold;

/**
 * Derives the seed of every fit in a cascade from the one seed of the run, so that each level, member and
 * fold draws independent randomness and the result depends on nothing but the run's seed.
 *
 * <p>Each coordinate is folded in with SplitMix64's finaliser (Steele, Lea and Flood, <i>Fast splittable
 * pseudorandom number generators</i>, OOPSLA 2014), whose avalanche makes seeds of neighbouring coordinates
 * unrelated. Stateless and thread-safe.
 */
public final class FoldSeeds {

    private FoldSeeds() {
    }

    /** The seed for the fit at {@code coordinates} (e.g. stage, level, member, fold) under {@code seed}. */
    public static long derive(long seed, int... coordinates) {
        long h = mix(seed);
        for (int c : coordinates) {
            h = mix(h ^ (0x9E3779B97F4A7C15L + c));
        }
        return h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
