#!/usr/bin/env bash
# Provisions a Raspberry Pi (or any Debian trixie/bookworm, arm64 or amd64) as a commune kiosk, in one run:
# packages, the kiosk user and folders, the program, udev names for the devices, the systemd service and
# the Chromium windows of the desktop session. Safe to run again: it changes only what differs.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: sudo ./install/install.sh [options]

  --dry-run              print every step and what it would change; change nothing
  --uninstall            remove the kiosk but keep its settings (/etc/kiosk) and data (/var/lib/kiosk)
  --purge                with --uninstall: remove the settings, the data and the kiosk user too
  --app DIR              where kiosk-app.jar and libs/ are (default: kiosk-app/target of this release)
  --desktop-user NAME    who logs in to the desktop (default: the sudo user, else uid 1000)
  --printer-id VVVV:PPPP a printer behind a USB serial adapter (ids from lsusb); USB printers need none
  --scanner-id VVVV:PPPP the scanner (ids from lsusb)
  --scanner-mode cdc|hid the scanner's USB mode: cdc (virtual serial port, preferred) or hid (keyboard)
  --display-output NAME  the output of the ceiling display (default HDMI-A-2; wlr-randr lists them)
  --touch-output NAME    the output of the touchscreen (default: wherever labwc opens it)
  --no-second-display    no ceiling display window on this Pi
  --port N               the kiosk's port (default 8080)
  --repo URL             the province's release repository (apt; see install/README.md)
  --repo-key FILE        its public key (the province's kiosk-province.asc)
  --ring NAME            the ring this kiosk takes releases in: pilot or general (default pilot)
  --upgrade-timeout S    seconds an upgraded kiosk has to be live and ready before it is rolled back (180)
  --package              run from the .deb's maintainer scripts: packages and program are dpkg's
  -h, --help             this text

Options are remembered in /etc/kiosk/install.conf for the next run.
USAGE
}

here=$(CDPATH='' cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/steps.sh
. "$here/lib/steps.sh"

mode=install purge=no package=no app_dir=""
while [ $# -gt 0 ]; do
    case $1 in
        --dry-run) DRY_RUN=yes ;;
        --uninstall) mode=uninstall ;;
        --purge) purge=yes ;;
        --package) package=yes ;;
        --app) app_dir=${2:?--app needs a folder}; shift ;;
        --desktop-user) OPT_DESKTOP_USER=${2:?--desktop-user needs a name}; shift ;;
        --printer-id) OPT_PRINTER_USB_ID=${2:?--printer-id needs VVVV:PPPP}; shift ;;
        --scanner-id) OPT_SCANNER_USB_ID=${2:?--scanner-id needs VVVV:PPPP}; shift ;;
        --scanner-mode) OPT_SCANNER_MODE=${2:?--scanner-mode needs cdc or hid}; shift ;;
        --display-output) OPT_DISPLAY_OUTPUT=${2:?--display-output needs an output name}; shift ;;
        --touch-output) OPT_TOUCH_OUTPUT=${2:?--touch-output needs an output name}; shift ;;
        --no-second-display) OPT_SECOND_DISPLAY=no ;;
        --port) OPT_KIOSK_PORT=${2:?--port needs a number}; shift ;;
        --repo) OPT_REPO_URL=${2:?--repo needs an address}; shift ;;
        --repo-key) OPT_REPO_KEY_FILE=${2:?--repo-key needs a file}; shift ;;
        --ring) OPT_REPO_RING=${2:?--ring needs a name}; shift ;;
        --upgrade-timeout) OPT_UPGRADE_TIMEOUT=${2:?--upgrade-timeout needs seconds}; shift ;;
        -h | --help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    shift
done
if [ "$purge" = yes ] && [ "$mode" != uninstall ]; then
    die "--purge goes with --uninstall"
fi

[ "$DRY_RUN" = yes ] && say "Dry run: nothing is changed."
check_system
load_settings

if [ "$mode" = uninstall ]; then
    uninstall "$purge" "$package"
    say ""
    say "The kiosk is removed."
    exit 0
fi

# From a release (the repository with a built jar), or from /opt/kiosk/install itself (the .deb, a re-run).
release=$(dirname "$here")
files=$here/files
defaults=$here/config
[ -d "$defaults" ] || defaults=$release/config
if [ -z "$app_dir" ]; then
    app_dir=$release/kiosk-app/target
    [ -f "$app_dir/kiosk-app.jar" ] || app_dir=$release/app
fi
if [ "$package" = no ]; then
    install_packages
else
    # dpkg has just put a new program in place: the running service must restart on it.
    CHANGED_APP=yes
fi
create_user
lay_out
if [ "$package" = no ]; then
    install_app "$app_dir"
    install_launchers "$files"
    install_tree "$here" "$defaults"
fi
install_config "$defaults" "$files"
install_timezone "$CONF_DIR/centre.yaml" "$defaults/centre.yaml"
save_settings
install_udev "$files"
install_unit "$files"
install_desktop
install_updates "$package"
start_service "$package"
[ "$package" = no ] && check_baseline

say ""
say "Done. After a reboot the kiosk page fills the touchscreen; the service: systemctl status kiosk"
say "Technician page: http://$(hostname -I 2>/dev/null | cut -d' ' -f1):$KIOSK_PORT/tech"
