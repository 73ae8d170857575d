#include "datasetgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

const char *const PtSubjects[] = {
    "O cliente",          "A equipe de suporte",       "Nosso plano de internet",
    "A fatura deste mês", "O roteador Wi-Fi",          "A entrega do pedido",
    "O técnico",          "A conexão de fibra óptica", "Você",
    "O aplicativo"};
const char *const PtVerbs[] = {"precisa verificar", "pode reiniciar", "não consegue acessar",
                               "vai receber",       "deve atualizar", "quer cancelar",
                               "já configurou",     "está esperando", "consegue pagar",
                               "recomenda trocar"};
const char *const PtObjects[] = {"a senha do Wi-Fi",         "o boleto até sexta-feira",
                                 "a velocidade contratada",  "o número de protocolo",
                                 "as configurações de rede", "o endereço de instalação",
                                 "a segunda via da conta",   "o modem na tomada",
                                 "a promoção de verão",      "o histórico de chamadas"};
const char *const PtEnds[] = {"antes das 18h.",          "sem custo adicional.",
                              "ainda hoje, por favor.",  "com atenção.",
                              "em até três dias úteis.", "— é rápido!",
                              "pelo aplicativo.",        "na próxima visita.",
                              "e confirmar por e-mail.", "?"};
const char *const EnSubjects[] = {"The customer",       "Our support team", "The fiber plan",
                                  "This month's bill",  "The Wi-Fi router", "The delivery",
                                  "The technician",     "Your account",     "The mobile app",
                                  "The weather service"};
const char *const EnVerbs[] = {"needs to check",      "can restart",    "cannot reach",
                               "will receive",        "should update",  "wants to cancel",
                               "already configured",  "is waiting for", "can pay",
                               "recommends replacing"};
const char *const EnObjects[] = {
    "the Wi-Fi password",   "the invoice by Friday",    "the contracted speed", "the ticket number",
    "the network settings", "the installation address", "a copy of the bill",   "the modem cable",
    "the summer discount",  "the call history"};
const char *const EnEnds[] = {"before 6 pm.",
                              "at no extra cost.",
                              "today, please.",
                              "carefully.",
                              "within three business days.",
                              "— it's quick!",
                              "in the app.",
                              "on the next visit.",
                              "and confirm by e-mail.",
                              "?"};
const char *const Emoji[] = {"😀", "👍🏽", "👩‍💻", "🇧🇷",
                             "🚀", "❤️",   "🙏🏿",    "👨‍👩‍👧‍👦",
                             "✅", "📶",        "😅",           "🤖"};
const char *const Systems[] = {
    "Você é o assistente de suporte da Jabuti Telecom. Responda em português, com educação e "
    "frases curtas.",
    "You are a helpful assistant for an internet provider. Answer briefly and kindly.",
    "Você é um tutor de programação. Explique o código passo a passo.",
    "You are a weather assistant. Use the tools to look up forecasts."};
const char *const Code[] = {
    "```python\ndef media(valores):\n    \"\"\"Média simples.\"\"\"\n    return sum(valores) / "
    "len(valores)\n```",
    "```cpp\nint main() {\n\tstd::printf(\"Olá, \\\"mundo\\\"!\\n\");\n\treturn 0;\n}\n```",
    "```sql\nSELECT nome, count(*) FROM clientes\nWHERE cidade = 'São Paulo'\nGROUP BY nome;\n```",
    "```bash\nfor f in *.jsonl; do\n  wc -l \"$f\"\ndone\n```",
    "```js\nconst total = itens.reduce((s, i) => s + i.preco, 0); // R$ \\u00e0 vista\n```"};
const char *const Cities[] = {"São Paulo", "Manaus", "Lisboa", "Porto Alegre",
                              "Recife",    "Boston", "Belém",  "Curitiba"};

template <std::size_t N> QString pick(const char *const (&list)[N], int index)
{
    return QString::fromUtf8(list[index % int(N)]);
}

QJsonObject message(const char *role, const QString &content)
{
    return QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                       {QStringLiteral("content"), content}};
}

QJsonArray weatherTools()
{
    const QJsonObject parameters{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("city"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                     {QStringLiteral("days"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("city")}}};
    return QJsonArray{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                    {QStringLiteral("function"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("get_forecast")},
                                 {QStringLiteral("description"),
                                  QStringLiteral("Previsão do tempo por cidade")},
                                 {QStringLiteral("parameters"), parameters}}}}};
}

} // namespace

