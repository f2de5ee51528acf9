# Sourced by .ci/run and ./copse: makes JAVA_HOME point at a JDK 21 or newer, or fails with advice.
# Order: an existing JAVA_HOME that is new enough, then `java` on PATH, then the newest JDK under /usr/lib/jvm.

copse_java_feature() { # prints the feature version (17, 21, 25, ...) of the JDK in folder $1, or nothing
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

copse_select_jdk() {
    local candidate version best="" best_version=0
    for candidate in "${JAVA_HOME:-}" \
                     "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")" \
                     /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -d "$candidate" ] || continue
        version=$(copse_java_feature "$candidate")
        [ -n "$version" ] || continue
        if [ "$version" -ge 21 ]; then
            # Respect an explicit JAVA_HOME or PATH choice; otherwise take the newest installed JDK.
            if [ "$candidate" = "${JAVA_HOME:-}" ]; then best=$candidate; break; fi
            if [ "$version" -gt "$best_version" ]; then best=$candidate; best_version=$version; fi
        fi
    done
    if [ -z "$best" ]; then
        echo "error: Copse needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, javac on PATH and /usr/lib/jvm/*)." >&2
        echo "       Install one (for example: apt-get install openjdk-21-jdk) or set JAVA_HOME to its folder." >&2
        return 1
    fi
    export JAVA_HOME=$best
    export PATH="$JAVA_HOME/bin:$PATH"
}
