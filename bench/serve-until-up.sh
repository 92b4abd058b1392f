#!/bin/sh
# Starts `serve` on a free port and exits as soon as /actuator/health says UP (the server is then stopped).
# usage: bench/serve-until-up.sh JAR DATA_DIR [JAVA_OPTION...]
set -eu
jar=$1; data=$2; shift 2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
java "$@" -jar "$jar" serve --data "$data" --server.port="$port" >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
while kill -0 $pid 2>/dev/null; do
  if curl -fs "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
    exit 0
  fi
  sleep 0.02
done
echo "serve exited before health was UP" >&2
exit 1
