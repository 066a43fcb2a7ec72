#!/usr/bin/env bash
# npm run test:containers [-- jest options]: the container path, end to end, with Podman.
# Builds the local images (or reuses them), starts `podman system service` on a socket of its own, runs the
# integration tests on the Neo4j container through Testcontainers and the compose check (tests/containers),
# then stops the service. Nothing is pulled from any registry.
set -euo pipefail
# shellcheck source=scripts/images/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$REPO_DIR"

# The Neo4j image is needed by everything; without the service image only the compose check can run, and
# it then fails with this reason (the Testcontainers tests still run).
bash "$IMAGES_DIR/build.sh" neo4j
if ! bash "$IMAGES_DIR/build.sh" service; then
  export SERVICE_IMAGE_ERROR="the service image did not build (scripts/images/build.sh service; its output is above)"
fi
podman_service_start
# Whatever happens to jest: no container of this run and no API service are left behind.
cleanup() {
  local leftovers
  leftovers="$(podman ps --all --quiet --filter label=org.testcontainers=true 2> /dev/null || true)"
  # shellcheck disable=SC2086 # one id per word
  [ -z "$leftovers" ] || podman rm --force --volumes $leftovers > /dev/null 2>&1 || true
  podman_service_stop
}
trap cleanup EXIT

# Testcontainers on Podman: no Ryuk (it needs privileges Podman's socket does not lend), ports on loopback.
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1
export TEST_NEO4J_PROVIDER=testcontainers
export NEO4J_TEST_IMAGE="$LOCAL_NEO4J_IMAGE"
# docker-compose.yml's image variables (their defaults are the official images).
export NEO4J_IMAGE="$LOCAL_NEO4J_IMAGE"
export SERVICE_IMAGE="$LOCAL_SERVICE_IMAGE"
export COMPOSE="${COMPOSE:-docker-compose}"
npx jest --runInBand --config jest.containers.config.js "$@"
