#!/bin/sh
# /etc/keepalived/check_apiserver.sh: tells keepalived whether this node can serve apiserver.

errorExit() {
    echo "*** $*" 1>&2
    exit 1
}

curl -sfk --max-time 2 https://localhost:6443/healthz -o /dev/null || errorExit "Error GET https://localhost:6443/healthz"
if ip -o addr show | grep -qF " 192.168.0.100/"; then
    curl -sfk --max-time 2 https://192.168.0.100:6443/healthz -o /dev/null || errorExit "Error GET https://192.168.0.100:6443/healthz"
fi
