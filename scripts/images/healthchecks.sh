#!/usr/bin/env bash
# Runs the health checks of a compose project's containers every few seconds, for Podman on a machine
# without systemd: Podman schedules health checks with systemd timers, so without systemd a container
# stays "starting" for ever and `depends_on: condition: service_healthy` never lets the next one start.
# Docker, or Podman with systemd, needs none of this.  Usage: scripts/images/healthchecks.sh PROJECT [SECONDS]
set -uo pipefail
# shellcheck source=scripts/images/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
project="${1:?usage: $0 COMPOSE_PROJECT [interval seconds]}"
interval="${2:-3}"
while :; do
  for id in $(podman ps --quiet --filter "label=com.docker.compose.project=$project" 2> /dev/null); do
    # Containers without a health check just say so; that is not an error here.
    podman healthcheck run "$id" > /dev/null 2>&1 || true
  done
  sleep "$interval"
done
