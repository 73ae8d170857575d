#include "rawexamplecounter.h"

#include "core/markdown/invisiblecharacters.h"

#include "examplefingerprint.h"

#include "core/tokenizer/chattokencounter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <simdjson.h>

#include <algorithm>
#include <cstring>

namespace ondemand = simdjson::ondemand;

struct RawExampleCounter::Parser
{
    ondemand::parser parser;
    // The tokens of each tool list met, by its text: most files give every example the same.
    QHash<QByteArray, qint64> toolListTokens;
};

namespace {

QByteArrayView bytes(std::string_view text)
{
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

// Whether a text has something a person would see (an ASCII character that is not a space);
// texts with only non-ASCII characters are left to the full checks.
bool hasVisibleAscii(std::string_view text)
{
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return uchar(c) > 0x20 && uchar(c) < 0x7F; });
}

// A JSON array as QJsonDocument writes it compactly: the text ChatTokenCounter counts and
// ExampleFingerprint hashes for tools and tool calls (keys sorted, Qt's number format).
std::optional<QByteArray> compactArray(std::string_view json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(json.data(), qsizetype(json.size())), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return std::nullopt;
    return document.toJson(QJsonDocument::Compact);
}

std::string_view trimmedRight(std::string_view text)
{
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n'
                             || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// One line's reading: walks the document simdjson indexed, adding up what ChatTokenCounter
// and ExampleFingerprint would on the parsed object. Each step returns false when the line
// is not for the counter, and the caller declines it.
class ExampleReading
{
public:
    ExampleReading(const Tokenizer &tokenizer, QHash<QByteArray, qint64> *toolListTokens,
                   RawExampleCounter::Result *result)
        : m_tokenizer(tokenizer), m_toolListTokens(toolListTokens), m_result(result)
    {
    }

    bool readExample(ondemand::document &document);
    bool plain() const { return m_plain && m_learns; }
    bool hasSystem() const { return m_hasSystem; }
    bool hasUser() const { return m_hasUser; }

private:
    enum Seen { SeenRole = 1, SeenContent = 2, SeenName = 4, SeenWeight = 8, SeenCallId = 16 };

    // What one message has shown so far.
    struct Message
    {
        int seen = 0;
        QVarLengthArray<std::string_view, 4> otherKeys; // fields it does not know
        bool assistant = false;
        bool skipped = false;
        bool visible = false;
        QByteArrayView speaker; // "assistant", "user", "system" or nothing
        std::string_view weightText;
        qint64 contentTokens = 0;
        qint64 toolCallTokens = 0;
        quint64 fieldSum = 0;
    };

    bool readMessages(ondemand::value messages);
    bool readToolList(ondemand::value tools);
    bool readToolCalls(ondemand::value calls, Message *message);
    bool readMessage(ondemand::value value);
    bool readField(std::string_view key, ondemand::value value, Message *message);
    bool readWeight(ondemand::value value, Message *message);
    bool readText(int flag, ondemand::value value, Message *message);
    void finishMessage(const Message &message);

    const Tokenizer &m_tokenizer;
    QHash<QByteArray, qint64> *m_toolListTokens;
    RawExampleCounter::Result *m_result;
    int m_answers = 0;
    bool m_lastAnswerSkipped = false;
    bool m_plain = true;
    bool m_hasSystem = false;
    bool m_hasUser = false;
    bool m_learns = false;
};

bool ExampleReading::readExample(ondemand::document &document)
{
    ondemand::object example;
    if (document.get_object().get(example))
        return false;
    bool sawMessages = false;
    bool sawTools = false;
    bool empty = true;
    for (auto field : example) {
        empty = false;
        std::string_view key;
        ondemand::value value;
        if (field.unescaped_key().get(key) || field.value().get(value))
            return false;
        if (key == "messages") {
            if (sawMessages || !readMessages(value))
                return false;
            sawMessages = true;
        } else if (key == "tools") {
            m_plain = false; // the checks look at tools and their calls
            if (sawTools || !readToolList(value))
                return false;
            sawTools = true;
        } else if (key == "input" || key == "functions") {
            return false;
        } else {
            m_plain = false; // a field the checks would question; simdjson skips its value
        }
    }
    if (empty || !sawMessages)
        return false;
    // With one answer (trained on) the parsed path takes the trained tokens as its length.
    if (m_answers == 1 && !m_lastAnswerSkipped)
        m_result->lastAnswer = m_result->trained;
    // Strict: nothing after the object (simdjson refuses a second value, and any text that is
    // not UTF-8, when it indexes the line).
    return document.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

bool ExampleReading::readMessages(ondemand::value messages)
{
    ondemand::array array;
    if (messages.get_array().get(array))
        return false;
    bool empty = true;
    for (auto element : array) {
        empty = false;
        ondemand::value value;
        if (element.get(value) || !readMessage(value))
            return false;
    }
    if (empty)
        m_plain = false;
    return true;
}

// A tool list counts as ChatTokenCounter counts it: its compact JSON, when it has tools.
bool ExampleReading::readToolList(ondemand::value tools)
{
    ondemand::array array;
    std::string_view json;
    if (tools.get_array().get(array) || array.raw_json().get(json))
        return false;
    const QByteArray key(json.data(), qsizetype(json.size()));
    auto known = m_toolListTokens->constFind(key);
    if (known == m_toolListTokens->constEnd()) {
        const std::optional<QByteArray> compact = compactArray(json);
        if (!compact)
            return false;
        const qint64 tokens = *compact == "[]" ? 0 : m_tokenizer.countUtf8(*compact);
        if (m_toolListTokens->size() > 64)
            m_toolListTokens->clear(); // many different lists: keep the memory bounded
        known = m_toolListTokens->insert(key, tokens);
    }
    m_result->total += *known;
    return true;
}

// Tool calls count as compact JSON, in the whole and, on an answer, in what is trained.
bool ExampleReading::readToolCalls(ondemand::value calls, Message *message)
{
    ondemand::array array;
    std::string_view json;
    if (calls.get_array().get(array) || array.raw_json().get(json))
        return false;
    const std::optional<QByteArray> compact = compactArray(json);
    if (!compact)
        return false;
    message->toolCallTokens = m_tokenizer.countUtf8(*compact);
    m_result->total += message->toolCallTokens;
    message->fieldSum += ExampleFingerprint::field(ExampleFingerprint::ToolCalls, *compact);
    return true;
}

bool ExampleReading::readMessage(ondemand::value value)
{
    ondemand::object object;
    if (value.get_object().get(object))
        return false;
    m_result->total += ChatTokenCounter::TokensPerMessage;
    ++m_result->messages;
    Message message;
    bool empty = true;
    for (auto field : object) {
        empty = false;
        std::string_view key;
        ondemand::value fieldValue;
        if (field.unescaped_key().get(key) || field.value().get(fieldValue)
            || !readField(key, fieldValue, &message))
            return false;
    }
    if (empty) {
        m_plain = false;
        m_result->fingerprint = ExampleFingerprint::chain(m_result->fingerprint, 0);
        return true; // {}: 3 tokens, nothing else
    }
    finishMessage(message);
    return true;
}

bool ExampleReading::readField(std::string_view key, ondemand::value value, Message *message)
{
    const int flag = key == "role"           ? SeenRole
                     : key == "content"      ? SeenContent
                     : key == "name"         ? SeenName
                     : key == "weight"       ? SeenWeight
                     : key == "tool_call_id" ? SeenCallId
                                             : 0;
    if (flag && (message->seen & flag))
        return false; // a repeated field: the parser decides which one counts
    if (!flag) {
        // Also for fields the counter does not know: the parser keeps one value, adding both
        // here would count tokens the parsed path does not (found by fuzzing).
        if (std::find(message->otherKeys.begin(), message->otherKeys.end(), key)
            != message->otherKeys.end())
            return false;
        message->otherKeys.append(key); // unescaped keys stay in the parser until the next line
    }
    message->seen |= flag;
    if (!flag || flag == SeenCallId)
        m_plain = false; // a field the checks would question, or a tool result
    if (flag == SeenWeight)
        return readWeight(value, message);
    ondemand::json_type type;
    if (value.type().get(type))
        return false;
    if (type == ondemand::json_type::null) {
        m_plain = false; // null adds nothing
        return true;
    }
    if (key == "tool_calls")
        return type == ondemand::json_type::array && readToolCalls(value, message);
    if (type != ondemand::json_type::string)
        return false; // tool calls, content parts, numbers and flags: the parsed path
    return readText(flag, value, message);
}

bool ExampleReading::readWeight(ondemand::value value, Message *message)
{
    ondemand::json_type type;
    double weight = 0;
    if (value.type().get(type) || type != ondemand::json_type::number)
        return false;
    message->weightText = trimmedRight(value.raw_json_token());
    if (value.get_double().get(weight))
        return false;
    message->skipped = weight == 0.0;
    return true;
}

bool ExampleReading::readText(int flag, ondemand::value value, Message *message)
{
    std::string_view text;
    if (value.get_string().get(text))
        return false; // a bad escape or half a surrogate pair: the parsed path decides
    const QByteArrayView utf8 = bytes(text);
    const qint64 tokens = m_tokenizer.countUtf8(utf8);
    m_result->total += tokens;
    if (InvisibleCharacters::containsDisguisingUtf8(utf8))
        m_plain = false; // the hidden-characters check has something to say
    switch (flag) {
    case SeenName:
        m_result->total += ChatTokenCounter::TokensPerName;
        message->fieldSum += ExampleFingerprint::field(ExampleFingerprint::Name, utf8);
        break;
    case SeenContent:
        message->contentTokens = tokens;
        message->visible = hasVisibleAscii(text);
        message->fieldSum += ExampleFingerprint::field(ExampleFingerprint::Content, utf8);
        break;
    case SeenRole:
        message->assistant = text == "assistant";
        message->speaker = text == "assistant" ? QByteArrayView("assistant")
                           : text == "user"    ? QByteArrayView("user")
                           : text == "system" || text == "developer" ? QByteArrayView("system")
                                                                      : QByteArrayView();
        message->fieldSum += ExampleFingerprint::field(ExampleFingerprint::Role, utf8);
        break;
    case SeenCallId:
        message->fieldSum += ExampleFingerprint::field(ExampleFingerprint::ToolCallId, utf8);
        break;
    default:
        break;
    }
    return true;
}

void ExampleReading::finishMessage(const Message &message)
{
    if (message.assistant) {
        if (!message.skipped)
            m_result->trained += message.contentTokens + message.toolCallTokens;
        m_result->lastAnswer = message.contentTokens;
        ++m_answers;
        m_lastAnswerSkipped = message.skipped;
    }
    // Plain: a known speaker with visible text; a mark of exactly 0 or 1, on an answer only.
    const bool markOk = message.weightText.empty()
                        || (message.assistant
                            && (message.weightText == "0" || message.weightText == "1"));
    if (message.speaker.isEmpty() || !(message.seen & SeenContent) || !message.visible || !markOk)
        m_plain = false;
    if (message.speaker == "system")
        m_hasSystem = true;
    else if (message.speaker == "user")
        m_hasUser = true;
    else if (message.assistant && !message.skipped)
        m_learns = true;
    m_result->fingerprint = ExampleFingerprint::chain(m_result->fingerprint, message.fieldSum);
}

} // namespace

RawExampleCounter::RawExampleCounter(const Tokenizer &tokenizer)
    : m_tokenizer(tokenizer), m_parser(std::make_unique<Parser>())
{
    m_padded.reserve(64 * 1024);
}

RawExampleCounter::~RawExampleCounter() = default;

std::optional<RawExampleCounter::Result> RawExampleCounter::count(QByteArrayView json)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end of the text it indexes.
    m_padded.resize(json.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    std::memcpy(m_padded.data(), json.data(), size_t(json.size()));
    std::memset(m_padded.data() + json.size(), 0, simdjson::SIMDJSON_PADDING);
    ondemand::document document;
    if (m_parser->parser
            .iterate(m_padded.constData(), size_t(json.size()), size_t(m_padded.size()))
            .get(document))
        return std::nullopt; // not UTF-8, a raw control character in a string, not JSON
    Result result;
    result.fingerprint = ExampleFingerprint::start();
    ExampleReading reading(m_tokenizer, &m_parser->toolListTokens, &result);
    if (!reading.readExample(document))
        return std::nullopt;
    result.plain = reading.plain();
    result.hasSystem = reading.hasSystem();
    result.hasUser = reading.hasUser();
    result.total += ChatTokenCounter::ReplyPrimingTokens;
    result.fingerprint = ExampleFingerprint::finish(result.fingerprint);
    return result;
}
