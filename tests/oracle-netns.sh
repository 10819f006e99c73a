#!/bin/bash
# Runs a command inside the private network namespace that `unshare -n` created, after giving it the interfaces
# that keepalived configurations name (keepalived -t refuses interfaces that do not exist, and needs multicast,
# which dummy links lack: hence veth pairs). Never touches the host's network.
set -e
ip link set lo up
for i in 0 1 2 3; do
  ip link add "eth$i" type veth peer name "peer$i"
  ip link set "eth$i" up
  ip link set "peer$i" up
done
ip addr add 192.168.0.11/24 dev eth0
ip addr add 192.168.200.2/24 dev eth1
ip addr add 10.0.0.2/24 dev eth2
ip -6 addr add 2001:db8::2/64 dev eth0 nodad
exec "$@"
