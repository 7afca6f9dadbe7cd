#!/usr/bin/env bash
# Proves install/install.sh on a clean Debian trixie made with debootstrap: a dry run changes nothing, the
# install completes, a second run changes nothing, the installed service starts from the installed layout
# (as its unit says) and answers readiness and tells systemd READY=1 and WATCHDOG=1, --uninstall keeps
# the data, and the .deb installs and purges. Then software updates in rings: version 1 installed,
# version 2 published to the province's repository (install/province/release, served on loopback) and
# taken by unattended-upgrades, version 3 that fails its health check rolled back by the upgrade guard.
# systemd and udev do not run in a chroot, so shims for systemctl and udevadm stand in front of them
# and log what they were asked; for the rings the systemctl shim runs the service as its unit says.
#
#   sudo install/test/chroot-check.sh [--keep]      (needs root, debootstrap, curl, python3, reprepro, gpg
#                                                    and a network path to a Debian mirror; builds the jar
#                                                    if missing)
#
# The base system is cached in $KIOSK_CHROOT_WORK/base.tar (default /var/tmp/kiosk-chroot), so that later
# runs skip debootstrap. --keep leaves the chroot in place for a look inside.
set -euo pipefail

repo=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
work=${KIOSK_CHROOT_WORK:-/var/tmp/kiosk-chroot}
mirror=${KIOSK_CHROOT_MIRROR:-http://deb.debian.org/debian}
root=$work/root
keep=no
[ "${1:-}" = --keep ] && keep=yes

started=$SECONDS
app_pid=""
notify_pid=""
serve_pid=""
failures=0
passes=0

note() { printf '[%4ds] %s\n' $((SECONDS - started)) "$*"; }
pass() { note "PASS $*"; passes=$((passes + 1)); }
fail() { note "FAIL $*"; failures=$((failures + 1)); }
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 "$@"; }

[ "$(id -u)" -eq 0 ] || { echo "chroot-check: run it as root" >&2; exit 1; }
for tool in debootstrap curl python3 reprepro gpg; do
    command -v "$tool" >/dev/null || { echo "chroot-check: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; fi
    if [ -n "$notify_pid" ]; then kill "$notify_pid" 2>/dev/null || true; fi
    if [ -n "$serve_pid" ]; then kill "$serve_pid" 2>/dev/null || true; fi
    # The service the rings' systemctl shim started, by its process group.
    if [ -f "$root/run/kiosk-shim.pid" ]; then
        kill -KILL -- "-$(cat "$root/run/kiosk-shim.pid")" 2>/dev/null || true
        rm -f "$root/run/kiosk-shim.pid"
    fi
    local m
    for m in var/cache/apt/archives dev/pts dev sys proc; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    if [ "$keep" = no ] && [ -d "$root" ]; then
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

# ---------------------------------------------------------------- a clean trixie

if [ ! -f "$repo/kiosk-app/target/kiosk-app.jar" ]; then
    note "building the kiosk (./kiosk build)"
    "$repo/kiosk" build
fi
mkdir -p "$work"
cleanup
# What the tests built, taken once before anything else: CI runs the drills beside this check, and their builds
# write kiosk-app/target/ again while it runs.
built=$work/built
rm -rf "$built"
mkdir -p "$built"
cp -r "$repo/kiosk-app/target/kiosk-app.jar" "$repo/kiosk-app/target/libs" "$built/"
find "$repo/kiosk-app/target" -maxdepth 1 -name 'kiosk_*.deb' -exec cp {} "$built/" \;
mkdir -p "$root"
if [ -f "$work/base.tar" ]; then
    note "clean trixie from the cached base system"
    tar -C "$root" -xf "$work/base.tar"
else
    note "debootstrap trixie (minbase) from $mirror"
    debootstrap --variant=minbase trixie "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -n 20 "$work/debootstrap.log"; exit 1; }
    tar -C "$root" -cf "$work/base.tar" .
fi
mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
# Downloaded packages are kept between runs, as the base system is.
mkdir -p "$work/archives/partial"
mount --bind "$work/archives" "$root/var/cache/apt/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# No package may start a daemon inside the chroot.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

# In /usr/sbin, where dpkg's maintainer scripts find them too (their PATH has no /usr/local).
cat >"$root/usr/sbin/systemctl" <<'SHIM'
#!/bin/sh
# systemctl for a chroot without systemd: logs each call; enable/disable/is-enabled use the wants link.
echo "systemctl $*" >>/var/log/kiosk-shims.log
wants=/etc/systemd/system/multi-user.target.wants
for last; do :; done
case "$1" in
    enable) mkdir -p "$wants" && ln -sf "/etc/systemd/system/$last" "$wants/$last" ;;
    disable) rm -f "$wants/$last" ;;
    is-enabled) if [ -L "$wants/$last" ]; then echo enabled; else echo disabled; exit 1; fi ;;
    is-active) echo inactive; exit 3 ;;
    *) ;;
