# The provisioning steps shared by install.sh and the .deb's maintainer scripts (sourced, not run).
# Every step is idempotent: it compares before it changes, says what it did, and under DRY_RUN=yes
# only says what it would do.
# shellcheck shell=bash

DRY_RUN=${DRY_RUN:-no}
KIOSK_USER=kiosk
APP_DIR=/opt/kiosk
CONF_DIR=/etc/kiosk
DATA_DIR=/var/lib/kiosk
UNIT_FILE=/etc/systemd/system/kiosk.service
UDEV_FILE=/etc/udev/rules.d/60-kiosk.rules
INSTALL_CONF=$CONF_DIR/install.conf
# Settings remembered in install.conf between runs (command-line options override them).
SETTINGS="DESKTOP_USER PRINTER_USB_ID SCANNER_USB_ID SCANNER_MODE DISPLAY_OUTPUT TOUCH_OUTPUT KIOSK_PORT SECOND_DISPLAY REPO_URL REPO_RING UPGRADE_TIMEOUT"
# The province's release repository, as the kiosk's apt and unattended-upgrades see it.
REPO_KEYRING=/etc/apt/keyrings/kiosk-province.asc
REPO_SOURCES=/etc/apt/sources.list.d/kiosk-province.sources
UPGRADES_CONF=/etc/apt/apt.conf.d/52kiosk-upgrades
GUARD_HOOK=/etc/apt/apt.conf.d/80kiosk-upgrade-guard
GUARD_PIN=/etc/apt/preferences.d/kiosk-upgrade-failed
CHANGED_UNIT=no
CHANGED_APP=no

say() { printf '%s\n' "$*"; }
step() { printf '\n== %s\n' "$*"; }
die() { printf 'install: %s\n' "$*" >&2; exit 1; }

# Runs a command, or under a dry run only prints it.
run() {
    local shown
    shown=$(printf ' %q' "$@")
    if [ "$DRY_RUN" = yes ]; then
        say "  would run:$shown"
    else
        say "  run:$shown"
        "$@"
    fi
}

# put SOURCE DEST MODE [OWNER:GROUP]: installs a file if its content, mode or owner differ. Returns 0
# when it changed (or would change) the file, 1 when it was already right.
put() {
    local src=$1 dest=$2 mode=$3 owner=${4:-root:root}
    if [ -f "$dest" ] && cmp -s "$src" "$dest" \
        && [ "$(stat -c %a:%U:%G "$dest")" = "${mode#0}:$owner" ]; then
        say "  unchanged: $dest"
        return 1
    fi
    if [ "$DRY_RUN" = yes ]; then
        say "  would install: $dest ($mode $owner)"
        return 0
    fi
    mkdir -p "$(dirname "$dest")"
    install -m "$mode" -o "${owner%%:*}" -g "${owner##*:}" "$src" "$dest"
    say "  installed: $dest"
    return 0
}

# put_text DEST MODE [OWNER:GROUP] < text: as put, for generated content; a dry run shows the difference.
put_text() {
    local tmp rc=0
    tmp=$(mktemp)
    cat >"$tmp"
    put "$tmp" "$@" || rc=$?
    if [ "$rc" -eq 0 ] && [ "$DRY_RUN" = yes ]; then
        if [ -f "$1" ]; then
            diff -u "$1" "$tmp" | tail -n +3 | sed 's/^/    /' || true
        else
            sed 's/^/    + /' "$tmp"
        fi
    fi
    rm -f "$tmp"
    return "$rc"
}

# dir PATH MODE OWNER:GROUP: makes a folder with that mode and owner if it is not so already.
dir() {
    local path=$1 mode=$2 owner=$3
    if [ -d "$path" ] && [ "$(stat -c %a:%U:%G "$path")" = "${mode#0}:$owner" ]; then
        say "  unchanged: $path/"
        return
    fi
    if [ "$DRY_RUN" = yes ]; then
        say "  would create: $path/ ($mode $owner)"
        return
    fi
    mkdir -p "$path"
    chmod "$mode" "$path"
    chown "$owner" "$path"
    say "  made: $path/ ($mode $owner)"
}

# user_dir PATH OWNER:GROUP: a folder of the desktop user's, made if missing; an existing one is theirs.
user_dir() {
    local path=$1 owner=$2
    if [ -d "$path" ]; then
        return
    fi
    if [ "$DRY_RUN" = yes ]; then
        say "  would create: $path/ ($owner)"
        return
    fi
    mkdir -p "$path"
    chown "$owner" "$path"
    say "  made: $path/ ($owner)"
}

