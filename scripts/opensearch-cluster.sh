#!/usr/bin/env bash
# Local multi-node OpenSearch cluster for searchidx development and tests.
#
#   scripts/opensearch-cluster.sh start   [--nodes N]   # default N=3
#   scripts/opensearch-cluster.sh stop    [--nodes N]
#   scripts/opensearch-cluster.sh status  [--nodes N]
#   scripts/opensearch-cluster.sh stop-node  K          # K in 1..N
#   scripts/opensearch-cluster.sh start-node K [--nodes N]
#
# Everything lives under <repo>/.opensearch (git-ignored):
#   opensearch-<ver>/   shared, read-only install (integ-test-zip + extra modules)
#   fetch/              generated pom.xml + artifacts copied out of ~/.m2
#   nodeK/              per-node config/, data/, logs/, tmp/
#   nodeK.pid           pid of node K's JVM
#
# Node K listens on 127.0.0.1 only: HTTP 9199+K, transport 9299+K.
# The OpenSearch integ-test-zip comes from Maven Central through `mvn`; it only
# ships the transport-netty4 module, so the analysis-common module (language
# analyzers: english, dutch, german, french, ...) and lang-painless (which
# analysis-common extends; optional, see OPENSEARCH_PAINLESS) are fetched as
# jars from Maven Central and installed into modules/.
#
# Environment overrides:
#   OPENSEARCH_VERSION      (default 2.19.6; 2.x needs Java 11..23, the
#                            security manager it relies on is gone in Java 24+)
#   OPENSEARCH_JAVA_HOME    JDK to run the nodes with (else JAVA_HOME / java on
#                           PATH / /usr/lib/jvm/*, first one with a usable version)
#   OPENSEARCH_DIR          state dir (default <repo>/.opensearch)
#   OPENSEARCH_HEAP         per-node heap (default 512m)
#   OPENSEARCH_PAINLESS=0   leave the lang-painless module out: no scripting,
#                           but ~15-25 s faster cluster start on 2 cores (its
#                           whitelist build dominates node start-up)
#   OPENSEARCH_START_TIMEOUT seconds to wait for green (default 180)
#   OPENSEARCH_USER         unprivileged user used when run as root (default opensearch)
#   OPENSEARCH_KEEP_ON_FAILURE=1  leave nodes running when `start` fails
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"

OS_VERSION="${OPENSEARCH_VERSION:-2.19.6}"
BASE="${OPENSEARCH_DIR:-$REPO_ROOT/.opensearch}"
HEAP="${OPENSEARCH_HEAP:-512m}"
PAINLESS="${OPENSEARCH_PAINLESS:-1}"
START_TIMEOUT="${OPENSEARCH_START_TIMEOUT:-180}"
RUN_USER="${OPENSEARCH_USER:-opensearch}"
CLUSTER_NAME="searchidx-dev"
HTTP_BASE=9200
TRANSPORT_BASE=9300
NODES=3
STOP_TIMEOUT=30

log() { echo "[opensearch-cluster] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
  sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# ---------------------------------------------------------------- arguments
CMD="${1:-}"; [ -n "$CMD" ] || usage; shift
NODE_ARG=""
case "$CMD" in
  stop-node|start-node)
    NODE_ARG="${1:-}"; [ -n "$NODE_ARG" ] || usage; shift ;;
esac
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) NODES="${2:-}"; shift 2 ;;
    --nodes=*) NODES="${1#--nodes=}"; shift ;;
    -h|--help) usage ;;
    *) die "unknown argument: $1" ;;
  esac
done
[[ "$NODES" =~ ^[1-9]$ ]] || die "--nodes must be 1..9 (got '$NODES')"
if [ -n "$NODE_ARG" ]; then
  [[ "$NODE_ARG" =~ ^[1-9]$ ]] || die "node number must be 1..9 (got '$NODE_ARG')"
  [ "$NODE_ARG" -le "$NODES" ] || NODES="$NODE_ARG"
fi

INSTALL="$BASE/opensearch-$OS_VERSION"
URL="http://127.0.0.1:$HTTP_BASE"

http_port() { echo $((HTTP_BASE + $1 - 1)); }
transport_port() { echo $((TRANSPORT_BASE + $1 - 1)); }
node_dir() { echo "$BASE/node$1"; }
pid_file() { echo "$BASE/node$1.pid"; }

