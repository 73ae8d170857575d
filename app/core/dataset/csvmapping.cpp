#include "csvmapping.h"

namespace {

int findColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

CsvMapping CsvMapping::guess(const QStringList &header)
{
    CsvMapping mapping;
    const int prompt = findColumn(
        header, {"prompt", "question", "input", "instruction", "user", "pergunta", "entrada"});
    const int answer = findColumn(header, {"answer", "response", "output", "completion",
                                           "assistant", "resposta", "saida", "saída"});
    const int system = findColumn(header, {"system", "system_prompt", "sistema"});
    mapping.firstRowIsHeader = prompt >= 0 || answer >= 0;
    if (prompt >= 0)
        mapping.promptColumn = prompt;
    if (answer >= 0)
        mapping.answerColumn = answer;
    else if (prompt == 1)
        mapping.answerColumn = 0;
    mapping.systemColumn = system;
    return mapping;
}
