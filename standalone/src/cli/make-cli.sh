#!/bin/sh
# Makes target/cli: the jar extracted (plain jars on the class path, which the JVM loads faster than nested ones and
# can share), a class-data archive of the classes that training runs of every command load, and the launcher.
# usage: make-cli.sh TARGET_DIR EXAMPLES_DIR
set -eu
target=$(cd "$1" && pwd)
examples=$(cd "$2" && pwd)
cli="$target/cli"
rm -rf "$cli"
java -Djarmode=tools -jar "$target/rapporteur.jar" extract --destination "$cli" >/dev/null
cp "$(dirname "$0")/rapporteur" "$cli/rapporteur"
chmod +x "$cli/rapporteur"

train=$(mktemp -d)
trap 'rm -rf "$train"' EXIT
n=0
run() {
  n=$((n + 1))
  JAVA_OPTS="-XX:DumpLoadedClassList=$train/$n.classes ${TRAINING_JVM:-}" "$cli/rapporteur" "$@" >/dev/null 2>"$train/$n.err" \
    || { echo "training run failed: rapporteur $*" >&2; cat "$train/$n.err" >&2; exit 1; }
}
run --help
run report --help
run record "$examples/ccm-12msp.yaml" --data "$train/store"
run report ccm-12msp --data "$train/store"
run report ccm-12msp --format md,html,docx,pdf,json --out "$train/out" --data "$train/store"
run timeline ccm-12msp --data "$train/store"
run timeline ccm-12msp --format json --data "$train/store"
run export ccm-12msp --out "$train/export" --data "$train/store"
run rebuild --data "$train/store"
# serve as the launcher starts it (the ahead-of-time bean definitions), answering its health and sign-in page once:
# the build fails unless health is UP
TRAINING_JVM=-Drapporteur.serve.check=true run serve --data "$train/served" --server.port=0
# one list of every class any run loaded; the archive is checked against the class path it was made with
cat "$train"/*.classes | sort -u > "$train/all.classes"
java -Xshare:dump -XX:SharedClassListFile="$train/all.classes" -XX:SharedArchiveFile="$cli/rapporteur.jsa" \
  -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$cli/rapporteur.jar" --version >/dev/null 2>"$train/dump.err" \
  || { cat "$train/dump.err" >&2; exit 1; }
echo "made $cli (launcher: $cli/rapporteur; class-data archive of $(wc -l < "$train/all.classes") classes)"