esac
SHIM
cat >"$root/usr/sbin/udevadm" <<'SHIM'
#!/bin/sh
# udevadm for a chroot without udev: logs each call.
echo "udevadm $*" >>/var/log/kiosk-shims.log
SHIM
chmod 755 "$root/usr/sbin/systemctl" "$root/usr/sbin/udevadm"

# The Pi's desktop user, whose labwc session shows the kiosk windows.
in_root useradd --create-home --uid 1000 --shell /bin/bash pi

# The release as a technician copies it: the repository's install/ and config/ and the built jar.
release=$root/root/release
mkdir -p "$release/kiosk-app/target"
cp -r "$repo/install" "$repo/config" "$release/"
cp -r "$built/kiosk-app.jar" "$built/libs" "$release/kiosk-app/target/"

# What the installer touches, with content hashes, modes and owners.
manifest() {
    in_root sh -c 'find /etc /opt /var/lib/kiosk /home /usr/local -xdev \
        \( -path /etc/ld.so.cache -o -path /etc/resolv.conf \) -prune -o -print0 2>/dev/null \
        | sort -z | xargs -0 stat -c "%n %F %a %U:%G %N" \
        && find /etc /opt /var/lib/kiosk /home -xdev -type f ! -path /etc/ld.so.cache -print0 2>/dev/null \
        | sort -z | xargs -0 sha256sum'
}

# ---------------------------------------------------------------- dry run, install, install again

before=$(manifest)
in_root /root/release/install/install.sh --dry-run >"$work/dry-run.log" 2>&1 \
    || { cat "$work/dry-run.log"; fail "the dry run failed"; exit 1; }
if [ "$before" = "$(manifest)" ]; then
    pass "dry run: $(grep -c '^==' "$work/dry-run.log") steps and $(grep -c 'would ' "$work/dry-run.log") actions printed, nothing changed"
else
    fail "the dry run changed files"
fi

t=$SECONDS
if in_root /root/release/install/install.sh >"$work/install-1.log" 2>&1; then
    pass "install completes ($((SECONDS - t)) s, $(grep -c '^==' "$work/install-1.log") steps)"
else
    tail -n 30 "$work/install-1.log"
    fail "the install failed"
    exit 1
fi
first=$(manifest)

t=$SECONDS
in_root /opt/kiosk/install/install.sh >"$work/install-2.log" 2>&1 || { tail -n 30 "$work/install-2.log"; fail "the second run failed"; }
changes=$(grep -E '^  (run:|installed:|made:|would )' "$work/install-2.log" || true)
if [ "$first" = "$(manifest)" ] && [ -z "$changes" ]; then
    pass "second run (from /opt/kiosk/install) changes nothing ($((SECONDS - t)) s; manifest of $(wc -l <<<"$first") entries equal)"
else
    diff <(echo "$first") <(manifest) | head -n 20 || true
    echo "$changes" | head -n 20
    fail "the second run changed something"
fi

# Upgrades and the settings: a file exactly as an earlier release shipped it is replaced by this release's; a
# file the technician edited is kept.
catalog=/etc/kiosk/catalog/procedures.json
shipped_catalog=$(sha256sum <"$root$catalog" | cut -d' ' -f1)
printf '{"note": "an earlier release catalog"}\n' >"$root$catalog"
older=$(sha256sum <"$root$catalog" | cut -d' ' -f1)
sed -i "s|^[0-9a-f]*  catalog/procedures.json\$|$older  catalog/procedures.json|" "$root/etc/kiosk/.shipped.sha256"
printf '# edited here\n' >>"$root/etc/kiosk/application.yaml"
edited=$(sha256sum <"$root/etc/kiosk/application.yaml" | cut -d' ' -f1)
in_root /opt/kiosk/install/install.sh >"$work/install-3.log" 2>&1 || { tail -n 30 "$work/install-3.log"; fail "the third run failed"; }
if [ "$(sha256sum <"$root$catalog" | cut -d' ' -f1)" = "$shipped_catalog" ] \
    && [ "$(sha256sum <"$root/etc/kiosk/application.yaml" | cut -d' ' -f1)" = "$edited" ]; then
    pass "an upgrade replaces a settings file left as an earlier release shipped it and keeps an edited one"
