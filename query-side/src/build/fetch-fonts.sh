#!/usr/bin/env bash
# Brings the report fonts into the build from their npm packages (Google's Noto fonts as TrueType files),
# so they travel inside the application: the PDF renderer reads them from the classpath, never from the machine.
# Usage: fetch-fonts.sh OUTPUT_DIR   (the packages are cached by npm; nothing is fetched when the fonts are there)
set -euo pipefail
out="$1/org/rapporteur/query/report/render/fonts"
work="$(dirname "$1")/font-packages"
# package@version  followed by the files it gives
packages=(
  "@expo-google-fonts/noto-serif@0.4.2 400Regular/NotoSerif_400Regular.ttf 700Bold/NotoSerif_700Bold.ttf 400Regular_Italic/NotoSerif_400Regular_Italic.ttf 700Bold_Italic/NotoSerif_700Bold_Italic.ttf"
  "dejavu-fonts-ttf@2.37.3 ttf/DejaVuSans.ttf ttf/DejaVuSans-Bold.ttf"
  "@expo-google-fonts/noto-serif-sc@0.4.3 400Regular/NotoSerifSC_400Regular.ttf"
  "@expo-google-fonts/noto-serif-jp@0.4.3 400Regular/NotoSerifJP_400Regular.ttf"
)
mkdir -p "$out" "$work"
for entry in "${packages[@]}"; do
  read -r package files <<<"$entry"
  missing=0
  for f in $files; do [ -s "$out/$(basename "$f")" ] || missing=1; done
  [ "$missing" -eq 0 ] && continue
  command -v npm >/dev/null || { echo "fetch-fonts: npm is needed to fetch $package (apt-get install npm)" >&2; exit 1; }
  tarball="$(cd "$work" && npm pack --silent "$package" | tail -1)"
  paths=()
  for f in $files; do paths+=("package/$f"); done
  listing="$(tar -tzf "$work/$tarball")"
  license=package/LICENSE
  grep -qx package/LICENSE_FONT <<<"$listing" && license=package/LICENSE_FONT
  tar -xzf "$work/$tarball" -C "$work" "${paths[@]}" "$license"
  for f in $files; do cp "$work/package/$f" "$out/"; done
  cp "$work/$license" "$out/LICENSE-$(basename "${package%@*}").txt"
  rm -f "$work/$tarball"
done
