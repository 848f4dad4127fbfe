#!/usr/bin/env bash
# gantry's release, run by .gitlab-ci.yml (the manual release-tags job on the default branch) and
# rehearsed by test/e2e/release.itg.test.ts against a bare clone.
#
#   scripts/release.sh tag REMOTE    tags HEAD with package.json's version X.Y.Z (what the CI/CD
#                                    catalog takes) and moves vX there (what GitHub users pin);
#                                    pushes both. The X.Y.Z tag pipeline then publishes the runner
#                                    image and the release.
#   scripts/release.sh notes X.Y.Z   prints the release notes: the CHANGELOG entry and the runner
#                                    image this project publishes.
#
# The runner image is the releasing project's own: $CI_REGISTRY_IMAGE/runner:X.Y.Z, so a fork's or
# a mirror's release names its own image. With RELEASE_TOKEN set (a token that may push tags), git
# gets it from a credential helper reading the environment: never on a command line.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "release: $*" >&2; exit 1; }

version=$(node -p "require('./package.json').version")
[[ $version =~ ^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$ ]] \
  || die "package.json version '$version' is not a release version; expected X.Y.Z"
major="v${BASH_REMATCH[1]}"
runner_image="${CI_REGISTRY_IMAGE:?release: CI_REGISTRY_IMAGE is not set; expected the project registry path, e.g. registry.example.com/group/gantry}/runner:$version"

# Checks that the commit is releasable as $version: a CHANGELOG entry, and templates whose
# runner_image default names this version.
check() {
  grep -q "^## $version\$" CHANGELOG.md || die "CHANGELOG.md has no '## $version' entry; expected one for the release"
  local t
  for t in templates/*.yml; do
    grep -Eq "^      default: [^ ]+/runner:${version//./\\.}\$" "$t" \
      || die "$t: the runner_image default is not at version $version; expected 'npm run generate' after the version change"
  done
}

notes() {
  [ "$1" = "$version" ] || die "tag '$1' is not package.json's version $version; expected the tag to name the version"
  check
  awk -v v="## $version" '$0 == v { on = 1; next } on && /^## / { exit } on' CHANGELOG.md
  # shellcheck disable=SC2016 # backquotes are Markdown
  printf '\nRunner image: `%s`. On a self-managed instance or a fork, set the input `runner_image: %s`.\n' "$runner_image" "$runner_image"
}

tag() {
  local remote=$1 head tags refs at highest
  check
  [ -z "$(git status --porcelain --untracked-files=no)" ] || die "the checkout has uncommitted changes; expected a clean commit to tag"
  head=$(git rev-parse HEAD)
  local git=(git -c "user.name=${GITLAB_USER_NAME:-gantry release}" -c "user.email=${GITLAB_USER_EMAIL:-release@invalid}")
  if [ -n "${RELEASE_TOKEN:-}" ]; then
    # shellcheck disable=SC2016 # expanded by the helper's shell, from the environment
    git=("${git[@]}" -c credential.helper= -c 'credential.helper=!f() { echo username=release; echo "password=$RELEASE_TOKEN"; }; f')
  fi
  tags=$("${git[@]}" ls-remote --tags "$remote")
  refs=$(awk -v t="refs/tags/$version" '$2 == t || $2 == (t "^{}")' <<<"$tags")
  if [ -n "$refs" ]; then
    # An annotated tag's commit is on its peeled line (^{}); a lightweight tag's on its own.
    at=$(awk -v t="refs/tags/$version" '$2 == (t "^{}") { p = $1 } $2 == t { l = $1 } END { print (p != "" ? p : l) }' <<<"$refs")
    [ "$at" = "$head" ] || die "tag $version already exists on $remote at $at; expected a new version in package.json"
  else
    "${git[@]}" tag -a "$version" -m "gantry $version" "$head"
    "${git[@]}" push -q "$remote" "refs/tags/$version"
  fi
  # vX follows the highest X.*.* release: releasing an older patch must not move it back.
  highest=$({ awk '{ sub("refs/tags/", "", $2); print $2 }' <<<"$tags"; echo "$version"; } \
    | grep -E "^${major#v}\.[0-9]+\.[0-9]+\$" | sort -V | tail -n 1)
  if [ "$highest" = "$version" ]; then
    "${git[@]}" tag -f -a "$major" -m "gantry $version" "$head" >/dev/null
    "${git[@]}" push -q --force "$remote" "refs/tags/$major"
    echo "release: $version and $major at $head on $remote"
  else
    echo "release: $version at $head on $remote; $major stays on $highest"
  fi
  echo "release: the $version tag pipeline publishes the runner image $runner_image"
}

case "${1:-}" in
  tag) [ $# -eq 2 ] || die "usage: release.sh tag REMOTE"; tag "$2" ;;
  notes) [ $# -eq 2 ] || die "usage: release.sh notes X.Y.Z"; notes "$2" ;;
  *) die "usage: release.sh tag REMOTE | notes X.Y.Z" ;;
esac
