#!/usr/bin/env bash
# Builds the local images with Podman, pulling nothing from any registry:
#   debian   Debian trixie (minbase) made by mmdebstrap from Debian's archive, `podman import`ed
#   node     Node.js 20 from Debian's packages on it (stands in for the official node:20 image)
#   neo4j    Neo4j 5.26 on it: Debian's Java 21 and the Maven jars the embedded launcher uses
#   service  this project's Dockerfile with NODE_IMAGE = the local node image
# Each image carries a hash of its inputs (recipe files, parent image id, embedded/pom.xml, sources) as a label;
# an image whose label matches is reused, so a second run takes seconds. Usage:
#   scripts/images/build.sh [all|neo4j|service]   (default all; neo4j = debian+neo4j, service = debian+node+service)
#   FORCE=1 scripts/images/build.sh              rebuild even when the inputs did not change
set -euo pipefail
# shellcheck source=scripts/images/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

what="${1:-all}"
DEBIAN_SUITE=trixie
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"

image_inputs() { podman image inspect --format "{{ index .Labels \"$INPUTS_LABEL\" }}" "$1" 2> /dev/null || true; }
image_id() { podman image inspect --format '{{.Id}}' "$1"; }
hash_stdin() { sha256sum | cut -c1-24; }
# True (and says so) when $1 exists with inputs hash $2.
up_to_date() {
  if [ -z "${FORCE:-}" ] && [ "$(image_inputs "$1")" = "$2" ]; then
    log "$1 is up to date (inputs $2)"
    return 0
  fi
  return 1
}
# Runs a build step; the image it replaced (now untagged) is removed so replaced images do not pile up run
# after run. (Not `podman image prune`: that would also drop the build's cached layers, npm ci among them.)
timed() {
  local start=$SECONDS image old
  case "$1" in
    build_debian) image="$LOCAL_DEBIAN_IMAGE" ;;
    build_node) image="$LOCAL_NODE_IMAGE" ;;
    build_neo4j) image="$LOCAL_NEO4J_IMAGE" ;;
    build_service) image="$LOCAL_SERVICE_IMAGE" ;;
  esac
  old="$(image_id "$image" 2> /dev/null || true)"
  "$1"
  if [ -n "$old" ] && [ "$old" != "$(image_id "$image")" ]; then
    podman rmi "$old" > /dev/null 2>&1 || true
  fi
  log "$1: $((SECONDS - start)) s"
}

build_debian() {
  local recipe="mmdebstrap --variant=minbase --include=ca-certificates $DEBIAN_SUITE main"
  local inputs
  inputs="$(printf '%s\n' "$recipe" | hash_stdin)"
  up_to_date "$LOCAL_DEBIAN_IMAGE" "$inputs" && return 0
  log "building $LOCAL_DEBIAN_IMAGE: $recipe from $DEBIAN_MIRROR"
  local tmp
  tmp="$(mktemp -d)"
  # shellcheck disable=SC2064 # expand now: the trap must remove this call's folder
  trap "rm -rf '$tmp'" RETURN
  mmdebstrap --quiet --variant=minbase --include=ca-certificates --components=main \
    "$DEBIAN_SUITE" "$tmp/rootfs.tar" "$DEBIAN_MIRROR"
  podman import --quiet \
    --change "LABEL $INPUTS_LABEL=$inputs" \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["/bin/bash"]' \
    "$tmp/rootfs.tar" "$LOCAL_DEBIAN_IMAGE" > /dev/null
}

build_node() {
  local inputs
  inputs="$( (image_id "$LOCAL_DEBIAN_IMAGE" && cat "$IMAGES_DIR/node/Containerfile") | hash_stdin)"
  up_to_date "$LOCAL_NODE_IMAGE" "$inputs" && return 0
  log "building $LOCAL_NODE_IMAGE (nodejs and npm from Debian $DEBIAN_SUITE)"
  podman build --quiet --pull=never --format docker --build-arg "BASE_IMAGE=$LOCAL_DEBIAN_IMAGE" \
    --label "$INPUTS_LABEL=$inputs" -t "$LOCAL_NODE_IMAGE" "$IMAGES_DIR/node" > /dev/null
}

# The jars the embedded launcher runs: Maven resolves embedded/pom.xml (from ~/.m2 when cached).
neo4j_classpath() {
  local out="$1"
  if ! mvn -q -B -f "$REPO_DIR/embedded/pom.xml" dependency:build-classpath -Dmdep.outputFile="$out" \
    > "$out.log" 2>&1; then
    cat "$out.log" >&2
    return 1
  fi
}