else
    grep -A2 'settings:' "$work/install-3.log" | head -n 20
    fail "an upgrade did not tell shipped settings from edited ones"
fi
# The catalog commit 35e4131 shipped, with cut texts that later releases' stricter check refuses to load.
if git -C "$repo" cat-file -e 35e4131:config/catalog/procedures.json 2>/dev/null; then
    git -C "$repo" show 35e4131:config/catalog/procedures.json >"$root$catalog"
    in_root /opt/kiosk/install/install.sh >"$work/install-4.log" 2>&1 || fail "the fourth run failed"
    if [ "$(sha256sum <"$root$catalog" | cut -d' ' -f1)" = "$shipped_catalog" ]; then
        pass "an installer's first run over an older release's untouched catalog (no record of it) replaces it"
    else
        fail "the older release's catalog was kept as if edited"
    fi
fi
# Back as installed, so the checks below see the first install's layout.
sed -i '/^# edited here$/d' "$root/etc/kiosk/application.yaml"
in_root /opt/kiosk/install/install.sh >"$work/install-5.log" 2>&1 || fail "the fifth run failed"

# The layout as the issue asks for it.
check_file() { if in_root test "$@"; then pass "test $*"; else fail "test $*"; fi; }
check_file -f /opt/kiosk/app/kiosk-app.jar
check_file -x /opt/kiosk/bin/kiosk-server
check_file -f /etc/kiosk/application.yaml
check_file -d /var/lib/kiosk/tmp
check_file -f /etc/systemd/system/kiosk.service
check_file -L /etc/systemd/system/multi-user.target.wants/kiosk.service
check_file -f /etc/udev/rules.d/60-kiosk.rules
check_file -f /home/pi/.config/labwc/autostart
check_file -f /home/pi/.config/labwc/rc.xml
if in_root sh -c 'dpkg-query -W openjdk-21-jre-headless chromium fonts-noto-core espeak-ng >/dev/null'; then
    pass "packages: openjdk-21-jre-headless chromium fonts-noto-core espeak-ng"
else
    fail "a package is missing"
fi
if in_root su -s /bin/sh kiosk -c 'test -w /etc/kiosk/centre.yaml && test -w /etc/kiosk/catalog'; then
    pass "the kiosk user may save the set-up and the catalog (/tech)"
else
    fail "the kiosk user cannot write /etc/kiosk"
fi
# The system's clock tells the centre's hour: the zone comes from centre.yaml (Asia/Ho_Chi_Minh as shipped).
zone=$(sed -n 's/^[[:space:]]*timezone:[[:space:]]*//p' "$root/etc/kiosk/centre.yaml" | head -n 1)
if [ "$(in_root readlink -f /etc/localtime)" = "/usr/share/zoneinfo/$zone" ] \
    && [ "$(in_root cat /etc/timezone)" = "$zone" ] && [ "$(in_root date +%z)" = "$(TZ=$zone date +%z)" ]; then
    pass "time zone from centre.yaml: $zone ($(in_root date +%z))"
else
    fail "the system's time zone is $(in_root readlink -f /etc/localtime), centre.yaml says $zone"
fi
if in_root id -nG kiosk | grep -qw dialout; then pass "user kiosk: $(in_root id -nG kiosk)"; else fail "user kiosk"; fi
unit=$root/etc/systemd/system/kiosk.service
for line in Type=notify WatchdogSec= Restart=always ProtectSystem=strict 'ReadWritePaths=/var/lib/kiosk /etc/kiosk' NoNewPrivileges=yes; do
    grep -q "^$line" "$unit" || fail "the unit lacks $line"
done

if in_root sh -c 'command -v systemd-analyze' >/dev/null; then
    if in_root systemd-analyze verify /etc/systemd/system/kiosk.service >"$work/verify.log" 2>&1 \
        && ! grep -q . "$work/verify.log"; then
        pass "systemd-analyze verify kiosk.service: no complaint"
    else
        cat "$work/verify.log"
        fail "systemd-analyze verify complains about kiosk.service"
    fi
