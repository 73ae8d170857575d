#include "markdownblocksplitter.h"

#include <algorithm>

namespace {
qsizetype leadingSpaces(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == u' ')
        ++n;
    return n;
}

// A run of at least three ` or ~ after at most three spaces: a code fence.
qsizetype fenceLength(QStringView line, QChar *fenceChar)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3 || indent >= line.size())
        return 0;
    const QChar c = line.at(indent);
    if (c != u'`' && c != u'~')
        return 0;
    qsizetype n = indent;
    while (n < line.size() && line.at(n) == c)
        ++n;
    if (n - indent < 3)
        return 0;
    if (fenceChar)
        *fenceChar = c;
    return n - indent;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// "- item", "* item", "+ item", "12. item", "3) item": may continue a list above.
bool startsListItem(QStringView line)
{
    if (line.isEmpty())
        return false;
    const QChar first = line.at(0);
    if (first == u'-' || first == u'*' || first == u'+')
        return line.size() == 1 || line.at(1) == u' ' || line.at(1) == u'\t';
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit())
        ++digits;
    if (digits == 0 || digits >= line.size())
        return false;
    const QChar mark = line.at(digits);
    return (mark == u'.' || mark == u')') &&
           (digits + 1 == line.size() || line.at(digits + 1) == u' ');
}

// "|---|:--:|", "--- | ---": the row under a table's header.
bool isTableDelimiterRow(QStringView line)
{
    bool bar = false;
    bool dash = false;
    for (const QChar c : line) {
        if (c == u'|')
            bar = true;
        else if (c == u'-')
            dash = true;
        else if (c != u':' && c != u' ' && c != u'\t')
            return false;
    }
    return bar && dash;
}

bool startsNewTopLevelBlock(QStringView line)
{
    const QChar first = line.at(0);
    return first != u' ' && first != u'\t' && !startsListItem(line);
}
} // namespace

void MarkdownBlockSplitter::append(QStringView piece)
{
    m_source.append(piece);
    qsizetype newline;
    while ((newline = m_source.indexOf(u'\n', m_scanned)) >= 0) {
        scanLine(m_scanned, newline);
        m_scanned = newline + 1;
    }
}

void MarkdownBlockSplitter::appendUnscanned(const QString &piece)
{
    m_source.append(piece);
    m_scanned = m_source.size();
}

qsizetype MarkdownBlockSplitter::longestStretch() const
{
    if (m_inFence)
        return m_longestStretch;
    return std::max(m_longestStretch, m_source.size() - m_stretchStart);
}

int MarkdownBlockSplitter::mostBracketsInStretch() const
{
    if (m_inFence)
        return m_mostBrackets;
    const int open = int(QStringView(m_source).sliced(m_scanned).count(u'['));
    return std::max(m_mostBrackets, m_stretchBrackets + open);
}

qsizetype MarkdownBlockSplitter::openParagraphStart() const
{
    if (m_inFence || m_scanned >= m_source.size() || !m_source.at(m_scanned).isLetter())
        return -1;
    return m_scanned == 0 || m_afterBlankLine ? m_scanned : -1;
}

void MarkdownBlockSplitter::clear()
{
    *this = MarkdownBlockSplitter();
}

bool MarkdownBlockSplitter::closesFence(QStringView line) const
{
    QChar c;
    const qsizetype length = fenceLength(line, &c);
    if (length < m_fenceLength || c != m_fenceChar)
        return false;
    return isBlank(line.sliced(leadingSpaces(line) + length));
}

void MarkdownBlockSplitter::scanLine(qsizetype begin, qsizetype end)
{
    QStringView line = QStringView(m_source).sliced(begin, end - begin);
    if (line.endsWith(u'\r'))
        line.chop(1);
    if (m_inFence) {
        m_inFence = !closesFence(line);
        m_afterBlankLine = false;
        m_stretchStart = end + 1;
        return;
    }
    if (isBlank(line)) {
        m_afterBlankLine = true;
        m_stretchStart = end + 1;
        m_stretchBrackets = 0;
        return;
    }
    m_stretchBrackets += int(line.count(u'['));
    m_mostBrackets = std::max(m_mostBrackets, m_stretchBrackets);
    m_longestStretch = std::max(m_longestStretch, end - m_stretchStart);
    if (m_afterBlankLine && startsNewTopLevelBlock(line)) {
        m_stableEnd = begin;
        m_boundaries.append(begin);
    }
    if (isTableDelimiterRow(line))
        ++m_tables;
    m_afterBlankLine = false;
    if (const qsizetype length = fenceLength(line, &m_fenceChar)) {
        m_inFence = true;
        m_fenceLength = length;
    }
}
