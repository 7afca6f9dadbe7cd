#!/bin/sh
# Builds the shipped Vietnamese voice clips with espeak-ng and sox; a clip whose recipe is unchanged is kept.
#
#   install/voice/make-clips.sh [--force] [output folder]
#
# Reads clips.tsv (name, words) next to this script and writes <name>.ogg (16 kHz mono Ogg Vorbis)
# plus clips.txt, the list of what each clip says, into kiosk-app/src/main/resources/web/voice/vi/.
# Ogg Vorbis files carry a random stream number, so rebuilding an unchanged clip would change its
# bytes: clips.txt keeps a hash of each clip's recipe, and only clips whose recipe changed are made
# again. --force rebuilds them all.
set -eu

here=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
force=no
if [ "${1:-}" = "--force" ]; then
    force=yes
    shift
fi
out=${1:-$here/../../kiosk-app/src/main/resources/web/voice/vi}

for tool in espeak-ng sox sha256sum; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "make-clips: $tool is missing: apt-get install -y espeak-ng sox libsox-fmt-all" >&2
        exit 1
    fi
done

# Northern Vietnamese, a little slower than espeak's 175 words a minute: many listeners are elderly.
SPEAK="espeak-ng -v vi -s 140 -p 45"
# Trim the silence at both ends (so words join without holes), leave 60 ms of air, bring the peak to
# -1 dB so that every clip is as loud as the others, then 16 kHz mono: enough for speech, small files.
FINISH="silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse pad 0 0.06 norm -1 rate 16k channels 1"
# Vorbis quality 2 (about 32 kbit/s at 16 kHz).
ENCODE="-C 2 --comment="

mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
old="$out/clips.txt"
new="$work/clips.txt"
printf '# name\trecipe\twhat it says (made by install/voice/make-clips.sh from clips.tsv)\n' > "$new"
made=0
kept=0

# clip NAME WORDS RECIPE GENERATOR EFFECTS: unless the same recipe made it before, GENERATOR writes
# $work/NAME.wav and sox applies EFFECTS while encoding NAME.ogg.
clip() {
    recipe=$(printf '%s' "$3|$FINISH|$ENCODE" | sha256sum | cut -c1-16)
    if [ "$force" = no ] && [ -f "$out/$1.ogg" ] && [ -f "$old" ] \
            && grep -q "^$1	$recipe	" "$old"; then
        kept=$((kept + 1))
    else
        $4 "$work/$1.wav" "$2"
        # shellcheck disable=SC2086 # the effect and option lists are meant to split into words
        sox "$work/$1.wav" $ENCODE "$work/$1.ogg" $5
        mv "$work/$1.ogg" "$out/$1.ogg"
        made=$((made + 1))
    fi
    printf '%s\t%s\t%s\n' "$1" "$recipe" "$2" >> "$new"
}

# speak FILE WORDS
speak() {
    $SPEAK -w "$1" "$2"
}

chime() {
    # Ding-dong: E5 then C5, each a soft bell (fundamental plus a quiet octave) dying away.
    sox -n -r 16000 -c 1 "$work/ding.wav" synth 0.45 sine 659.3 sine 1318.5 remix 1,2 fade q 0.005 0.45 0.4 vol 0.9
    sox -n -r 16000 -c 1 "$work/dong.wav" synth 0.75 sine 523.3 sine 1046.5 remix 1,2 fade q 0.005 0.75 0.7 vol 0.9
    sox "$work/ding.wav" "$work/dong.wav" "$1" norm -3
}

pause() {
    sox -n -r 16000 -c 1 "$1" trim 0 0.5
}

clip chime "(two-tone chime)" "chime-e5-c5-v1" chime "norm -3"
# A breath between the repeats of a call-out: silence, so it skips the trimming.
clip pause "(half a second of silence)" "pause-0.5-v1" pause "rate 16k"

tab=$(printf '\t')
while IFS="$tab" read -r name text; do
    case "$name" in
        ''|'#'*) continue ;;
    esac
    clip "$name" "$text" "$SPEAK|$text" speak "$FINISH"
done < "$here/clips.tsv"

# Clips no longer listed go away, so the folder holds exactly what clips.tsv says.
for f in "$out"/*.ogg; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .ogg)
    if ! grep -q "^$name$tab" "$new"; then
        rm "$f"
        echo "make-clips: removed $name.ogg (not in clips.tsv)"
    fi
done
mv "$new" "$old"
echo "make-clips: $made made, $kept kept, $(du -sk "$out" | cut -f1) KiB in $out"
