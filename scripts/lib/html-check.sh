# The Nu HTML checker (npm vnu-jar, run with the machine's Java) on every page type of a running
# server; sourced by scripts/test. check_pages BASE_URL: zero errors or a non-zero status.

VNU_JAR=node_modules/vnu-jar/build/dist/vnu.jar
PAGE_TYPES=(
    "/" "/?as_of=2009-06-04" "/fora" "/fora?category=rcp&as_of=2009-06-04"
    "/fora/soderkoping-process?as_of=2009-06-04" "/fora/eu" "/areas" "/areas/UKR?as_of=2009-06-04"
    "/organisations" "/organisations/iom" "/api/docs" "/fora/no-such-forum" "/fora?as_of=2009-13-01"
    "/account/sign-in" "/fora/colombo-process/history" "/areas/LKA/history" "/organisations/iom/history"
    "/documents" "/documents/gfmd-2009-rt3-2-background-paper" "/documents?forum=gfmd" "/fora/gfmd"
    "/search" "/search?q=soderkoping" "/search?q=%22non-binding+dialogue%22&kind=background_paper"
    "/search?q=zzzznothing" "/search?q=%22unclosed"
    "/provenance" "/data" "/data?as_of=2009-06-04" "/fora/sadc?as_of=2011-06-01" "/fora/africa-eu-summit" "/fora/mtm-dialogue" "/fora/soderkoping-process"
    "/fora?q=Community+of+Portuguese-speaking+Countries"
    "/account/reset" "/search?q=Ethiopia" "/search?q=Ethopia" "/search?q=cross-fertilisation"
    "/documents/gfmd-2009-rt3-2-background-paper?q=cross-fertilisation"
    "/areas/ETH?as_of=2010&compare=2026-12-01" "/fora/budapest-process?as_of=2000&compare=2010"
    "/fora?category=rcp&show_secretariat=yes&show_website=yes"
    "/meetings" "/meetings?year=2009&forum=global-rcp-meeting" "/meetings?q=zzzznothing" "/meetings?view=month&month=2009-11"
    "/meetings/global-rcp-meeting-2009-bangkok" "/meetings/gfmd-2009-athens-rt-3-2" "/areas/THA"
    "/search?q=Bangkok"
    "/recommendations" "/recommendations?forum=rabat-process&kind=area" "/recommendations?q=zzzznothing"
    "/recommendations/euro-african-2008-tycp" "/recommendations/gfmd-2009-rt3.2-e"
    "/recommendations/bangkok-2009-cross-fertilisation-2" "/follow-ups" "/reporting-cycles" "/assessments"
)

check_pages() { # base URL, then extra paths (e.g. a set-password link): in English
    LANGUAGES="" check_pages_in "$@"
}

# Every page type in the six languages (English unprefixed, then /ar, /zh, /fr, /ru, /es), in
# one run of the checker.
check_pages_in_every_language() {
    LANGUAGES="ar zh fr ru es" check_pages_in "$@"
}

check_pages_in() { # base URL, then extra paths; $LANGUAGES: the prefixes besides English
    local base=$1 dir
    shift
    local extra=("$@")
    dir=$(mktemp -d)
    local i=0 lang p
    for lang in "" $LANGUAGES; do
        for p in "${PAGE_TYPES[@]}" "${extra[@]}"; do
            i=$((i + 1))
            local path=$p
            if [ -n "$lang" ]; then
                if [ "$p" = "/" ]; then path="/$lang"; else path="/$lang$p"; fi
            fi
            # Error pages are pages too: fetch whatever the status.
            curl -sS -o "$dir/page-$i.html" "$base$path" || return 1
        done
    done
    echo "checking $i pages"
    curl -sS -o "$dir/map.svg" "$base/map.svg?as_of=2009-06-04" || return 1
    java -jar "$VNU_JAR" --errors-only --format text --also-check-svg "$dir"/page-*.html "$dir/map.svg"
    local status=$?
    rm -rf "$dir"
    return $status
}

check_files() { # directory of saved pages, the least number of them expected
    local dir=$1 least=$2 files
    files=("$dir"/*.html)
    if [ ! -e "${files[0]}" ] || [ "${#files[@]}" -lt "$least" ]; then
        echo "expected at least $least pages in $dir, found ${#files[@]}"
        return 1
    fi
    echo "checking ${#files[@]} pages: ${files[*]##*/}"
    java -jar "$VNU_JAR" --errors-only --format text "${files[@]}"
}

# The judge must be able to fail: a page with a missing alt, a duplicate id and a bad table.
check_judge_rejects_broken_page() {
    local out
    if out=$(java -jar "$VNU_JAR" --errors-only --format text tests/fixtures/broken-page.html 2>&1); then
        echo "the HTML checker accepted tests/fixtures/broken-page.html"
        return 1
    fi
    echo "$out" | grep -q 'Duplicate ID' && echo "$out" | grep -q 'alt' || { echo "$out"; return 1; }
    echo "the HTML checker rejects the deliberately broken page, as it should:"
    echo "$out" | sed 's/^/    /'
}