remove() {
    local path
    for path in "$@"; do
        [ -e "$path" ] || [ -L "$path" ] || continue
        run rm -rf "$path"
    done
}

systemd_running() { [ -d /run/systemd/system ]; }

# ---------------------------------------------------------------- settings

load_settings() {
    if [ -f "$INSTALL_CONF" ]; then
        # shellcheck disable=SC1090
        . "$INSTALL_CONF"
    fi
    DESKTOP_USER=${OPT_DESKTOP_USER:-${DESKTOP_USER:-}}
    PRINTER_USB_ID=${OPT_PRINTER_USB_ID:-${PRINTER_USB_ID:-}}
    SCANNER_USB_ID=${OPT_SCANNER_USB_ID:-${SCANNER_USB_ID:-}}
    SCANNER_MODE=${OPT_SCANNER_MODE:-${SCANNER_MODE:-cdc}}
    DISPLAY_OUTPUT=${OPT_DISPLAY_OUTPUT:-${DISPLAY_OUTPUT:-HDMI-A-2}}
    TOUCH_OUTPUT=${OPT_TOUCH_OUTPUT:-${TOUCH_OUTPUT:-}}
    KIOSK_PORT=${OPT_KIOSK_PORT:-${KIOSK_PORT:-8080}}
    SECOND_DISPLAY=${OPT_SECOND_DISPLAY:-${SECOND_DISPLAY:-yes}}
    REPO_URL=${OPT_REPO_URL:-${REPO_URL:-}}
    REPO_RING=${OPT_REPO_RING:-${REPO_RING:-pilot}}
    REPO_KEY_FILE=${OPT_REPO_KEY_FILE:-}
    UPGRADE_TIMEOUT=${OPT_UPGRADE_TIMEOUT:-${UPGRADE_TIMEOUT:-180}}
    if [ -z "$DESKTOP_USER" ]; then
        DESKTOP_USER=$(guess_desktop_user)
    fi
    check_usb_id printer "$PRINTER_USB_ID"
    check_usb_id scanner "$SCANNER_USB_ID"
    case $SCANNER_MODE in cdc | hid) ;; *) die "--scanner-mode must be cdc or hid" ;; esac
    case $SECOND_DISPLAY in yes | no) ;; *) die "SECOND_DISPLAY must be yes or no" ;; esac
    case $KIOSK_PORT in '' | *[!0-9]*) die "the port must be a number" ;; esac
    case $UPGRADE_TIMEOUT in '' | *[!0-9]*) die "the upgrade timeout must be a number of seconds" ;; esac
    printf '%s' "$REPO_RING" | grep -Eqx '[a-z0-9][a-z0-9-]*' || die "the ring must be a suite name such as pilot or general"
    case $REPO_URL in '' | http://* | https://* | file:/*) ;; *) die "the repository must be an http(s):// or file:/ address" ;; esac
    if [ -n "$REPO_KEY_FILE" ] && [ ! -f "$REPO_KEY_FILE" ]; then
        die "no key file $REPO_KEY_FILE (the province's kiosk-province.asc)"
    fi
}

check_usb_id() {
    [ -z "$2" ] && return
    printf '%s' "$2" | grep -Eqx '[0-9a-fA-F]{4}:[0-9a-fA-F]{4}' \
        || die "the $1 id must look like 0483:5720 (vendor:product from lsusb), not '$2'"
}

# The user who logs in to the desktop: the one who ran sudo, else the first ordinary user (uid 1000).
guess_desktop_user() {
    if [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        echo "$SUDO_USER"
    else
        getent passwd 1000 | cut -d: -f1
    fi
}

save_settings() {
    step "settings: $INSTALL_CONF"
    {
        echo "# What install.sh was told; it reads this on the next run (options override it)."
        echo "# Vendor:product ids come from lsusb; SCANNER_MODE is cdc (virtual serial port) or hid (keyboard)."
        for name in $SETTINGS; do
            printf '%s=%s\n' "$name" "${!name}"
        done
    } | put_text "$INSTALL_CONF" 644 || true
}

# ---------------------------------------------------------------- checks

check_system() {
    step "system: Debian or Raspberry Pi OS (trixie or bookworm), 64-bit"
    local os_id codename arch
    [ -f /etc/os-release ] || die "no /etc/os-release: not a Debian system"
    # shellcheck source=/dev/null
    os_id=$(. /etc/os-release && echo "${ID:-}")
    # shellcheck source=/dev/null
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    arch=$(dpkg --print-architecture)
    case $os_id in
        debian | raspbian) ;;
        *) die "this is '$os_id': the kiosk installs on Raspberry Pi OS or Debian" ;;
    esac
    case $codename in
        trixie | bookworm) ;;
        *) die "this is Debian '$codename': trixie (13) or bookworm (12) is needed" ;;
    esac
    case $arch in
        arm64 | amd64) ;;
        *) die "this is a $arch system: install the 64-bit Raspberry Pi OS (Java 21 needs arm64)" ;;
    esac
    if [ "$DRY_RUN" != yes ] && [ "$(id -u)" -ne 0 ]; then
        die "run it as root: sudo $0"
    fi
    OS_CODENAME=$codename
    say "  $os_id $codename on $arch"
}

# ---------------------------------------------------------------- packages

java_package() {
    if [ "$OS_CODENAME" = trixie ]; then
        echo openjdk-21-jre-headless
    else
        # bookworm's own Java is 17: Eclipse Temurin 21 from Adoptium's apt repository instead.
        echo temurin-21-jre
    fi
}

