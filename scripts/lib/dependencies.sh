# Sourced by scripts/demo and scripts/test: installs what building and running claims needs on
# Debian or Ubuntu, and says what it does. Needs: swift (not installed here), pkg-config,
# libpq-dev, libxml2-dev and libcurl4-openssl-dev (to build), postgresql (initdb and pg_ctl, for
# the embedded database).

claims_missing_packages() {
  local missing=()
  # The tests render the HTML timeline in a real browser.
  if [ "${CLAIMS_WANT_BROWSER:-}" = 1 ] && ! command -v chromium >/dev/null 2>&1 \
     && ! command -v chromium-browser >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then
    missing+=(chromium)
  fi
  # The fetch tests serve TLS with a throwaway certificate made by openssl.
  if [ "${CLAIMS_WANT_BROWSER:-}" = 1 ] && ! command -v openssl >/dev/null 2>&1; then
    missing+=(openssl)
  fi
  # The tests read the man page with groff, as man(1) does, and col(1) strips its overstrikes.
  if [ "${CLAIMS_WANT_BROWSER:-}" = 1 ] && ! command -v groff >/dev/null 2>&1; then
    missing+=(groff-base)
  fi
  if [ "${CLAIMS_WANT_BROWSER:-}" = 1 ] && ! command -v col >/dev/null 2>&1; then
    missing+=(bsdextrautils)
  fi
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  pkg-config --exists libpq 2>/dev/null || missing+=(libpq-dev)
  pkg-config --exists libxml-2.0 2>/dev/null || missing+=(libxml2-dev)
  pkg-config --exists libcurl 2>/dev/null || missing+=(libcurl4-openssl-dev)
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
    missing+=(postgresql)
  fi
  if [ ${#missing[@]} -gt 0 ]; then printf '%s\n' "${missing[@]}"; fi
}

claims_install_dependencies() {
  if ! command -v swift >/dev/null 2>&1; then
    echo "claims: swift is not on PATH; install the Swift toolchain (https://www.swift.org/install) first." >&2
    return 1
  fi
  local missing
  mapfile -t missing < <(claims_missing_packages)
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "claims: installing missing packages: ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "claims: not root and no sudo: run 'apt-get install ${missing[*]}' as root, then try again." >&2
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "claims: no apt-get here: install ${missing[*]} (libpq, libxml2 and libcurl headers, pkg-config, PostgreSQL server) yourself." >&2
    return 1
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  # The postgresql package would start a system-wide server; claims does not need it, so keep
  # package scripts from starting services where policy-rc.d allows that.
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
