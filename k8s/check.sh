#!/usr/bin/env bash
# Offline validation of k8s/: renders every kustomization with `kubectl kustomize`, validates
# each object against the Kubernetes schemas (npm kubernetes-models) and the hand-written CRD
# schemas (k8s/check/schemas/crds.json), and checks the project's rules (probes, resources,
# non-root, no Secret values). Needs kubectl and node/npm; installs its npm packages itself.
# Exits non-zero and prints what failed on any failure. docs/deploy.md explains what it cannot check.
set -euo pipefail
k8s="$(cd "$(dirname "$0")" && pwd)"
start=$SECONDS
(cd "$k8s/check" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
failed=0
node "$k8s/check/generate.mjs" --check || failed=1
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
while IFS= read -r dir; do
  rel="${dir#"$k8s"/}"
  name="${rel//\//_}"
  if ! kubectl kustomize "$dir" >"$out/$name.yaml" 2>"$out/$name.err"; then
    echo "FAIL kubectl kustomize k8s/$rel: $(cat "$out/$name.err")" >&2
    rm -f "$out/$name.yaml"
    failed=1
  fi
done < <(find "$k8s" -name kustomization.yaml -not -path '*/node_modules/*' -not -path "$k8s/check/*" -printf '%h\n' | sort)
node "$k8s/check/validate.mjs" "$out"/*.yaml || failed=1
echo "k8s/check.sh: $(( SECONDS - start )) s"
exit $failed