have_java21() {
    local release v
    for release in /usr/lib/jvm/*/release; do
        [ -f "$release" ] || continue
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
        [ -n "$v" ] && [ "$v" -ge 21 ] && return 0
    done
    return 1
}

missing_packages() {
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
    done
}

adoptium_repo() {
    local keyring=/etc/apt/keyrings/adoptium.asc list=/etc/apt/sources.list.d/adoptium.sources
    if [ ! -f "$keyring" ]; then
        run mkdir -p /etc/apt/keyrings
        run curl -fsSL -o "$keyring" https://packages.adoptium.net/artifactory/api/gpg/key/public
    fi
    printf 'Types: deb\nURIs: https://packages.adoptium.net/artifactory/deb\nSuites: %s\nComponents: main\nSigned-By: %s\n' \
        "$OS_CODENAME" "$keyring" | put_text "$list" 644 || true
}

install_packages() {
    step "packages: Java 21, Chromium, Vietnamese fonts, espeak-ng, sound tools"
    local wanted=(fonts-noto-core espeak-ng sox pipewire-bin alsa-utils curl)
    local browser=chromium
    if ! apt-cache show chromium >/dev/null 2>&1 && apt-cache show chromium-browser >/dev/null 2>&1; then
        browser=chromium-browser
    fi
    wanted+=("$browser")
    [ -n "$REPO_URL" ] && wanted+=(unattended-upgrades)
    if have_java21; then
        say "  a Java 21 or newer is installed"
    else
        wanted+=("$(java_package)")
        if [ "$OS_CODENAME" = bookworm ]; then
            missing_packages curl ca-certificates | grep -q . && run apt-get install -y curl ca-certificates
            adoptium_repo
            run apt-get update
        fi
    fi
    local missing
    mapfile -t missing < <(missing_packages "${wanted[@]}")
    if [ ${#missing[@]} -eq 0 ]; then
        say "  all installed: ${wanted[*]}"
        return
    fi
    run apt-get update
    run env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# ---------------------------------------------------------------- user and folders

create_user() {
    step "user: $KIOSK_USER (system user, no login), in the device groups"
    if getent passwd "$KIOSK_USER" >/dev/null; then
        say "  exists: $KIOSK_USER"
    else
        run useradd --system --user-group --home-dir /var/lib/kiosk --no-create-home \
            --shell /usr/sbin/nologin --comment "Commune kiosk server" "$KIOSK_USER"
    fi
    # lp: USB printer; dialout: serial printer and scanner; input: HID scanner; gpio: call buttons
    # (Raspberry Pi OS only); audio: the announcer on the Pi's speaker.
    local group have
    have=$(id -nG "$KIOSK_USER" 2>/dev/null || true)
    for group in lp dialout input gpio audio; do
        getent group "$group" >/dev/null || continue
        case " $have " in
            *" $group "*) ;;
            *) run usermod -aG "$group" "$KIOSK_USER" ;;
        esac
    done
}

lay_out() {
    step "folders: $APP_DIR (program), $CONF_DIR (settings), $DATA_DIR (data)"
    dir "$APP_DIR" 755 root:root
    # The technician's page saves the set-up and the catalog here, as the service's user.
    dir "$CONF_DIR" 755 "$KIOSK_USER:$KIOSK_USER"
    dir "$DATA_DIR" 750 "$KIOSK_USER:$KIOSK_USER"
    # Native libraries are unpacked here and loaded from here: it must not be mounted noexec.
    dir "$DATA_DIR/tmp" 700 "$KIOSK_USER:$KIOSK_USER"
    # The upgrade guard keeps the last good kiosk .deb here, to reinstall it when an upgrade fails.
    dir "$DATA_DIR/packages" 755 root:root
}

# ---------------------------------------------------------------- the program

# install_app SOURCE_JAR_DIR: the jar and its libs.
install_app() {
    local jar_dir=$1
    step "program: $APP_DIR/app (kiosk-app.jar and libs/)"
    [ -f "$jar_dir/kiosk-app.jar" ] || die "no $jar_dir/kiosk-app.jar: run ./kiosk build first (or give --app DIR)"
    [ -d "$jar_dir/libs" ] || die "no $jar_dir/libs beside kiosk-app.jar"
    put "$jar_dir/kiosk-app.jar" "$APP_DIR/app/kiosk-app.jar" 644 && CHANGED_APP=yes
    local lib name
    for lib in "$jar_dir"/libs/*.jar; do
        put "$lib" "$APP_DIR/app/libs/$(basename "$lib")" 644 && CHANGED_APP=yes
    done
    # A library the new version no longer uses must go, or the class path keeps it alive.
    for lib in "$APP_DIR"/app/libs/*.jar; do
        [ -f "$lib" ] || continue
        name=$(basename "$lib")
        [ -f "$jar_dir/libs/$name" ] || { remove "$lib"; CHANGED_APP=yes; }
    done
}

# The installer itself and the shipped settings, so that `/opt/kiosk/install/install.sh` (again, or with
# --uninstall) works once the release folder is gone; the .deb has the same layout.
install_tree() {
    local here=$1 defaults=$2 to=$APP_DIR/install f rel mode
    step "installer: $to (this script and the shipped settings, for later runs and --uninstall)"
    if [ "$(readlink -f "$here")" = "$to" ]; then
        say "  running from it"
        return
    fi
    while IFS= read -r f; do
        rel=${f#"$here"/}
        mode=644
        [ -x "$f" ] && mode=755
        put "$f" "$to/$rel" "$mode" || true
    done < <(find "$here/install.sh" "$here/README.md" "$here/lib" "$here/files" -type f | sort)
    while IFS= read -r f; do
        put "$f" "$to/config/${f#"$defaults"/}" 644 || true
    done < <(find "$defaults" -type f | sort)
}

install_launchers() {
    local files=$1
    step "launchers: $APP_DIR/bin/kiosk-server (the service), $APP_DIR/bin/kiosk-browser (the screens), $APP_DIR/bin/kiosk-unlock (lock-outs), $APP_DIR/bin/kiosk-upgrade-guard (after upgrades)"
    put "$files/kiosk-server" "$APP_DIR/bin/kiosk-server" 755 && CHANGED_APP=yes
    put "$files/kiosk-browser" "$APP_DIR/bin/kiosk-browser" 755 || true
    put "$files/kiosk-unlock" "$APP_DIR/bin/kiosk-unlock" 755 || true
    put "$files/kiosk-upgrade-guard" "$APP_DIR/bin/kiosk-upgrade-guard" 755 || true
}

# The shipped settings, copied only where the technician has none: their edits are never overwritten. A file
# still exactly as an earlier release shipped it (its checksum is in $CONF_DIR/.shipped.sha256, written by each
# install, or among every version the repository ever held, files/shipped-config.sha256) is not an edit: it is
# replaced by this release's, as dpkg does with an unchanged conffile. Without that, an upgrade whose
# catalog check got stricter would leave the old shipped catalog in place and the service unable to start.
install_config() {
    local defaults=$1 files=$2 f rel sums=$CONF_DIR/.shipped.sha256 recorded now record
    step "settings: $CONF_DIR (kept when present)"
    while IFS= read -r f; do
        rel=${f#"$defaults"/}
        dir "$CONF_DIR/$rel" 755 "$KIOSK_USER:$KIOSK_USER"
    done < <(find "$defaults" -mindepth 1 -type d | sort)
    record=""
    while IFS= read -r f; do
        rel=${f#"$defaults"/}
        recorded=""
        [ -f "$sums" ] && recorded=$(awk -v r="$rel" '$2 == r { print $1 }' "$sums")
        if [ ! -e "$CONF_DIR/$rel" ]; then
            put "$f" "$CONF_DIR/$rel" 644 "$KIOSK_USER:$KIOSK_USER" || true
            recorded=$(sha256sum <"$f" | cut -d' ' -f1)
        elif cmp -s "$f" "$CONF_DIR/$rel"; then
            say "  unchanged: $CONF_DIR/$rel"
            recorded=$(sha256sum <"$f" | cut -d' ' -f1)
        else
            now=$(sha256sum <"$CONF_DIR/$rel" | cut -d' ' -f1)
            if { [ -n "$recorded" ] && [ "$now" = "$recorded" ]; } \
                || grep -qxF "$now  $rel" "$files/shipped-config.sha256" 2>/dev/null; then
                say "  $CONF_DIR/$rel is as an earlier release shipped it, never edited here: replaced"
                put "$f" "$CONF_DIR/$rel" 644 "$KIOSK_USER:$KIOSK_USER" || true
                recorded=$(sha256sum <"$f" | cut -d' ' -f1)
            else
                say "  kept: $CONF_DIR/$rel (edited here)"
            fi
        fi
        # An edited file keeps the checksum of what was last shipped, so it stays an edit.
        [ -n "$recorded" ] && record+="$recorded  $rel"$'\n'
    done < <(find "$defaults" -type f | sort)
    printf '%s' "$record" | put_text "$sums" 644 || true
    if [ -e "$CONF_DIR/kiosk.env" ]; then
        say "  kept: $CONF_DIR/kiosk.env"
    else
        put "$files/kiosk.env" "$CONF_DIR/kiosk.env" 644 || true
    fi
}

# ---------------------------------------------------------------- the clock

# install_timezone CENTRE_YAML [SHIPPED_YAML]: the system's time zone from centre.timezone, so that the system log, the journal and
# a technician's `date` tell the hour the tickets and pages tell; and network time on where systemd runs (the
# kiosk's /tech shows whether systemd-timesyncd has synchronised the clock).
install_timezone() {
    local centre=$1 zone
    step "time: the centre's time zone, network time"
    # A dry run on a fresh machine has no /etc/kiosk yet: the shipped set-up is what would be installed.
    [ -f "$centre" ] || centre=${2:-$centre}
    zone=$(sed -n 's/^[[:space:]]*timezone:[[:space:]]*["'\'']\{0,1\}\([A-Za-z0-9_+\/-]*\).*/\1/p' "$centre" 2>/dev/null \
        | head -n 1)
    [ -n "$zone" ] || zone=Asia/Ho_Chi_Minh
    [ -f "/usr/share/zoneinfo/$zone" ] || die "centre.timezone \"$zone\" in $centre is not a known time zone"
    if [ "$(readlink -f /etc/localtime 2>/dev/null)" = "$(readlink -f "/usr/share/zoneinfo/$zone")" ]; then
        say "  unchanged: /etc/localtime ($zone)"
    elif systemd_running; then
        run timedatectl set-timezone "$zone"
    else
        run ln -sfn "/usr/share/zoneinfo/$zone" /etc/localtime
    fi
    printf '%s\n' "$zone" | put_text /etc/timezone 644 || true
    if ! systemd_running; then
        say "  systemd is not running here: network time is left to the system"
    elif [ "$(timedatectl show -p NTP --value 2>/dev/null)" = yes ]; then
        say "  unchanged: network time on"
    else
        run timedatectl set-ntp true
    fi
}

