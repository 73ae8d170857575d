#include "linkpolicy.h"

#include "invisiblecharacters.h"

namespace {
constexpr qsizetype kLongestShownAddress = 400;

bool isWebScheme(const QString &scheme)
{
    return scheme == u"http" || scheme == u"https";
}

QString shortenedInMiddle(const QString &text)
{
    if (text.size() <= kLongestShownAddress)
        return text;
    const qsizetype keep = kLongestShownAddress / 2;
    return text.first(keep) + QStringLiteral(" … ") + text.last(keep);
}

// A link whose text looks like an address ("https://bank.example") but points elsewhere.
bool textNamesAnotherAddress(const QString &linkText, const QUrl &url)
{
    const QString text = linkText.trimmed();
    if (!text.contains(u"://") && !text.startsWith(u"www.", Qt::CaseInsensitive))
        return false;
    const QUrl shown = QUrl::fromUserInput(text);
    return shown.isValid() && shown.host().compare(url.host(), Qt::CaseInsensitive) != 0;
}
} // namespace

LinkDecision LinkPolicy::decide(const QString &href, const QString &linkText)
{
    LinkDecision decision;
    const QUrl url(href.trimmed(), QUrl::StrictMode);
    decision.url = url;
    decision.shownAddress =
        url.isValid() ? shownAddress(url)
                      : InvisibleCharacters::revealed(href, InvisibleCharacters::Context::Address);
    if (!url.isValid() || url.isRelative()) {
        decision.reason = tr("This link does not lead to a web or e-mail address, so Ajuste "
                             "does not open it.");
        return decision;
    }
    const QString scheme = url.scheme().toLower();
    if (isWebScheme(scheme)) {
        if (url.host().isEmpty()) {
            decision.reason = tr("This web address names no site, so Ajuste does not open it.");
            return decision;
        }
        decision.site = shownSite(url);
    } else if (scheme != u"mailto") {
        decision.reason = tr("Links of the kind “%1:” can run programs or read files on this "
                             "computer. Text from a model is not trusted, so Ajuste never "
                             "opens them.")
                              .arg(InvisibleCharacters::revealed(
                                  scheme.left(40), InvisibleCharacters::Context::Address));
        return decision;
    }
    decision.action = LinkDecision::Action::AskThenOpen;
    decision.textDiffers = isWebScheme(scheme) && textNamesAnotherAddress(linkText, url);
    return decision;
}

QString LinkPolicy::shownAddress(const QUrl &url)
{
    // The decoded form reads naturally for legitimate non-ASCII paths; every invisible left in
    // it is then shown as a marker, so two addresses that differ never look the same.
    return shortenedInMiddle(InvisibleCharacters::revealed(url.toDisplayString(),
                                                           InvisibleCharacters::Context::Address));
}

QString LinkPolicy::shownSite(const QUrl &url)
{
    const QString unicodeHost = url.host(QUrl::FullyDecoded);
    const QString asciiHost = url.host(QUrl::EncodeUnicode);
    QString site =
        InvisibleCharacters::revealed(unicodeHost, InvisibleCharacters::Context::Address);
    // A host with non-ASCII letters may imitate another ("аpple" with a Cyrillic а): show the
    // form the network really uses beside it.
    if (asciiHost != unicodeHost)
        site += QStringLiteral(" (") + asciiHost + QLatin1Char(')');
    return site;
}
