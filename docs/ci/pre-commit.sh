#!/usr/bin/env bash
# rightslint as a plain git pre-commit hook: lints the bills a commit adds or changes, as they are
# staged, and stops the commit when rightslint reports errors (exit code 1) or cannot lint (2).
#
# Install, in the bill repository:
#   cp path/to/pre-commit.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
# or keep it in the repository for everyone:
#   mkdir -p .githooks && cp path/to/pre-commit.sh .githooks/pre-commit && git config core.hooksPath .githooks
# Skip it once with `git commit --no-verify`.
#
# The command: $RIGHTSLINT when set (split on spaces, e.g. "npx --no-install rightslint"), else the
# repository's node_modules/.bin/rightslint (npm install --save-dev rightslint), else rightslint on
# PATH. Options for it go in RIGHTSLINT_ARGS (split on spaces, e.g. "--preset kz-2026 --quiet").
#
# Names with spaces, quotes or newlines are safe (NUL-separated throughout). A bill with unstaged
# changes besides the staged ones is linted as staged, read from the index through --stdin.
# The extensions are those rightslint reads (BILL_EXTENSIONS in src/cli/discover.ts): text and
# Markdown bills, Akoma Ntoso / USLM / CLML XML, AKN-HTML and Word.
set -euo pipefail

extensions=(txt text md markdown bill xml akn html htm docx)

top=$(git rev-parse --show-toplevel)
cd "$top"

if [ -n "${RIGHTSLINT:-}" ]; then
  read -r -a rightslint <<<"$RIGHTSLINT"
elif [ -x node_modules/.bin/rightslint ]; then
  rightslint=(node_modules/.bin/rightslint)
elif command -v rightslint >/dev/null 2>&1; then
  rightslint=(rightslint)
else
  echo "rightslint pre-commit hook: rightslint not found (npm install --save-dev rightslint, or set RIGHTSLINT)" >&2
  exit 2
fi
args=()
if [ -n "${RIGHTSLINT_ARGS:-}" ]; then
  read -r -a args <<<"$RIGHTSLINT_ARGS"
fi

pathspecs=()
for ext in "${extensions[@]}"; do pathspecs+=(":(icase)*.$ext"); done

# staged bills (added, copied, modified; a renamed bill counts as added: --no-renames), split into
# those whose working copy is the staged one and those with further unstaged changes
whole=()
partial=()
while IFS= read -r -d '' file; do
  if git --literal-pathspecs diff --quiet -- "$file"; then
    whole+=("$file")
  else
    partial+=("$file")
  fi
done < <(git diff --cached --name-only --diff-filter=ACM --no-renames -z -- "${pathspecs[@]}")

status=0
run() {
  local code=0
  "$@" || code=$?
  if [ "$code" -gt "$status" ]; then status=$code; fi
}

if [ "${#whole[@]}" -gt 0 ]; then
  # "--": a bill whose name starts with "-" is still a bill
  run "${rightslint[@]}" ${args[@]+"${args[@]}"} -- "${whole[@]}"
fi
for file in ${partial[@]+"${partial[@]}"}; do
  # the staged blob, as it is (no textconv or filters)
  run bash -c 'set -o pipefail; git cat-file blob ":$1" | "${@:2}"' _ "$file" \
    "${rightslint[@]}" ${args[@]+"${args[@]}"} --stdin --stdin-filename "$file"
done

exit "$status"