# ---------------------------------------------------------------- udev

udev_rules() {
    cat "$1/60-kiosk.rules"
    if [ -n "$PRINTER_USB_ID" ]; then
        printf '\n# The printer %s behind a USB serial adapter (ttyUSB/ttyACM).\n' "$PRINTER_USB_ID"
        printf 'SUBSYSTEM=="tty", ATTRS{idVendor}=="%s", ATTRS{idProduct}=="%s", SYMLINK+="kiosk-printer", GROUP="dialout", MODE="0660"\n' \
            "${PRINTER_USB_ID%%:*}" "${PRINTER_USB_ID##*:}"
    fi
    if [ -z "$SCANNER_USB_ID" ]; then
        printf '\n# No scanner id yet: run install.sh --scanner-id VVVV:PPPP [--scanner-mode hid] to name it.\n'
    elif [ "$SCANNER_MODE" = cdc ]; then
        printf '\n# The scanner %s in USB-CDC mode (a virtual serial port).\n' "$SCANNER_USB_ID"
        printf 'SUBSYSTEM=="tty", ATTRS{idVendor}=="%s", ATTRS{idProduct}=="%s", SYMLINK+="kiosk-scanner", GROUP="dialout", MODE="0660"\n' \
            "${SCANNER_USB_ID%%:*}" "${SCANNER_USB_ID##*:}"
    else
        printf '\n# The scanner %s in keyboard (HID) mode: hidden from the desktop, so that a scan never types\n' "$SCANNER_USB_ID"
        printf '# into a page, and readable by the kiosk, which grabs it (devices.scanner: evdev-hid).\n'
        printf 'SUBSYSTEM=="input", ATTRS{idVendor}=="%s", ATTRS{idProduct}=="%s", ENV{LIBINPUT_IGNORE_DEVICE}="1"\n' \
            "${SCANNER_USB_ID%%:*}" "${SCANNER_USB_ID##*:}"
        printf 'SUBSYSTEM=="input", KERNEL=="event*", ENV{ID_INPUT_KEYBOARD}=="1", ATTRS{idVendor}=="%s", ATTRS{idProduct}=="%s", SYMLINK+="kiosk-scanner", GROUP="input", MODE="0660"\n' \
            "${SCANNER_USB_ID%%:*}" "${SCANNER_USB_ID##*:}"
    fi
}

install_udev() {
    local files=$1
    step "udev: /dev/kiosk-printer and /dev/kiosk-scanner ($UDEV_FILE)"
    if udev_rules "$files" | put_text "$UDEV_FILE" 644; then
        run udevadm control --reload-rules
        run udevadm trigger --subsystem-match=usbmisc --subsystem-match=tty --subsystem-match=input
    fi
}

# ---------------------------------------------------------------- systemd

install_unit() {
    local files=$1
    step "service: $UNIT_FILE (Type=notify, watchdog, restart always, hardened)"
    put "$files/kiosk.service" "$UNIT_FILE" 644 && CHANGED_UNIT=yes
    if [ "$CHANGED_UNIT" = yes ]; then
        run systemctl daemon-reload
    fi
    if [ "$(systemctl is-enabled kiosk.service 2>/dev/null || true)" = enabled ]; then
        say "  enabled: kiosk.service"
    else
        run systemctl enable kiosk.service
    fi
}

# start_service PACKAGE: under dpkg (PACKAGE=yes) a service that does not start is the upgrade guard's to
# judge after dpkg is done, not a reason to leave the package half-configured.
start_service() {
    step "start: kiosk.service"
    if ! systemd_running; then
        say "  systemd is not running here: the service starts at the next boot"
    elif [ "$CHANGED_APP" = yes ] || [ "$CHANGED_UNIT" = yes ]; then
        if [ "${1:-no}" = yes ]; then
            run systemctl restart kiosk.service || say "  the service did not start: the upgrade guard decides"
        else
            run systemctl restart kiosk.service
        fi
    elif systemctl is-active --quiet kiosk.service; then
        say "  running: kiosk.service"
    else
        run systemctl start kiosk.service
    fi
}

# ---------------------------------------------------------------- software updates

# The upgrade guard after every apt run; without a repository it still guards an upgrade made by hand.
guard_hook_text() {
    echo "// Written by /opt/kiosk/install/install.sh: after apt has run dpkg, the upgrade guard checks a new kiosk"
    echo "// version's liveness and readiness and reinstalls the last good one if they fail (install/README.md)."
    echo 'DPkg::Post-Invoke { "if [ -x /opt/kiosk/bin/kiosk-upgrade-guard ]; then /opt/kiosk/bin/kiosk-upgrade-guard --from-apt || true; fi"; };'
}

repo_sources_text() {
    echo "# The province's kiosk releases, ring $REPO_RING (written by /opt/kiosk/install/install.sh --repo/--ring)."
    printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n' "$REPO_URL" "$REPO_RING" "$REPO_KEYRING"
}