fi

# ---------------------------------------------------------------- the installed service starts

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
notify_log=$work/notify.log
rm -f "$root/run/kiosk-notify" "$notify_log"
# systemd's side of sd_notify: a datagram socket that logs what the kiosk sends.
python3 - "$root/run/kiosk-notify" "$notify_log" <<'PY' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
import os; os.chmod(sys.argv[1], 0o666)
with open(sys.argv[2], "a", buffering=1) as log:
    while True:
        log.write(s.recv(4096).decode().replace("\n", " | ") + "\n")
PY
notify_pid=$!
# As systemd would run it: the unit's user, environment file, environment, folder and command.
env_file=$(sed -n 's/^EnvironmentFile=-\{0,1\}//p' "$unit")
unit_env=$(sed -n 's/^Environment=//p' "$unit")
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
workdir=$(sed -n 's/^WorkingDirectory=//p' "$unit")
user=$(sed -n 's/^User=//p' "$unit")
t=$SECONDS
# shellcheck disable=SC2086 # the unit's Environment= is a list of assignments
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 $unit_env \
    SERVER_PORT="$port" NOTIFY_SOCKET=/run/kiosk-notify WATCHDOG_USEC=2000000 \
    sh -c "set -a; . $env_file; set +a; cd $workdir && exec runuser -u $user -- $exec_start" \
    >"$work/app.log" 2>&1 &
app_pid=$!
ready=""
for _ in $(seq 1 120); do
    ready=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/observe/health/ready" 2>/dev/null || true)
    [ -n "$ready" ] && break
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 1
done
if printf '%s' "$ready" | grep -q '"status":"UP"'; then
    pass "the installed service answers /observe/health/ready UP after $((SECONDS - t)) s: $ready"
else
    tail -n 30 "$work/app.log"
    fail "the installed service never became ready"
fi
live=$(curl -fsS --max-time 2 "http://127.0.0.1:$port/observe/health/live" || true)
if printf '%s' "$live" | grep -q '"status":"UP"'; then pass "liveness UP"; else fail "liveness: $live"; fi
# The screen launcher, as labwc's autostart runs it, with a stand-in Chromium that logs its flags.
mkdir -p "$root/tmp/fake-browser"
printf '#!/bin/sh\necho "$*" >>/tmp/fake-browser/calls\n' >"$root/tmp/fake-browser/chromium"
chmod 755 "$root/tmp/fake-browser/chromium"
chmod 1777 "$root/tmp/fake-browser"
in_root timeout 5 runuser -u pi -- env HOME=/home/pi PATH=/tmp/fake-browser:/usr/bin:/bin \
    /opt/kiosk/bin/kiosk-browser touch "http://127.0.0.1:$port/" >/dev/null 2>&1 || true
calls=$(cat "$root/tmp/fake-browser/calls" 2>/dev/null || true)
if printf '%s' "$calls" | grep -q -- "--kiosk --app=http://127.0.0.1:$port/ --class=kiosk-touch" \
    && printf '%s' "$calls" | grep -q -- "--overscroll-history-navigation=0 --pull-to-refresh=0" \
    && [ "$(printf '%s\n' "$calls" | grep -c .)" -ge 2 ]; then
    pass "kiosk-browser waits for the page, opens it in kiosk mode without swipe navigation or pull-to-refresh and reopens it ($(printf '%s\n' "$calls" | grep -c .) starts in 5 s)"
else
    fail "kiosk-browser: $calls"
fi
# Unpacked at start and deleted at exit: look while it runs.
if in_root sh -c 'ls /var/lib/kiosk/tmp | grep -q sqlite'; then
    pass "native libraries unpacked into /var/lib/kiosk/tmp: $(in_root ls /var/lib/kiosk/tmp | tr '\n' ' ')"
else
    fail "nothing unpacked into /var/lib/kiosk/tmp"
fi
sleep 3
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
sleep 1
kill "$notify_pid" 2>/dev/null || true
wait "$notify_pid" 2>/dev/null || true
notify_pid=""
for message in READY=1 WATCHDOG=1 STOPPING=1; do
    if grep -q "$message" "$notify_log" 2>/dev/null; then pass "sd_notify $message received"; else fail "no $message from the kiosk"; fi
