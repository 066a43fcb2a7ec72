# Shared by the scripts in scripts/images (sourced, not run): image names, Podman settings, and the
# Docker-compatible API socket that testcontainers and compose talk to.
# shellcheck shell=bash

IMAGES_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$IMAGES_DIR/../.." && pwd)"

# The project's Podman settings (runc, no ulimits, cgroupfs; see containers.conf), without editing /etc.
export CONTAINERS_CONF="${CONTAINERS_CONF:-$IMAGES_DIR/containers.conf}"

# Local image names; each can be overridden. "localhost/" keeps them apart from anything on a registry.
export LOCAL_DEBIAN_IMAGE="${LOCAL_DEBIAN_IMAGE:-localhost/standards-graph/debian:trixie}"
export LOCAL_NODE_IMAGE="${LOCAL_NODE_IMAGE:-localhost/standards-graph/node:20}"
export LOCAL_NEO4J_IMAGE="${LOCAL_NEO4J_IMAGE:-localhost/standards-graph/neo4j:5.26}"
export LOCAL_SERVICE_IMAGE="${LOCAL_SERVICE_IMAGE:-localhost/standards-graph/service:local}"
# The label that records what an image was built from (a hash of its inputs).
INPUTS_LABEL=org.standardsactors.inputs

log() { printf '[images %(%H:%M:%S)T] %s\n' -1 "$*"; }

# `podman system service` on a socket of our own; sets DOCKER_HOST. Stop it with podman_service_stop.
podman_service_start() {
  PODMAN_SERVICE_DIR="$(mktemp -d /tmp/standards-graph-podman.XXXXXX)"
  local sock="$PODMAN_SERVICE_DIR/podman.sock"
  podman system service --time=0 "unix://$sock" > "$PODMAN_SERVICE_DIR/service.log" 2>&1 &
  PODMAN_SERVICE_PID=$!
  export DOCKER_HOST="unix://$sock"
  local i
  for i in $(seq 1 100); do
    if curl -fsS --unix-socket "$sock" http://d/_ping > /dev/null 2>&1; then
      log "podman system service (pid $PODMAN_SERVICE_PID) answers on $DOCKER_HOST"
      return 0
    fi
    kill -0 "$PODMAN_SERVICE_PID" 2> /dev/null || break
    sleep 0.1
  done
  cat "$PODMAN_SERVICE_DIR/service.log" >&2
  echo "podman system service did not answer on $sock" >&2
  return 1
}

podman_service_stop() {
  if [ -n "${PODMAN_SERVICE_PID:-}" ] && kill -0 "$PODMAN_SERVICE_PID" 2> /dev/null; then
    kill "$PODMAN_SERVICE_PID" 2> /dev/null || true
    wait "$PODMAN_SERVICE_PID" 2> /dev/null || true
  fi
  [ -z "${PODMAN_SERVICE_DIR:-}" ] || rm -rf "$PODMAN_SERVICE_DIR"
  PODMAN_SERVICE_PID=''
}
