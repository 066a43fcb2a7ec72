#!/bin/bash
# Entry point of the local Neo4j image: writes conf/neo4j.conf from defaults plus the official image's
# environment variables, sets the initial password from NEO4J_AUTH on a fresh /data, then runs Neo4j in
# the foreground as PID 1 (SIGTERM -> Neo4j's shutdown hook -> clean checkpoint).
set -euo pipefail
[ "${1:-neo4j}" = neo4j ] || exec "$@"

home="${NEO4J_HOME:-/var/lib/neo4j}"
conf_dir="$home/conf"
conf="$conf_dir/neo4j.conf"
classpath="$home/lib/*"

# Defaults, then NEO4J_<setting> variables over them (Neo4j refuses a setting declared twice).
declare -A settings=(
  [server.directories.data]=/data
  [server.directories.logs]=/logs
  [server.logs.user.config]=/var/lib/neo4j/conf/user-logs.xml
  [server.default_listen_address]=0.0.0.0
  [server.bolt.listen_address]=:7687
  [server.http.listen_address]=:7474
  [server.https.enabled]=false
  [server.memory.heap.initial_size]=512m
  [server.memory.heap.max_size]=512m
  [server.memory.pagecache.size]=256m
  [dbms.usage_report.enabled]=false
  [client.allow_telemetry]=false
)
# The official naming scheme: NEO4J_server_memory_heap_max__size -> server.memory.heap.max_size. Settings
# start with a lower-case letter; NEO4J_AUTH, NEO4J_HOME and the like are not settings.
while IFS='=' read -r name value; do
  settings["$(printf '%s' "${name#NEO4J_}" | sed 's/__/@@/g; s/_/./g; s/@@/_/g')"]="$value"
done < <(env | grep -E '^NEO4J_[a-z][A-Za-z0-9_]*=' || true)

write_conf() {
  local key
  for key in "${!settings[@]}"; do printf '%s=%s\n' "$key" "${settings[$key]}"; done | sort > "$conf"
}

auth="${NEO4J_AUTH:-}"
if [ "$auth" = none ]; then
  settings[dbms.security.auth_enabled]=false
elif [ -n "$auth" ]; then
  user="${auth%%/*}"
  password="${auth#*/}"
  if [ "$user" != neo4j ] || [ "$password" = "$auth" ]; then
    echo "NEO4J_AUTH must be 'neo4j/<password>' or 'none' (got a value without that form)" >&2
    exit 1
  fi
  if [ "${#password}" -lt 8 ]; then
    echo "NEO4J_AUTH: the password must be at least 8 characters long" >&2
    exit 1
  fi
  write_conf
  if [ ! -f /data/dbms/auth.ini ]; then
    # Only on a fresh volume: afterwards the password lives in the system database.
    NEO4J_CONF="$conf_dir" java -cp "$classpath" org.neo4j.cli.AdminTool dbms set-initial-password \
      --require-password-change=false "$password" > /dev/null
  fi
fi

write_conf
# Neo4j's own launcher sizes its JVM from these settings, with these flags.
exec java "-Xms${settings[server.memory.heap.initial_size]}" "-Xmx${settings[server.memory.heap.max_size]}" \
  -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints \
  -Dlog4j2.disable.jmx=true -Dio.netty.tryReflectionSetAccessible=true \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  -cp "$classpath" org.neo4j.server.CommunityEntryPoint --home-dir="$home" --config-dir="$conf_dir" --console-mode