# unattended-upgrades, daily: the kiosk's releases from the province's repository, by ring, and Debian's
# security updates (a kiosk on a network is patched whether or not the province publishes); nothing else.
upgrades_conf_text() {
    echo "// Written by /opt/kiosk/install/install.sh: the province's kiosk releases and Debian's security updates."
    echo 'APT::Periodic::Update-Package-Lists "1";'
    echo 'APT::Periodic::Unattended-Upgrade "1";'
    echo '#clear Unattended-Upgrade::Allowed-Origins;'
    echo '#clear Unattended-Upgrade::Origins-Pattern;'
    # shellcheck disable=SC2016 # ${distro_codename} is unattended-upgrades' own variable, not the shell's
    printf 'Unattended-Upgrade::Origins-Pattern {\n    "origin=Debian,codename=${distro_codename}-security,label=Debian-Security";\n    "origin=kiosk-province,codename=%s";\n};\n' "$REPO_RING"
}

# install_updates PACKAGE: the guard's hook always; with a repository its source, key and unattended-upgrades.
install_updates() {
    step "updates: upgrade guard${REPO_URL:+, the province repository $REPO_URL (ring $REPO_RING)}"
    guard_hook_text | put_text "$GUARD_HOOK" 644 || true
    if [ -z "$REPO_URL" ]; then
        say "  no province repository (--repo URL --repo-key FILE --ring pilot|general): updates come by hand"
        return
    fi
    if [ -n "$REPO_KEY_FILE" ]; then
        run mkdir -p "$(dirname "$REPO_KEYRING")"
        put "$REPO_KEY_FILE" "$REPO_KEYRING" 644 || true
    elif [ ! -f "$REPO_KEYRING" ]; then
        die "the repository needs the province's key: --repo-key kiosk-province.asc"
    fi
    local changed=no
    repo_sources_text | put_text "$REPO_SOURCES" 644 && changed=yes
    upgrades_conf_text | put_text "$UPGRADES_CONF" 644 || true
    # Under dpkg apt is busy; its next nightly run reads the lists.
    if [ "$changed" = yes ] && [ "$1" = no ]; then
        run apt-get update
    fi
}

# After an install by hand, the installed package's first check: it becomes the good version to return to.
check_baseline() {
    [ -n "$REPO_URL" ] || return 0
    systemd_running || return 0
    dpkg-query -W kiosk >/dev/null 2>&1 || return 0
    step "updates: the installed kiosk package as the good version (the upgrade guard)"
    run "$APP_DIR/bin/kiosk-upgrade-guard" --baseline
}

remove_updates() {
    step "updates: remove the upgrade guard and the province repository"
    remove "$GUARD_HOOK" "$REPO_SOURCES" "$REPO_KEYRING" "$UPGRADES_CONF" "$GUARD_PIN"
}

# ---------------------------------------------------------------- the desktop session

desktop_home() {
    getent passwd "$DESKTOP_USER" | cut -d: -f6
}

autostart_block() {
    echo "# kiosk:begin (written by /opt/kiosk/install/install.sh; --uninstall removes it)"
    echo "/opt/kiosk/bin/kiosk-browser touch http://localhost:$KIOSK_PORT/ &"
    if [ "$SECOND_DISPLAY" = yes ]; then
        echo "/opt/kiosk/bin/kiosk-browser display http://localhost:$KIOSK_PORT/display &"
    fi
    echo "# kiosk:end"
}

window_rules_block() {
    echo "<!-- kiosk:begin (written by /opt/kiosk/install/install.sh; --uninstall removes it) -->"
    if [ -n "$TOUCH_OUTPUT" ]; then
        echo "<windowRule identifier=\"kiosk-touch\"><action name=\"MoveToOutput\" output=\"$TOUCH_OUTPUT\" /></windowRule>"
    fi
    if [ "$SECOND_DISPLAY" = yes ]; then
        echo "<windowRule identifier=\"kiosk-display\"><action name=\"MoveToOutput\" output=\"$DISPLAY_OUTPUT\" /></windowRule>"
    fi
    echo "<!-- kiosk:end -->"
}

# without_block FILE: the file without our marked block (empty output for a missing file).
without_block() {
    [ -f "$1" ] || return 0
    sed '/kiosk:begin/,/kiosk:end/d' "$1"
}

