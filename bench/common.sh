# Shared by the bench/run-*.sh scripts (sourced, not run); they set $work first.
#   best_of NAME PREPARE COMMAND...  runs PREPARE, then COMMAND under /usr/bin/time; keeps NAME's best
#                                    wall time in seconds[NAME] and its peak memory (MB) in memory[NAME]
#   ratio A B                        A / B to two decimals
declare -A seconds memory
best_of() {
  local name=$1 prepare=$2; shift 2
  $prepare
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" || {
    cat "$work/stdout.txt" "$work/stderr.txt" >&2; echo "$name failed" >&2; exit 1; }
  read -r wall kb <"$work/time.txt"
  local best=${seconds[$name]:-}
  if [[ -z $best ]] || (( $(echo "$wall < $best" | bc) )); then seconds[$name]=$wall; fi
  (( kb / 1024 > ${memory[$name]:-0} )) && memory[$name]=$((kb / 1024))
  echo "$name: ${wall}s (best ${seconds[$name]}s), $((kb / 1024)) MB"
}
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }
