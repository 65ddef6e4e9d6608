# Sourced by the scripts beside it (needs $root): sets $jar to target/sli.jar, building it first
# when it is missing or older than the sources, so every script runs the code as it stands.
jar="$root/target/sli.jar"
if [[ ! -f "$jar" || -n "$(find "$root/src/main" "$root/pom.xml" -newer "$jar" -print -quit)" ]]; then
  echo "$(basename "$0"): building the jar (mvn package)..." >&2
  mvn -q -B -f "$root/pom.xml" -DskipTests package >&2
fi