done
check_file -f /var/lib/kiosk/kiosk.db
if [ "$(in_root stat -c %U /var/lib/kiosk/kiosk.db)" = kiosk ]; then pass "the database belongs to kiosk"; else fail "database owner"; fi

# ---------------------------------------------------------------- uninstall keeps the data

in_root /opt/kiosk/install/install.sh --uninstall >"$work/uninstall.log" 2>&1 || { tail -n 20 "$work/uninstall.log"; fail "--uninstall failed"; }
if in_root test ! -e /opt/kiosk && in_root test ! -e /etc/systemd/system/kiosk.service \
    && in_root test ! -e /etc/udev/rules.d/60-kiosk.rules \
    && ! grep -q kiosk-browser "$root/home/pi/.config/labwc/autostart" \
    && ! grep -q kiosk-display "$root/home/pi/.config/labwc/rc.xml"; then
    pass "--uninstall removed the program, service, udev rules and screen set-up"
else
    fail "--uninstall left something"
fi
if in_root test -f /var/lib/kiosk/kiosk.db && in_root test -f /etc/kiosk/application.yaml; then
    pass "--uninstall kept /var/lib/kiosk (kiosk.db) and /etc/kiosk"
else
    fail "--uninstall lost the data"
fi
in_root /root/release/install/install.sh --uninstall --purge >"$work/purge.log" 2>&1 || fail "--purge failed"
if in_root test ! -e /var/lib/kiosk && ! in_root id kiosk >/dev/null 2>&1; then
    pass "--uninstall --purge removed the data and the user"
else
    fail "--purge left data"
fi

# ---------------------------------------------------------------- the .deb

deb=$(find "$built" -maxdepth 1 -name 'kiosk_*.deb' -print -quit)
if [ -n "$deb" ]; then
    cp "$deb" "$root/root/kiosk.deb"
    t=$SECONDS
    if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y /root/kiosk.deb >"$work/deb.log" 2>&1 \
        && in_root test -L /etc/systemd/system/multi-user.target.wants/kiosk.service \
        && in_root test -f /etc/udev/rules.d/60-kiosk.rules && in_root test -d /var/lib/kiosk/tmp; then
        pass "the .deb installs and its postinst sets up the service ($((SECONDS - t)) s)"
    else
        tail -n 20 "$work/deb.log"
        fail "the .deb did not install"
    fi
    if in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y kiosk >>"$work/deb.log" 2>&1 \
        && in_root test ! -e /etc/systemd/system/kiosk.service && in_root test ! -e /opt/kiosk; then
        pass "the .deb purges"
    else
        tail -n 20 "$work/deb.log"
        fail "the .deb did not purge"
    fi
else
    note "no kiosk-app/target/kiosk_*.deb (build with mvn package): the .deb and the rings are not checked"
fi

# ---------------------------------------------------------------- software updates in rings

if [ -n "$deb" ]; then
    ring=$work/ring
    rm -rf "$ring"
    mkdir -p "$ring"
    rm -f "$work"/archives/kiosk_*.deb
    # Versions 1, 2 and 3 of the built package; 3's jar names a main class it lacks, so java exits at once.
    dpkg-deb -R "$deb" "$ring/tree"
    base_version=$(dpkg-deb -f "$deb" Version)
    for n in 1 2 3; do
        if [ "$n" = 3 ]; then
            python3 - "$ring/tree/opt/kiosk/app/kiosk-app.jar" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as jar:
    jar.writestr("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMain-Class: vn.kiosk.app.NotThere\n")
PY
        fi
        sed -i "s/^Version: .*/Version: $base_version+ring$n/" "$ring/tree/DEBIAN/control"
        dpkg-deb --root-owner-group -Znone -b "$ring/tree" "$ring/kiosk_v$n.deb" >/dev/null
    done
    v1=$base_version+ring1 v2=$base_version+ring2 v3=$base_version+ring3
    release() { KIOSK_RELEASE_DIR=$ring/repo "$repo/install/province/release" "$@"; }
    release init >"$ring/release.log" 2>&1
    rport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -m http.server --bind 127.0.0.1 --directory "$ring/repo/public" "$rport" >"$ring/serve.log" 2>&1 &
    serve_pid=$!
    cp "$ring/repo/public/kiosk-province.asc" "$ring/kiosk_v1.deb" "$root/root/"

    # systemd's part for the rings: start, stop and restart run the unit's command as its unit says.
    mkdir -p "$root/run/systemd/system"
    # With systemd "running", the installer sets network time through timedatectl, which needs systemd's bus.
    cat >"$root/usr/bin/timedatectl" <<'SHIM'