# The labwc autostart, with our block last, and without raspi-config's screen-blanking line.
autostart_text() {
    local file=$1
    if [ -f "$file" ]; then
        without_block "$file" | grep -v 'swayidle' || true
    else
        echo "# labwc autostart of the kiosk's desktop user. It replaces the system one (no panel, no"
        echo "# desktop icons on a kiosk); kanshi still applies the saved screen layout."
        echo "command -v kanshi >/dev/null && kanshi &"
    fi
    autostart_block
}

# labwc's rc.xml with our window rules inside <windowRules> (made if missing).
rc_xml_text() {
    local file=$1 rules
    rules=$(window_rules_block)
    if [ ! -f "$file" ]; then
        printf '<?xml version="1.0"?>\n<labwc_config>\n<windowRules>\n%s\n</windowRules>\n</labwc_config>\n' "$rules"
    elif without_block "$file" | grep -q '<windowRules>'; then
        without_block "$file" | awk -v rules="$rules" '{ print } /<windowRules>/ && !done { print rules; done = 1 }'
    else
        without_block "$file" | awk -v rules="$rules" '/<\/labwc_config>/ && !done { print "<windowRules>"; print rules; print "</windowRules>"; done = 1 } { print }'
    fi
}

install_desktop() {
    step "screens: Chromium kiosk windows from labwc's autostart, blanking off"
    if [ -z "$DESKTOP_USER" ] || ! getent passwd "$DESKTOP_USER" >/dev/null; then
        say "  no desktop user (give --desktop-user NAME): the browser windows are not set up"
        return
    fi
    local home group config
    home=$(desktop_home)
    group=$(id -gn "$DESKTOP_USER")
    config=$home/.config/labwc
    user_dir "$home/.config" "$DESKTOP_USER:$group"
    user_dir "$config" "$DESKTOP_USER:$group"
    autostart_text "$config/autostart" | put_text "$config/autostart" 755 "$DESKTOP_USER:$group" || true
    rc_xml_text "$config/rc.xml" | put_text "$config/rc.xml" 644 "$DESKTOP_USER:$group" || true
    if command -v raspi-config >/dev/null 2>&1; then
        # Desktop with auto-login for the kiosk screen (B4) and no screen blanking.
        run raspi-config nonint do_boot_behaviour B4
        run raspi-config nonint do_blanking 1
    else
        say "  no raspi-config: set desktop auto-login for $DESKTOP_USER yourself; blanking is off (no swayidle)"
    fi
}

# ---------------------------------------------------------------- removal

# uninstall PURGE PACKAGE: PACKAGE=yes leaves /opt/kiosk to dpkg.
uninstall() {
    local purge=$1 home
    step "service: stop and remove"
    if systemctl is-enabled kiosk.service >/dev/null 2>&1; then
        run systemctl disable kiosk.service
    fi
    if systemd_running && systemctl is-active --quiet kiosk.service; then
        run systemctl stop kiosk.service
    fi
    if [ -f "$UNIT_FILE" ]; then
        remove "$UNIT_FILE"
        run systemctl daemon-reload
    fi
    remove_updates
    step "udev rules: remove"
    if [ -f "$UDEV_FILE" ]; then
        remove "$UDEV_FILE"
        run udevadm control --reload-rules
    fi
    step "screens: remove the kiosk windows from labwc"
    if [ -n "$DESKTOP_USER" ] && getent passwd "$DESKTOP_USER" >/dev/null; then
        home=$(desktop_home)
        local f
        for f in "$home/.config/labwc/autostart" "$home/.config/labwc/rc.xml"; do
            if [ -f "$f" ] && grep -q 'kiosk:begin' "$f"; then
                without_block "$f" | put_text "$f" "$(stat -c %a "$f")" "$(stat -c %U:%G "$f")" || true
            fi
        done
        remove "$home/.local/state/kiosk-browser"
    fi
    if [ "$2" = no ]; then
        step "program: remove $APP_DIR"
        remove "$APP_DIR"
    fi
    if [ "$purge" = yes ]; then
        step "purge: settings, data and the $KIOSK_USER user"
        remove "$CONF_DIR" "$DATA_DIR"
        if getent passwd "$KIOSK_USER" >/dev/null; then
            run userdel "$KIOSK_USER"
        fi
    else
        step "kept: $CONF_DIR (settings) and $DATA_DIR (tickets database); --purge removes them too"
    fi
}
