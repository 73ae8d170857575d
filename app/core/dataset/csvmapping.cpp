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

// The first column from `preferred` on that no other role took: a table whose header names
// only the answer must not read the answer as the prompt too.
int freeColumn(int preferred, int taken, int alsoTaken)
{
    int column = preferred;
    while (column == taken || column == alsoTaken)
        ++column;
    return column;
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
    mapping.promptColumn = prompt >= 0 ? prompt : freeColumn(0, answer, system);
    mapping.answerColumn =
        answer >= 0 ? answer
                    : freeColumn(mapping.promptColumn == 1 ? 0 : 1, mapping.promptColumn, system);
    mapping.systemColumn = system;
    return mapping;
}