#!/bin/sh
echo "timedatectl $*" >>/var/log/kiosk-shims.log
[ "$1" = show ] && echo no
exit 0
SHIM
    chmod 755 "$root/usr/bin/timedatectl"
    cat >"$root/usr/sbin/systemctl" <<'SHIM'
#!/bin/bash
# systemctl for a chroot without systemd: logs each call, keeps enable state in the wants link, and runs
# kiosk.service (its user, environment, folder and command) in a session of its own.
echo "systemctl $*" >>/var/log/kiosk-shims.log
wants=/etc/systemd/system/multi-user.target.wants
unit=/etc/systemd/system/kiosk.service
pidfile=/run/kiosk-shim.pid
for last; do :; done
verb=""
for a; do case $a in -*) ;; *) verb=$a; break ;; esac; done
running() { [ -f "$pidfile" ] && kill -0 -- "-$(cat "$pidfile")" 2>/dev/null; }
start() {
    running && return
    local env_file unit_env exec_start workdir user
    env_file=$(sed -n 's/^EnvironmentFile=-\{0,1\}//p' "$unit")
    unit_env=$(sed -n 's/^Environment=//p' "$unit")
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    workdir=$(sed -n 's/^WorkingDirectory=//p' "$unit")
    user=$(sed -n 's/^User=//p' "$unit")
    # shellcheck disable=SC2086 # the unit's Environment= is a list of assignments
    setsid bash -c 'echo $$ >'"$pidfile"'; exec "$@"' shim env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        $unit_env sh -c "set -a; . $env_file; set +a; cd $workdir && exec runuser -u $user -- $exec_start" \
        </dev/null >>/var/log/kiosk-service.log 2>&1 &
    sleep 0.2
}
stop() {
    running || { rm -f "$pidfile"; return; }
    local group
    group=$(cat "$pidfile")
    kill -TERM -- "-$group" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$group" 2>/dev/null
    rm -f "$pidfile"
}
case $verb in
    enable) mkdir -p "$wants" && ln -sf "/etc/systemd/system/$last" "$wants/$last" ;;
    disable) rm -f "$wants/$last" ;;
    is-enabled) if [ -L "$wants/$last" ]; then echo enabled; else echo disabled; exit 1; fi ;;
    is-active) if running; then echo active; else echo inactive; exit 3; fi ;;
    start) start ;;
    stop) stop ;;
    restart) stop; start ;;
    *) ;;
