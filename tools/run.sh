#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start: install what is missing, build, and open the app on the bundled datasets.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
exec build/bin/emergence "$@"
