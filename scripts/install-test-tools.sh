#!/usr/bin/env bash
# Installs what the full test suite needs beyond npm packages, only when it is missing:
# Debian chromium (PDF output, VS Code end-to-end test), poppler-utils (pdftotext, pdfinfo),
# LibreOffice Writer without GUI (soffice: the DOCX output is checked by a real word processor),
# and a real VS Code (code-server 4.100.3) from ../shared/tools/install-code-server.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing ${missing[*]} (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Without recommends: they would pull in the whole office suite and a desktop.
if ! command -v soffice >/dev/null 2>&1; then
    echo "installing libreoffice-writer-nogui (apt)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui >/dev/null
fi

code_server_dir="${CODE_SERVER_DIR:-$HOME/.cache/code-server-4.100.3}"
if ! "$code_server_dir/node_modules/.bin/code-server" --version >/dev/null 2>&1; then
    installer=../shared/tools/install-code-server.sh
    if [ ! -f "$installer" ]; then
        echo "code-server is missing and $installer was not found: install code-server 4.100.3 into $code_server_dir or set CODE_SERVER_DIR" >&2
        exit 1
    fi
    echo "installing code-server 4.100.3 into $code_server_dir"
    bash "$installer" "$code_server_dir"
fi
