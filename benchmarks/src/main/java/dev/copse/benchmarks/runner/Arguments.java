package dev.copse.benchmarks.runner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A parsed command line: positional words plus {@code --name value} options and {@code --flag} switches
 * from a fixed set. Immutable. Unknown options, a missing value and a repeated option throw with a message
 * that names the option and lists the known ones.
 */
final class Arguments {

    private final List<String> positional;
    private final Map<String, String> options;
    private final Set<String> flags;

    private Arguments(List<String> positional, Map<String, String> options, Set<String> flags) {
        this.positional = List.copyOf(positional);
        this.options = Map.copyOf(options);
        this.flags = Set.copyOf(flags);
    }

    /** Parses {@code args}; {@code valued} are options that take a value, {@code switches} those that do not. */
    static Arguments parse(String[] args, Set<String> valued, Set<String> switches) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        Set<String> flags = new TreeSet<>();
        for (int i = 0; i < args.length; i++) {
            String word = args[i];
            if (!word.startsWith("--")) {
                positional.add(word);
                continue;
            }
            String name = word.substring(2);
            if (switches.contains(name)) {
                flags.add(name);
            } else if (valued.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + word + " needs a value");
                }
                if (options.put(name, args[++i]) != null) {
                    throw new IllegalArgumentException("option " + word + " is given twice");
                }
            } else {
                Set<String> known = new TreeSet<>(valued);
                known.addAll(switches);
                throw new IllegalArgumentException("unknown option " + word + "; known options: --"
                        + String.join(", --", known));
            }
        }
        return new Arguments(positional, options, flags);
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The value of option {@code name}; throws when it was not given. */
    String required(String name) {
        return option(name).orElseThrow(() -> new IllegalArgumentException("option --" + name + " is required"));
    }

    /** The integer value of option {@code name}; throws when it was not given or is not an integer. */
    long requiredLong(String name) {
        required(name);
        return longOption(name, 0);
    }

    /** The integer value of option {@code name}, or {@code fallback} when absent; throws when not an integer. */
    long longOption(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option --" + name + " needs a whole number, got '" + value + "'");
        }
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
