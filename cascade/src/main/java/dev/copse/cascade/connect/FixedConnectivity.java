package dev.copse.cascade.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The connectivities whose sources are fixed before training; see {@link Connectivity}. */
enum FixedConnectivity implements Connectivity {

    PREVIOUS {
        @Override
        public List<Source> sources(int level) {
            check(level);
            return level == 0 ? List.of(Source.features()) : List.of(Source.features(), Source.level(level - 1));
        }
    },

    DENSE {
        @Override
        public List<Source> sources(int level) {
            check(level);
            List<Source> sources = new ArrayList<>(level + 1);
            sources.add(Source.features());
            for (int j = 0; j < level; j++) {
                sources.add(Source.level(j));
            }
            return List.copyOf(sources);
        }
    };

    @Override
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }

    private static void check(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("level must be >= 0, got " + level);
        }
    }
}
