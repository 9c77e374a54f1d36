# Sourced by the launcher and the benchmark scripts (from the repository's top folder): the Java to run with,
# JAVA_BIN when set, otherwise the newest Temurin under /usr/lib/jvm (the machine's default java is 17, too old
# for Payara Micro 7).
java_bin=${JAVA_BIN:-}
if [ -z "$java_bin" ]; then
  for candidate in /usr/lib/jvm/temurin-*/bin/java; do java_bin=$candidate; done
fi
