#include "toolcallview.h"

#include "ui/common/untrustedtext.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ToolCallView::ToolCallView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString ToolCallView::prettyArguments(const QString &arguments, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The details of this call are not valid JSON (%1, at character %2), so the "
                    "model would learn a broken call. Correct them in the file and import it "
                    "again.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return {};
    }
    if (!document.isObject()) {
        *error = tr("The details of this call should be a JSON object, in braces { }.");
        return {};
    }
    error->clear();
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

void ToolCallView::setToolCalls(const QJsonArray &toolCalls)
{
    // Cards are shown again after every stored edit; unchanged calls keep their widgets.
    if (!m_empty && toolCalls == m_shown)
        return;
    m_shown = toolCalls;
    m_empty = false;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QJsonValue &call : toolCalls)
        m_layout->addWidget(callWidget(call.toObject()));
    setVisible(!toolCalls.isEmpty());
}

QWidget *ToolCallView::callWidget(const QJsonObject &call)
{
    const QJsonObject function = call.value(QStringLiteral("function")).toObject();
    const QString name = function.value(QStringLiteral("name")).toString();
    const QJsonValue argumentsValue = function.value(QStringLiteral("arguments"));
    const QString arguments = argumentsValue.isString()
                                  ? argumentsValue.toString()
                                  : QString::fromUtf8(QJsonDocument(argumentsValue.toObject())
                                                          .toJson(QJsonDocument::Compact));

    auto box = new QWidget;
    auto layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto title = new QLabel(tr("Calls the function <b>%1</b>").arg(UntrustedText::shown(name).toHtmlEscaped()));
    title->setToolTip(UntrustedText::toolTip(tr("tool_calls[].function, call id: %1")
                                                 .arg(call.value(QStringLiteral("id")).toString())));
    layout->addWidget(title);

    QString error;
    const QString pretty = prettyArguments(arguments, &error);
    auto text = new QPlainTextEdit(pretty.isEmpty() ? arguments : pretty);
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setToolTip(tr("The details passed to the function (its arguments)"));
    const int lines = int(text->toPlainText().count(QLatin1Char('\n'))) + 1;
    text->setFixedHeight(std::min(lines, 12) * text->fontMetrics().lineSpacing() + 16);
    layout->addWidget(text);
    if (!error.isEmpty()) {
        auto problem = new QLabel(error);
        problem->setObjectName(QStringLiteral("toolCallError"));
        problem->setWordWrap(true);
        problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
        layout->addWidget(problem);
    }
    return box;
}
