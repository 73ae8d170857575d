#include "tokenencoding.h"

using namespace Qt::StringLiterals;

QString tokenEncodingName(TokenEncoding encoding)
{
    switch (encoding) {
    case TokenEncoding::Cl100kBase:
        return u"cl100k_base"_s;
    case TokenEncoding::O200kBase:
        break;
    }
    return u"o200k_base"_s;
}

std::optional<TokenEncoding> tokenEncodingFromName(QStringView name)
{
    if (name.compare(u"o200k_base", Qt::CaseInsensitive) == 0)
        return TokenEncoding::O200kBase;
    if (name.compare(u"cl100k_base", Qt::CaseInsensitive) == 0)
        return TokenEncoding::Cl100kBase;
    return std::nullopt;
}

TokenEncoding tokenEncodingForModel(QStringView model)
{
    QStringView base = model.trimmed();
    // A fine-tuned model id names its base model after "ft:".
    if (base.startsWith(u"ft:", Qt::CaseInsensitive))
        base = base.mid(3);
    const bool gpt35 = base.startsWith(u"gpt-3.5", Qt::CaseInsensitive) ||
                       base.startsWith(u"gpt-35", Qt::CaseInsensitive);
    // "gpt-4", "gpt-4-0613", "gpt-4-turbo", "gpt-4-32k"; not "gpt-4o" or "gpt-4.1".
    const bool gpt4 = base.compare(u"gpt-4", Qt::CaseInsensitive) == 0 ||
                      base.startsWith(u"gpt-4-", Qt::CaseInsensitive) ||
                      base.startsWith(u"gpt-4:", Qt::CaseInsensitive);
    // The older base models OpenAI fine-tunes: davinci-002, babbage-002.
    const bool legacy = base.startsWith(u"davinci-002", Qt::CaseInsensitive) ||
                        base.startsWith(u"babbage-002", Qt::CaseInsensitive);
    return gpt35 || gpt4 || legacy ? TokenEncoding::Cl100kBase : TokenEncoding::O200kBase;
}
