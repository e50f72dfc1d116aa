#!/usr/bin/env bash
# The pre-commit hook for real: Debian's pre-commit framework, a temporary git repository
# that uses a snapshot of this repository (working tree included) as its hook repository.
# A document with an error-level finding must block the commit, with the findings printed;
# a clean one must pass. Prints "pre-commit: N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v pre-commit >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "pre-commit: installing Debian's pre-commit with apt-get" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends pre-commit >/dev/null) || { echo "pre-commit: apt-get install pre-commit failed" >&2; exit 1; }
  else
    echo "pre-commit: the pre-commit framework is missing. Install it with: sudo apt-get install -y pre-commit" >&2
    exit 1
  fi
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
export PRE_COMMIT_HOME="$TMP/cache" GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.invalid GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.invalid

# 1. The hook repository: this repository's files as they are now (tracked and new, not ignored).
mkdir "$TMP/hooks"
(cd "$ROOT" && git ls-files -co --exclude-standard -z | xargs -0 -I{} cp --parents {} "$TMP/hooks/") || exit 1
(cd "$TMP/hooks" && git init -q && git add -A && git commit -qm snapshot) || exit 1
REV=$(git -C "$TMP/hooks" rev-parse HEAD)

# 2. A team's document repository using the hook.
mkdir "$TMP/docs" && cd "$TMP/docs" && git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $TMP/hooks
    rev: $REV
    hooks:
      - id: vbhc
YAML
git add .pre-commit-config.yaml && git commit -qm config
pre-commit install >/dev/null || exit 1

passed=0
failed=0
# A clean document passes.
cp "$ROOT/test/fixtures/cli/chi-thi-mot-loi.vbhc.txt" good.vbhc.txt
sed -i 's/tháng 09/tháng 9/' good.vbhc.txt
git add good.vbhc.txt
if out=$(git commit -qm good 2>&1); then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "pre-commit: a clean document was blocked:"; echo "$out"
fi
# A document without its national title and motto is blocked, and the finding is printed.
grep -v "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\|Độc lập - Tự do" good.vbhc.txt > bad.vbhc.txt
git add bad.vbhc.txt
if out=$(git commit -qm bad 2>&1); then
  failed=$((failed + 1)); echo "pre-commit: a document with errors was committed:"; echo "$out"
elif grep -q "header/missing-national-title" <<<"$out" && grep -q "bad.vbhc.txt" <<<"$out"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "pre-commit: the commit was blocked but the findings were not printed:"; echo "$out"
fi
echo "pre-commit: $passed passed, $failed failed"
[ "$failed" = 0 ]