esac
SHIM
    # The kiosk's own port, set before the package comes, as a technician may: the guard checks it there.
    kport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$root/etc/kiosk"
    { cat "$repo/install/files/kiosk.env"; echo "SERVER_PORT=$kport"; } >"$root/etc/kiosk/kiosk.env"
    printf 'KIOSK_PORT=%s\nUPGRADE_TIMEOUT=45\n' "$kport" >"$root/etc/kiosk/install.conf"
    # shellcheck disable=SC2016 # dpkg-query's own format
    installed() { in_root dpkg-query -W -f='${Version}' kiosk 2>/dev/null; }
    up() { curl -fsS --max-time 3 "http://127.0.0.1:$kport/observe/health/live" >/dev/null 2>&1 \
        && curl -fsS --max-time 3 "http://127.0.0.1:$kport/observe/health/ready" >/dev/null 2>&1; }

    t=$SECONDS
    if in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y /root/kiosk_v1.deb >"$ring/v1.log" 2>&1 \
        && in_root /opt/kiosk/install/install.sh --repo "http://127.0.0.1:$rport" --repo-key /root/kiosk-province.asc \
            --ring pilot >>"$ring/v1.log" 2>&1 \
        && [ "$(installed)" = "$v1" ] && up && [ "$(cat "$root/var/lib/kiosk/packages/good")" = "$v1" ] \
        && [ -f "$root/var/lib/kiosk/packages/kiosk_${v1}_all.deb" ]; then
        pass "version 1 ($v1) installed from its .deb, the province repository set (ring pilot), live and ready, its .deb kept ($((SECONDS - t)) s)"
    else
        tail -n 30 "$ring/v1.log"
        fail "version 1 did not install and come up with the repository set"
    fi
    if grep -q "^URIs: http://127.0.0.1:$rport" "$root/etc/apt/sources.list.d/kiosk-province.sources" \
        && grep -q 'origin=kiosk-province,codename=pilot' "$root/etc/apt/apt.conf.d/52kiosk-upgrades"; then
        pass "apt source signed by the province key only, unattended-upgrades restricted to origin=kiosk-province,codename=pilot"
    else
        fail "the apt source or the unattended-upgrades set-up is missing"
    fi

    # The upgrade as apt's daily timer makes it: update the lists, then unattended-upgrade.
    upgrade() {
        in_root apt-get update >>"$1" 2>&1 && in_root env DEBIAN_FRONTEND=noninteractive unattended-upgrade -v >>"$1" 2>&1
    }
    release publish "$ring/kiosk_v2.deb" >>"$ring/release.log" 2>&1
    t=$SECONDS
    upgrade "$ring/v2.log" || true
    if [ "$(installed)" = "$v2" ] && up && [ "$(cat "$root/var/lib/kiosk/packages/good")" = "$v2" ]; then
        pass "unattended-upgrade took version 2 ($v2) from pilot; live and ready, the good version now ($((SECONDS - t)) s)"
    else
        tail -n 30 "$ring/v2.log"
        fail "version 2: installed '$(installed)'"
    fi
    if grep -q "Allowed origins are: origin=Debian,codename=trixie-security,label=Debian-Security, origin=kiosk-province,codename=pilot\$" \
        "$root/var/log/unattended-upgrades/unattended-upgrades.log"; then
        pass "unattended-upgrades' allowed origins: Debian-Security and origin=kiosk-province,codename=pilot, no other"
    else
        grep 'Allowed origins' "$root/var/log/unattended-upgrades/unattended-upgrades.log" || true
        fail "unattended-upgrades allows other origins"
    fi

    release publish "$ring/kiosk_v3.deb" >>"$ring/release.log" 2>&1
    t=$SECONDS
    upgrade "$ring/v3.log" || true
    failed=$root/var/lib/kiosk/upgrade-failed
    if [ "$(installed)" = "$v2" ] && up && grep -qx "version=$v3" "$failed" && grep -qx "rolled-back-to=$v2" "$failed"; then
        pass "version 3 ($v3) failed its health check and was rolled back to $v2, live and ready; upgrade-failed: $(paste -sd ' ' "$failed") ($((SECONDS - t)) s)"
    else
        tail -n 30 "$ring/v3.log"
        cat "$root/var/log/kiosk-upgrade-guard.log" 2>/dev/null || true
        fail "version 3 was not rolled back: installed '$(installed)'"
    fi
    candidate=$(in_root apt-cache policy kiosk | sed -n 's/^ *Candidate: //p')
    if [ "$candidate" = "$v2" ]; then
        pass "the failed $v3 is pinned away: apt's candidate stays $candidate"
    else
        fail "apt would take $candidate again"
    fi
    # The hub's side of a failure: the report halts pilot and the failed version is not promoted.
    printf 'chroot-check %s\n' "$(sed -n 's/^version=//p' "$failed")" >"$ring/failures.txt"
    if ! release promote "$v3" --days 0 --failures "$ring/failures.txt" >>"$ring/release.log" 2>&1 \
        && release halt pilot "failed at chroot-check" >>"$ring/release.log" 2>&1 \
        && ! release promote "$v3" --days 0 >>"$ring/release.log" 2>&1 \
        && release status | grep '^pilot .*HALTED' >/dev/null; then
        pass "the failure report stops $v3's promotion and pilot halts: $(release status | paste -sd ';' -)"
    else
        cat "$ring/release.log"
        fail "the release repository promoted a failed version"
    fi
    in_root systemctl stop kiosk.service
    note "upgrade guard: $(grep -c . "$root/var/log/kiosk-upgrade-guard.log") lines in its log (ring/guard.log)"
    cp "$root/var/log/kiosk-upgrade-guard.log" "$ring/guard.log" 2>/dev/null || true
fi

note "shims were asked: $(sort "$root/var/log/kiosk-shims.log" | uniq -c | tr -s ' ' | paste -sd ';' -)"
note "the service's log (app.log): $(grep -c . "$work/app.log") lines, $(grep -ciE 'severe|exception' "$work/app.log" || true) with SEVERE or an exception"
note "logs in $work; $((SECONDS - started)) s in all"
# The plain closing line CI reads.
echo "chroot-check: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