# ---------------------------------------------------------------- http
# GET url -> body on stdout; non-zero exit on connection error / HTTP error.
http_get() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time "${2:-5}" "$1" 2>/dev/null
  elif command -v python3 >/dev/null 2>&1; then
    python3 - "$1" "${2:-5}" <<'PY' 2>/dev/null
import sys, urllib.request
print(urllib.request.urlopen(sys.argv[1], timeout=float(sys.argv[2])).read().decode())
PY
  else
    die "need curl or python3 to talk to the cluster"
  fi
}

# Extract "key":value from a flat JSON document (cluster health).
json_field() {
  sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\"\{0,1\}\([^\",}]*\).*/\1/p" | head -n1
}

# ---------------------------------------------------------------- processes
node_pid() {  # prints pid if node K is running (and really is our JVM)
  local pf pid
  pf="$(pid_file "$1")"
  [ -f "$pf" ] || return 1
  pid="$(cat "$pf" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  # the launcher (bash) execs the JVM; both carry the node's OPENSEARCH_PATH_CONF
  grep -qzxF "OPENSEARCH_PATH_CONF=$(node_dir "$1")/config" "/proc/$pid/environ" 2>/dev/null || return 1
  echo "$pid"
}

pid_alive() {  # process exists and is not a zombie
  [[ "$1" =~ ^[0-9]+$ ]] && [ -r "/proc/$1/stat" ] || return 1
  [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]
}

running_count() {
  local n=0 k
  for ((k = 1; k <= NODES; k++)); do node_pid "$k" >/dev/null && n=$((n + 1)); done
  echo "$n"
}