DatasetGenerator::DatasetGenerator(quint64 seed)
    : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL)
{
}

quint64 DatasetGenerator::next()
{
    // splitmix64: tiny, fast and the same everywhere.
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString DatasetGenerator::emoji()
{
    return pick(Emoji, below(100));
}

QString DatasetGenerator::sentence(bool portuguese)
{
    QString text = portuguese
                       ? pick(PtSubjects, below(10)) + QLatin1Char(' ') + pick(PtVerbs, below(10)) +
                             QLatin1Char(' ') + pick(PtObjects, below(10)) + QLatin1Char(' ') +
                             pick(PtEnds, below(10))
                       : pick(EnSubjects, below(10)) + QLatin1Char(' ') + pick(EnVerbs, below(10)) +
                             QLatin1Char(' ') + pick(EnObjects, below(10)) + QLatin1Char(' ') +
                             pick(EnEnds, below(10));
    if (chance(12))
        text += QLatin1Char(' ') + emoji();
    return text;
}

QString DatasetGenerator::paragraph(bool portuguese, int sentences)
{
    QStringList parts;
    for (int i = 0; i < sentences; ++i)
        parts.append(sentence(portuguese && !chance(10)));
    return parts.join(QLatin1Char(' '));
}

QString DatasetGenerator::codeBlock()
{
    return pick(Code, below(100));
}

QByteArray DatasetGenerator::example()
{
    const bool portuguese = chance(60);
    QJsonObject example;
    QJsonArray messages;
    const bool tools = chance(15);
    if (chance(80))
        messages.append(message("system", pick(Systems, tools ? 3 : below(3))));
    const int turns = chance(55) ? 1 : 2 + below(2);
    for (int turn = 0; turn < turns; ++turn) {
        messages.append(message("user", paragraph(portuguese, chance(70) ? 1 : 2)));
        if (tools && turn == turns - 1) {
            const QString city = pick(Cities, below(8));
            const QString callId = QStringLiteral("call_%1").arg(next() % 1000000);
            messages.append(QJsonObject{
                {QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("content"), QJsonValue::Null},
                {QStringLiteral("tool_calls"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("id"), callId},
                     {QStringLiteral("type"), QStringLiteral("function")},
                     {QStringLiteral("function"),
                      QJsonObject{{QStringLiteral("name"), QStringLiteral("get_forecast")},
                                  {QStringLiteral("arguments"),
                                   QStringLiteral("{\"city\": \"%1\", \"days\": %2}")
                                       .arg(city)
                                       .arg(1 + below(7))}}}}}}});
            messages.append(
                QJsonObject{{QStringLiteral("role"), QStringLiteral("tool")},
                            {QStringLiteral("tool_call_id"), callId},
                            {QStringLiteral("content"),
                             QStringLiteral("{\"city\": \"%1\", \"temp_c\": %2, \"sky\": \"%3\"}")
                                 .arg(city)
                                 .arg(12 + below(25))
                                 .arg(chance(50) ? QStringLiteral("ensolarado ☀️")
                                                 : QStringLiteral("rain"))}});
        }
        QString answer = paragraph(portuguese, 1 + below(3));
        if (chance(20))
            answer += QStringLiteral("\n\n") + codeBlock();
        QJsonObject reply = message("assistant", answer);
        if (turns > 1 && turn < turns - 1 && chance(30))
            reply.insert(QStringLiteral("weight"), 0);
        messages.append(reply);
    }
    example.insert(QStringLiteral("messages"), messages);
    if (tools) {
        example.insert(QStringLiteral("tools"), weatherTools());
        example.insert(QStringLiteral("parallel_tool_calls"), false);
    }
    if (chance(5))
        example.insert(QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("source"), QStringLiteral("gerador")},
                                   {QStringLiteral("id"), qint64(next() % 100000000)}});
    return QJsonDocument(example).toJson(QJsonDocument::Compact);
}

qint64 DatasetGenerator::write(QIODevice *device, qint64 count)
{
    QByteArray buffer;
    qint64 written = 0;
    for (qint64 i = 0; i < count; ++i) {
        buffer += example();
        buffer += '\n';
        if (buffer.size() > (1 << 20) || i + 1 == count) {
            if (device->write(buffer) != buffer.size())
                return -1;
            written += buffer.size();
            buffer.clear();
        }
    }
    return written;
}
