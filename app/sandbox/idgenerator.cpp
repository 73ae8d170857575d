#include "idgenerator.h"

IdGenerator::IdGenerator(quint32 seed) : m_random(seed) {}

QString IdGenerator::next(const QString &prefix, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const int alphabetSize = int(sizeof(alphabet)) - 1;
    QString id = prefix;
    // The counter's digits first keep ids unique even if the random part repeats.
    quint64 counter = ++m_counter;
    QString unique;
    while (counter > 0) {
        unique.append(QLatin1Char(alphabet[counter % alphabetSize]));
        counter /= alphabetSize;
    }
    for (int i = unique.size(); i < length; ++i)
        id.append(QLatin1Char(alphabet[m_random.bounded(alphabetSize)]));
    return id + unique;
}

QString IdGenerator::hex(int length)
{
    static const char digits[] = "0123456789abcdef";
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(digits[m_random.bounded(16)]));
    return text;
}