port_busy() {  # true if something listens on 127.0.0.1:$1
  if command -v ss >/dev/null 2>&1; then
    ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# ---------------------------------------------------------------- java
java_major() {  # java_major /path/to/java -> 17
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^[[:space:]]*java\.specification\.version = \([0-9.]*\).*/\1/p' |
    sed 's/^1\.//; s/\..*//' | head -n1
}

find_java_home() {
  local cands=() c j v
  [ -n "${OPENSEARCH_JAVA_HOME:-}" ] && cands+=("$OPENSEARCH_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && cands+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    j="$(readlink -f "$(command -v java)")"
    cands+=("$(dirname "$(dirname "$j")")")
  fi
  for c in /usr/lib/jvm/*; do [ -d "$c" ] && cands+=("$c"); done
  for c in "${cands[@]}"; do
    j="$c/bin/java"
    [ -x "$j" ] || continue
    v="$(java_major "$j")"
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    # OpenSearch 2.x: Java 11..23 (needs the SecurityManager, removed in 24).
    # OpenSearch 3.x: Java 21+.
    if [[ "$OS_VERSION" == 2.* ]]; then
      [ "$v" -ge 11 ] && [ "$v" -le 23 ] && { echo "$c"; return 0; }
    else
      [ "$v" -ge 21 ] && { echo "$c"; return 0; }
    fi
  done
  return 1
}

# ---------------------------------------------------------------- install
write_fetch_pom() {
  mkdir -p "$BASE/fetch"
  cat >"$BASE/fetch/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <!-- generated by scripts/opensearch-cluster.sh: pulls the OpenSearch
       integ-test-zip and the module jars it lacks from Maven Central -->
  <modelVersion>4.0.0</modelVersion>
  <groupId>searchidx</groupId>
  <artifactId>opensearch-fetch</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.opensearch.distribution.integ-test-zip</groupId>
      <artifactId>opensearch</artifactId><version>$OS_VERSION</version><type>zip</type>
      <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>
    </dependency>
    <dependency>
      <groupId>org.opensearch.plugin</groupId>
      <artifactId>analysis-common</artifactId><version>$OS_VERSION</version>
      <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>
    </dependency>
    <!-- lang-painless brings antlr4-runtime + asm* (its pom pins them) -->
    <dependency>
      <groupId>org.opensearch.plugin</groupId>
      <artifactId>lang-painless</artifactId><version>$OS_VERSION</version>
    </dependency>
    <!-- declared directly so its own transitive deps (the server) are not pulled -->
    <dependency>
      <groupId>org.opensearch.plugin</groupId>
      <artifactId>opensearch-scripting-painless-spi</artifactId><version>$OS_VERSION</version>
      <exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>
    </dependency>
  </dependencies>
</project>
EOF
}

write_descriptor() {  # dir name classname description extended
  cat >"$1/plugin-descriptor.properties" <<EOF
# installed by scripts/opensearch-cluster.sh (module jars from Maven Central)
description=$4
version=$OS_VERSION
name=$2
classname=$3
java.version=11
opensearch.version=$OS_VERSION
custom.foldername=
extended.plugins=$5
has.native.controller=false
EOF
}

ensure_installed() {
  local marker="$INSTALL/.searchidx-installed"
  [ -f "$marker" ] && return 0
  command -v mvn >/dev/null 2>&1 ||
    die "mvn (Apache Maven) not found on PATH: it is needed to fetch OpenSearch $OS_VERSION from Maven Central (Debian: apt-get install -y maven)"
  command -v unzip >/dev/null 2>&1 || command -v python3 >/dev/null 2>&1 ||
    die "need unzip or python3 to unpack the distribution"
  local t0=$SECONDS out="$BASE/fetch/artifacts-$OS_VERSION"
  log "fetching OpenSearch $OS_VERSION integ-test-zip + analysis-common/lang-painless from Maven Central (mvn, cached in ~/.m2)"
  write_fetch_pom
  rm -rf "$out"
  if ! mvn -B -q -Dstyle.color=never -f "$BASE/fetch/pom.xml" \
      org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies \
      -DoutputDirectory="$out" >"$BASE/fetch/mvn.log" 2>&1; then
    tail -n 30 "$BASE/fetch/mvn.log" >&2
    die "mvn could not fetch the OpenSearch artifacts (log: $BASE/fetch/mvn.log)"
  fi
  local zip="$out/opensearch-$OS_VERSION.zip"
  [ -f "$zip" ] || die "integ-test-zip not found after mvn: $zip"

  log "unpacking into $INSTALL"
  rm -rf "$INSTALL" "$BASE/unpack.tmp"
  mkdir -p "$BASE/unpack.tmp"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$BASE/unpack.tmp"
  else
    python3 -c 'import sys,zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip" "$BASE/unpack.tmp"
  fi
  mv "$BASE/unpack.tmp/opensearch-$OS_VERSION" "$INSTALL"
  rm -rf "$BASE/unpack.tmp"
  chmod +x "$INSTALL"/bin/* 2>/dev/null || true   # python's zipfile drops modes

  # The integ-test-zip ships modules/transport-netty4 only.  lang-painless is
  # kept in optional-modules/ and moved into modules/ by configure_modules.
  local m="$INSTALL/modules" o="$INSTALL/optional-modules"
  mkdir -p "$o/lang-painless"
  cp "$out"/lang-painless-"$OS_VERSION".jar "$out"/opensearch-scripting-painless-spi-"$OS_VERSION".jar \
     "$out"/antlr4-runtime-*.jar "$out"/asm-*.jar "$o/lang-painless/"
  write_descriptor "$o/lang-painless" lang-painless org.opensearch.painless.PainlessPlugin \
    "An easy, safe and fast scripting language for OpenSearch" ""
  cat >"$o/lang-painless/plugin-security.policy" <<'EOF'
grant {
  // needed to generate runtime classes
  permission java.lang.RuntimePermission "createClassLoader";
  // needed to find the classloader to load allowlisted classes from
  permission java.lang.RuntimePermission "getClassLoader";
};
EOF
  mkdir -p "$m/analysis-common"
  cp "$out"/analysis-common-"$OS_VERSION".jar "$m/analysis-common/"
  write_descriptor "$m/analysis-common" analysis-common org.opensearch.analysis.common.CommonAnalysisPlugin \
    'Adds "built in" analyzers to OpenSearch.' ""
  chmod -R a+rX "$INSTALL"
  touch "$marker"
  log "installed OpenSearch $OS_VERSION in $((SECONDS - t0))s"
}

# lang-painless in or out of modules/ (only while no node runs: the install is
# shared).  analysis-common declares extended.plugins=lang-painless when it is
# there (its painless extension is then registered), nothing otherwise.
configure_modules() {
  local m="$INSTALL/modules" o="$INSTALL/optional-modules" ext=""
  if [ "$(running_count)" -eq 0 ]; then
    if [ "$PAINLESS" = 1 ]; then
      [ -d "$m/lang-painless" ] || mv "$o/lang-painless" "$m/lang-painless"
      ext=lang-painless
    else
      if [ -d "$m/lang-painless" ]; then mkdir -p "$o" && mv "$m/lang-painless" "$o/lang-painless"; fi
    fi
    sed -i "s/^extended.plugins=.*/extended.plugins=$ext/" "$m/analysis-common/plugin-descriptor.properties"
  fi
  log "modules: $(ls "$m" | tr '\n' ' ')"
}

# ---------------------------------------------------------------- privileges
RUN_AS=()
setup_user() {
  [ "$(id -u)" -eq 0 ] || return 0   # not root: run the nodes as ourselves
  if ! id -u "$RUN_USER" >/dev/null 2>&1; then
    command -v useradd >/dev/null 2>&1 || die "running as root and useradd is missing: cannot create user '$RUN_USER'"
    log "running as root (OpenSearch refuses root): creating system user '$RUN_USER'"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --user-group "$RUN_USER" 2>/dev/null ||
      useradd -r -M -s /bin/false "$RUN_USER"
  fi
  if command -v setpriv >/dev/null 2>&1; then
    # setpriv execs (no extra process), so $! is the JVM's pid
    RUN_AS=(setpriv --reuid="$RUN_USER" --regid="$RUN_USER" --init-groups --)
  elif command -v runuser >/dev/null 2>&1; then
    RUN_AS=(runuser -u "$RUN_USER" --)
  else
    die "running as root but neither setpriv nor runuser is available"
  fi
  # The unprivileged user must be able to reach $BASE (e.g. not under /root).
  if ! "${RUN_AS[@]}" test -x "$BASE" -a -r "$INSTALL/lib"; then
    die "user '$RUN_USER' cannot access $BASE (a parent directory is not world-searchable?). Set OPENSEARCH_DIR to a directory like /var/tmp/searchidx-opensearch"
  fi
}

# ---------------------------------------------------------------- node config
write_node_config() {
  local k=$1 d seeds="" managers="" i
  d="$(node_dir "$k")"
  mkdir -p "$d/config" "$d/data" "$d/logs" "$d/tmp"
  for ((i = 1; i <= NODES; i++)); do
    seeds+="${seeds:+, }\"127.0.0.1:$(transport_port "$i")\""
    managers+="${managers:+, }\"node$i\""
  done
  {
    echo "# generated by scripts/opensearch-cluster.sh -- do not edit, rewritten on start"
    echo "cluster.name: $CLUSTER_NAME"
    echo "node.name: node$k"
    echo "path.data: $d/data"
    echo "path.logs: $d/logs"
    echo "network.host: 127.0.0.1"
    echo "http.port: $(http_port "$k")"
    echo "transport.port: $(transport_port "$k")"
    if [ "$NODES" -eq 1 ]; then
      echo "discovery.type: single-node"
    else
      echo "discovery.seed_hosts: [$seeds]"
      echo "cluster.initial_cluster_manager_nodes: [$managers]"
    fi
    echo "cluster.routing.allocation.disk.threshold_enabled: false"
    echo "bootstrap.memory_lock: false"
    echo "action.destructive_requires_name: false"
    # no outbound network: nothing in the integ-test-zip phones home, but be explicit
    echo "node.attr.searchidx: dev"
  } >"$d/config/opensearch.yml"

  cp "$INSTALL/config/log4j2.properties" "$d/config/log4j2.properties"
  # jvm.options: the distribution's, with small heaps and absolute paths
  # (the launcher cd's into the shared install, which the node must not write to)
  sed -e "s|^-Xms.*|-Xms$HEAP|" -e "s|^-Xmx.*|-Xmx$HEAP|" \
      -e "s|-XX:HeapDumpPath=.*|-XX:HeapDumpPath=$d/data|" \
      -e "s|-XX:ErrorFile=.*|-XX:ErrorFile=$d/logs/hs_err_pid%p.log|" \
      -e "s|file=logs/gc.log|file=$d/logs/gc.log|" \
      "$INSTALL/config/jvm.options" >"$d/config/jvm.options"
  mkdir -p "$d/config/jvm.options.d"
  if [ "$(id -u)" -eq 0 ]; then chown -R "$RUN_USER:" "$d"; fi
}

# ---------------------------------------------------------------- start/stop
launch_node() {  # launch node K in the background, record its pid
  local k=$1 d pid java_home
  d="$(node_dir "$k")"
  java_home="$JAVA_HOME_SEL"
  for p in "$(http_port "$k")" "$(transport_port "$k")"; do
    port_busy "$p" && die "port $p is already in use (another OpenSearch/Elasticsearch?) -- cannot start node$k"
  done
  write_node_config "$k"
  touch "$d/logs/.launched"
  (
    cd "$d"
    exec setsid env -i PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" HOME="$d" LANG=C.UTF-8 \
      OPENSEARCH_JAVA_HOME="$java_home" OPENSEARCH_PATH_CONF="$d/config" OPENSEARCH_TMPDIR="$d/tmp" \
      ${RUN_AS[@]+"${RUN_AS[@]}"} "$INSTALL/bin/opensearch" </dev/null >"$d/logs/stdout.log" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$(pid_file "$k")"
  log "node$k starting: pid $pid, http 127.0.0.1:$(http_port "$k"), transport 127.0.0.1:$(transport_port "$k")"
}

dump_logs() {
  local k d
  for ((k = 1; k <= NODES; k++)); do
    d="$(node_dir "$k")"
    echo "----- node$k: $d/logs/stdout.log (tail) -----" >&2
    tail -n 25 "$d/logs/stdout.log" >&2 2>/dev/null || true
    if [ -f "$d/logs/$CLUSTER_NAME.log" ] && [ "$d/logs/$CLUSTER_NAME.log" -nt "$d/logs/.launched" ]; then
      echo "----- node$k: $d/logs/$CLUSTER_NAME.log (tail) -----" >&2
      tail -n 40 "$d/logs/$CLUSTER_NAME.log" >&2 || true
    fi
  done
}

any_url_health() {  # health JSON from the first running node that answers
  local k h
  for ((k = 1; k <= NODES; k++)); do
    node_pid "$k" >/dev/null || continue
    h="$(http_get "http://127.0.0.1:$(http_port "$k")/_cluster/health${1:-}" "${2:-5}")" && { echo "$h"; return 0; }
  done
  return 1
}

# wait until health is green with exactly $1 nodes; $2 = description
wait_green() {
  local want=$1 what=$2 t0=$SECONDS last=-1 h status nodes el k
  while :; do
    el=$((SECONDS - t0))
    for ((k = 1; k <= NODES; k++)); do
      if [ -f "$(pid_file "$k")" ] && ! pid_alive "$(cat "$(pid_file "$k")")"; then
        log "node$k exited during startup (after ${el}s)"
        return 1
      fi
    done
    h="$(any_url_health "" 3 || true)"
    status="$(echo "$h" | json_field status)"; nodes="$(echo "$h" | json_field number_of_nodes)"
    if [ "$status" = green ] && [ "$nodes" = "$want" ]; then
      log "$what: cluster '$CLUSTER_NAME' green with $nodes node(s) after ${el}s"
      return 0
    fi
    if [ "$el" -ge "$START_TIMEOUT" ]; then
      log "timed out after ${el}s waiting for green with $want nodes (status=${status:-none}, nodes=${nodes:-0})"
      return 1
    fi
    if [ $((el / 5)) -ne "$last" ]; then
      last=$((el / 5))
      log "waiting ${el}s: status=${status:-down} nodes=${nodes:-0}/$want"
    fi
    sleep 1
  done
}

print_urls() {
  local k urls=""
  for ((k = 1; k <= NODES; k++)); do urls+="${urls:+,}http://127.0.0.1:$(http_port "$k")"; done
  echo "SEARCHIDX_OPENSEARCH_URL=$URL"
  echo "SEARCHIDX_OPENSEARCH_URLS=$urls"
}

stop_node() {  # TERM, wait, KILL
  local k=$1 pid i
  if ! pid="$(node_pid "$k")"; then
    rm -f "$(pid_file "$k")"
    return 0
  fi
  log "stopping node$k (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "node$k did not exit within ${STOP_TIMEOUT}s: KILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$(pid_file "$k")"
}

prepare() {
  mkdir -p "$BASE"
  JAVA_HOME_SEL="$(find_java_home)" || {
    if [[ "$OS_VERSION" == 2.* ]]; then
      die "no usable Java found (OpenSearch $OS_VERSION needs Java 11..23; Java 17 ships as the default java here). Set OPENSEARCH_JAVA_HOME"
    else
      die "no usable Java found (OpenSearch $OS_VERSION needs Java 21+). Set OPENSEARCH_JAVA_HOME"
    fi
  }
  ensure_installed
  configure_modules
  setup_user
}

cmd_start() {
  local k running t0=$SECONDS
  running="$(running_count)"
  if [ "$running" -eq "$NODES" ]; then
    log "already running: $NODES node(s)"
    if h="$(any_url_health)"; then log "health: $h"; fi
    print_urls
    return 0
  fi
  prepare
  log "java: $JAVA_HOME_SEL ($(java_major "$JAVA_HOME_SEL/bin/java")), heap $HEAP/node, running as $([ ${#RUN_AS[@]} -gt 0 ] && echo "$RUN_USER" || id -un)"
  for ((k = 1; k <= NODES; k++)); do
    node_pid "$k" >/dev/null && continue
    launch_node "$k"
  done
  if ! wait_green "$NODES" "start"; then
    dump_logs
    if [ "${OPENSEARCH_KEEP_ON_FAILURE:-0}" != 1 ]; then
      for ((k = 1; k <= NODES; k++)); do stop_node "$k"; done
    fi
    die "cluster did not come up"
  fi
  log "start took $((SECONDS - t0))s in total"
  print_urls
}

cmd_stop() {
  local k found=0
  # stop every node we have a pid file for, even beyond --nodes
  for pf in "$BASE"/node*.pid; do
    [ -f "$pf" ] || continue
    k="${pf##*/node}"; k="${k%.pid}"
    [[ "$k" =~ ^[0-9]+$ ]] || continue
    [ "$k" -gt "$NODES" ] && NODES="$k"
    found=1
  done
  # TERM all first so they shut down in parallel, then wait/KILL each
  for ((k = 1; k <= NODES; k++)); do
    pid="$(node_pid "$k")" && kill -TERM "$pid" 2>/dev/null || true
  done
  for ((k = 1; k <= NODES; k++)); do stop_node "$k"; done
  [ "$found" -eq 1 ] && log "stopped" || log "not running"
}

cmd_status() {
  local k pid rc=0
  for ((k = 1; k <= NODES; k++)); do
    if pid="$(node_pid "$k")"; then
      echo "node$k: running pid $pid http://127.0.0.1:$(http_port "$k") rss=$(($(awk '/VmRSS/{print $2}' "/proc/$pid/status") / 1024))MiB"
    else
      echo "node$k: stopped"
    fi
  done
  if h="$(any_url_health "?pretty")"; then
    echo "$h"
    http_get "$(first_url)/_cat/nodes?v&h=name,http_address,node.role,cluster_manager,heap.percent,heap.max" 5 || true
  else
    echo "cluster: not reachable"
    rc=3
  fi
  return $rc
}

first_url() {
  local k
  for ((k = 1; k <= NODES; k++)); do
    node_pid "$k" >/dev/null && { echo "http://127.0.0.1:$(http_port "$k")"; return 0; }
  done
  echo "$URL"
}

cmd_stop_node() {
  local k=$NODE_ARG
  node_pid "$k" >/dev/null || { log "node$k is not running"; rm -f "$(pid_file "$k")"; return 0; }
  stop_node "$k"
  log "node$k stopped; $(running_count) node(s) still running"
}

cmd_start_node() {
  local k=$NODE_ARG want t0=$SECONDS
  if node_pid "$k" >/dev/null; then log "node$k already running"; return 0; fi
  prepare
  launch_node "$k"
  want="$(running_count)"
  if ! wait_green "$want" "start-node $k"; then
    dump_logs
    die "node$k did not join / cluster not green"
  fi
  log "start-node $k took $((SECONDS - t0))s"
  print_urls
}

case "$CMD" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  stop-node) cmd_stop_node ;;
  start-node) cmd_start_node ;;
  *) usage ;;
esac