build_neo4j() {
  # The pom fixes the jar list (released artifacts never change), so Maven runs only when building.
  local inputs
  inputs="$( (image_id "$LOCAL_DEBIAN_IMAGE" && cat "$REPO_DIR/embedded/pom.xml" "$IMAGES_DIR"/neo4j/*) | hash_stdin)"
  up_to_date "$LOCAL_NEO4J_IMAGE" "$inputs" && return 0
  local tmp
  tmp="$(mktemp -d)"
  # shellcheck disable=SC2064 # expand now: the trap must remove this call's folder
  trap "rm -rf '$tmp'" RETURN
  neo4j_classpath "$tmp/classpath.txt"
  tr ':' '\n' < "$tmp/classpath.txt" | sort > "$tmp/jars.txt"
  log "building $LOCAL_NEO4J_IMAGE ($(wc -l < "$tmp/jars.txt") jars from the Maven repository, Java from Debian)"
  mkdir -p "$tmp/context/lib"
  cp "$IMAGES_DIR"/neo4j/* "$tmp/context/"
  # Hard links where ~/.m2 is on the same file system (no copy), else copies.
  xargs -a "$tmp/jars.txt" -I{} cp --link --force {} "$tmp/context/lib/" 2> /dev/null ||
    xargs -a "$tmp/jars.txt" -I{} cp --force {} "$tmp/context/lib/"
  podman build --quiet --pull=never --format docker --build-arg "BASE_IMAGE=$LOCAL_DEBIAN_IMAGE" \
    --label "$INPUTS_LABEL=$inputs" -t "$LOCAL_NEO4J_IMAGE" "$tmp/context" > /dev/null
}

# What the Dockerfile copies (see .dockerignore), hashed by content.
service_inputs() {
  (
    cd "$REPO_DIR"
    image_id "$LOCAL_NODE_IMAGE"
    find Dockerfile .dockerignore package.json package-lock.json tsconfig.json tsconfig.build.json \
      src schema embedded seeds cypher web scripts/build-web.ts scripts/api-examples.ts docs/api.md -type f -print0 | sort -z | xargs -0 sha256sum
  ) | hash_stdin
}

build_service() {
  local inputs
  inputs="$(service_inputs)"
  up_to_date "$LOCAL_SERVICE_IMAGE" "$inputs" && return 0
  log "building $LOCAL_SERVICE_IMAGE from the Dockerfile with NODE_IMAGE=$LOCAL_NODE_IMAGE"
  # Layers are cached: with an unchanged package-lock.json only the TypeScript build and copies run again.
  local ca=()
  # A TLS-intercepting proxy before the npm registry has its CA in the host's bundle: lend that to npm
  # (extra CAs only; harmless where there is no such proxy).
  local host_ca="${NODE_EXTRA_CA_CERTS:-/etc/ssl/certs/ca-certificates.crt}"
  if [ -f "$host_ca" ]; then
    ca=(--volume "$host_ca:/run/host-ca-bundle.crt:ro" --build-arg NODE_EXTRA_CA_CERTS=/run/host-ca-bundle.crt)
  fi
  podman build --quiet --pull=never --format docker --build-arg "NODE_IMAGE=$LOCAL_NODE_IMAGE" "${ca[@]}" \
    --label "$INPUTS_LABEL=$inputs" -t "$LOCAL_SERVICE_IMAGE" -f "$REPO_DIR/Dockerfile" "$REPO_DIR" > /dev/null
}

command -v podman > /dev/null || { echo "podman is not installed (apt-get install podman)" >&2; exit 1; }
start=$SECONDS
case "$what" in
  all) timed build_debian && timed build_neo4j && timed build_node && timed build_service ;;
  neo4j) timed build_debian && timed build_neo4j ;;
  service) timed build_debian && timed build_node && timed build_service ;;
  *) echo "usage: $0 [all|neo4j|service]" >&2 && exit 2 ;;
esac
case "$what" in
  all) ready="$LOCAL_NEO4J_IMAGE $LOCAL_SERVICE_IMAGE" ;;
  neo4j) ready="$LOCAL_NEO4J_IMAGE" ;;
  service) ready="$LOCAL_SERVICE_IMAGE" ;;
esac
log "ready in $((SECONDS - start)) s: $ready"
