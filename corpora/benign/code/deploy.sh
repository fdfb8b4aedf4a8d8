#!/usr/bin/env bash
# Build the container image, push it, and roll the deployment.
set -euo pipefail

usage() {
  echo "usage: $0 <environment> [--dry-run]" >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
ENVIRONMENT="$1"
DRY_RUN="${2:-}"
case "$ENVIRONMENT" in
  staging|production) ;;
  *) echo "unknown environment: $ENVIRONMENT" >&2; exit 2 ;;
esac

GIT_SHA="$(git rev-parse --short HEAD)"
IMAGE="registry.internal/acme/api:${GIT_SHA}"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if [[ -n "$(git status --porcelain)" ]]; then
  log "working tree is dirty; commit or stash first"
  exit 1
fi

log "building $IMAGE"
docker build --pull -t "$IMAGE" .

if [[ "$DRY_RUN" == "--dry-run" ]]; then
  log "dry run: skipping push and rollout"
  exit 0
fi

docker push "$IMAGE"
kubectl --context "$ENVIRONMENT" -n api set image deployment/api api="$IMAGE"
kubectl --context "$ENVIRONMENT" -n api rollout status deployment/api --timeout=300s
log "deployed $GIT_SHA to $ENVIRONMENT"
