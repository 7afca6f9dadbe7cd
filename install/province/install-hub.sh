#!/usr/bin/env bash
# Installs the province hub on a Debian server: PostgreSQL, Mosquitto with the province ACL and TLS, the hub
# jar and its systemd unit. Run as root from the repository after ./kiosk build.
# usage: install/province/install-hub.sh <broker-host-name>
set -euo pipefail
cd "$(dirname "$0")/../.."

host="${1:?usage: install-hub.sh <broker-host-name>}"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends postgresql mosquitto openssl openjdk-21-jre-headless >/dev/null

# The database: a role and a database named province, its password in a file only the hub reads.
id -u province-hub >/dev/null 2>&1 || useradd --system --home /opt/province-hub --shell /usr/sbin/nologin province-hub
install -d -m 0750 -o province-hub /etc/province-hub
if [ ! -f /etc/province-hub/db-password ]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > /etc/province-hub/db-password
    chown province-hub /etc/province-hub/db-password
    chmod 0400 /etc/province-hub/db-password
fi
dbpw=$(cat /etc/province-hub/db-password)
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -v pw="$dbpw" <<'SQL'
SELECT format('CREATE ROLE province LOGIN PASSWORD %L', :'pw') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'province') \gexec
SELECT 'CREATE DATABASE province OWNER province ENCODING ''UTF8''' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'province') \gexec
SQL

# The broker: the province configuration, ACL and certificates, and the hub's own account.
install -d -m 0750 -g mosquitto /etc/mosquitto/province
install -m 0644 install/province/mosquitto/acl /etc/mosquitto/province/acl
install -m 0644 install/province/mosquitto/mosquitto.conf /etc/mosquitto/conf.d/province.conf
install/province/make-broker-certs "$host" /etc/mosquitto/province
[ -f /etc/mosquitto/province/passwd ] || install -m 0640 -g mosquitto /dev/null /etc/mosquitto/province/passwd
if [ ! -f /etc/province-hub/broker-password ]; then
    head -c 24 /dev/urandom | base64 | tr -d '/+=' > /etc/province-hub/broker-password
    chown province-hub /etc/province-hub/broker-password
    chmod 0400 /etc/province-hub/broker-password
fi
mosquitto_passwd -b /etc/mosquitto/province/passwd province-hub "$(cat /etc/province-hub/broker-password)"
install -m 0644 /etc/mosquitto/province/ca.pem /etc/province-hub/ca.pem
systemctl restart mosquitto

# The release tool's token (install/province/release on the repository host reads the rings with it): copy this
# file to that host's $KIOSK_RELEASE_DIR/hub-token (install/README.md).
if [ ! -f /etc/province-hub/release-token ]; then
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > /etc/province-hub/release-token
    chown province-hub /etc/province-hub/release-token
    chmod 0400 /etc/province-hub/release-token
fi

# The hub itself.
install -d /opt/province-hub /opt/province-hub/libs
install -m 0644 province-hub/target/province-hub.jar /opt/province-hub/
install -m 0644 province-hub/target/libs/*.jar /opt/province-hub/libs/
if [ ! -f /etc/province-hub/application.yaml ]; then
    cat > /etc/province-hub/application.yaml <<YAML
hub:
  database:
    url: jdbc:postgresql://localhost:5432/province
    user: province
    password-file: /etc/province-hub/db-password
  broker:
    url: tcp://127.0.0.1:1883
    user: province-hub
    password-file: /etc/province-hub/broker-password
    ca-file: ""
YAML
fi
install -m 0644 install/province/province-hub.service /etc/systemd/system/province-hub.service
systemctl daemon-reload
systemctl enable --now province-hub
echo "install-hub: the hub runs on port 8090; its one-time admin password is in: journalctl -u province-hub"
echo "install-hub: add each centre with: install/province/add-centre <centre-id> <folder>"
