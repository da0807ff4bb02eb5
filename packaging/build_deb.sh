#!/usr/bin/env bash
# Build dist/neuroleaf_<version>_<arch>.deb and the .tar.gz from the PyInstaller bundle.
# The package installs to /opt/neuroleaf with a launcher, icons and a /usr/bin/neuroleaf link.
# Removing it deletes only those files: people's journals live in their home folders
# (~/.local/share/NeuroLeaf …) and no maintainer script touches them.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
BUNDLE=dist/NeuroLeaf
[ -x "$BUNDLE/neuroleaf" ] || { echo "no bundle: run make package first" >&2; exit 1; }
VERSION=$($PY -c 'import neuroleaf_desktop as n; print(n.__version__)')
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)
STAGE=build/deb/neuroleaf_${VERSION}_${ARCH}
rm -rf "$STAGE" && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" \
  "$STAGE/usr/share/applications" "$STAGE/usr/share/icons/hicolor" "$STAGE/usr/share/doc/neuroleaf"
cp -a "$BUNDLE" "$STAGE/opt/neuroleaf"
ln -s /opt/neuroleaf/neuroleaf "$STAGE/usr/bin/neuroleaf"
install -m 0644 packaging/linux/neuroleaf.desktop "$STAGE/usr/share/applications/neuroleaf.desktop"
QT_QPA_PLATFORM=offscreen $PY packaging/render_icons.py "$STAGE/usr/share/icons/hicolor"
cp NOTICE "$STAGE/usr/share/doc/neuroleaf/copyright"
SIZE_KB=$(du -sk "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: neuroleaf
Version: ${VERSION}
Section: utils
Priority: optional
Architecture: ${ARCH}
Installed-Size: ${SIZE_KB}
Depends: libc6, libgl1, libegl1, libfontconfig1, libxkbcommon-x11-0, libxcb-cursor0, libportaudio2, fonts-noto-color-emoji
Maintainer: NeuroLeaf Desktop developers <noreply@neuroleaf.invalid>
Description: private, encrypted mental-health journal
 Write or speak about your day, log mood, sleep and energy, and get gentle,
 local insight back. Everything stays on this computer, encrypted.
CONTROL
cat > "$STAGE/DEBIAN/postinst" <<'POST'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
exit 0
POST
cp "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
chmod 0755 "$STAGE/DEBIAN/postinst" "$STAGE/DEBIAN/postrm"
dpkg-deb --build --root-owner-group "$STAGE" "dist/neuroleaf_${VERSION}_${ARCH}.deb" >/dev/null
tar -C dist -czf "dist/NeuroLeaf-${VERSION}-linux-$(uname -m).tar.gz" NeuroLeaf
ls -l dist/*.deb dist/*.tar.gz
