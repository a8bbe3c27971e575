#!/usr/bin/env bash
# The unseen profile on the Vietnamese news articles with a larger pool: the other articles, the
# binhvq news sentences of testdata, and the Vietnamese help of LibreOffice (Debian package
# libreoffice-help-vi, MPL-2.0: software help, not news, about 1.5 MB of Vietnamese text), fetched
# with apt-get download into target/ and never committed. Shows what a bigger, out-of-domain pool
# gives the fallback model; the issue's condition (2 MB of same-domain news) is not met by it.
#
#   scripts/unseen-vi-large-pool.sh [path/to/restore4j-cli.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-cli/target/restore4j-cli.jar}
EVAL=${EVAL_CORPORA:-../shared/corpora/eval}
WORK=target/lo-help-vi
mkdir -p "$WORK"
if [ ! -s "$WORK/corpus/lo-help-vi.txt" ]; then
  (cd "$WORK" && apt-get download libreoffice-help-vi >/dev/null && dpkg-deb -x libreoffice-help-vi_*.deb x)
  python3 - "$WORK" <<'PY'
import html, os, re, sys
work = sys.argv[1]
marks = re.compile('[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]')
out = []
for root, _, files in os.walk(os.path.join(work, 'x/usr/share/libreoffice/help/vi')):
    for f in sorted(files):
        if not f.endswith('.html'):
            continue
        t = open(os.path.join(root, f), encoding='utf-8', errors='replace').read()
        t = re.sub(r'(?s)<(script|style)[^>]*>.*?</\1>', ' ', t)
        t = re.sub(r'<(p|h\d|li|td|div|br)[^>]*>', '\n', t)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
        for line in t.split('\n'):
            line = re.sub(r'\s+', ' ', line).strip()
            if len(line.split()) >= 4 and marks.search(line.lower()):  # Vietnamese, not untranslated English
                out.append(line)
os.makedirs(os.path.join(work, 'corpus'), exist_ok=True)
with open(os.path.join(work, 'corpus/lo-help-vi.txt'), 'w', encoding='utf-8') as o:
    o.write('\n'.join(out) + '\n')
print('libreoffice-help-vi: %d lines, %d characters of Vietnamese' % (len(out), sum(map(len, out))), file=sys.stderr)
PY
fi
java -jar "$JAR" eval --profile unseen --corpus "$EVAL/vi" \
  --distractors testdata/corpora/vi-binhvq-sentences.txt --distractors "$WORK/corpus/lo-help-vi.txt"
