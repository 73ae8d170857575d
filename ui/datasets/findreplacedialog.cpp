#include "findreplacedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

FindReplaceDialog::FindReplaceDialog(Counter counter, QWidget *parent)
    : QDialog(parent)
    , m_counter(std::move(counter))
    , m_find(new QLineEdit)
    , m_replace(new QLineEdit)
    , m_matchCase(new QCheckBox(tr("Match upper and lower case")))
    , m_count(new QLabel)
    , m_replaceAll(new QPushButton(tr("Replace All")))
    , m_delay(new QTimer(this))
{
    setWindowTitle(tr("Find and Replace"));
    m_find->setPlaceholderText(tr("Text to find in every message"));
    m_replace->setPlaceholderText(tr("Text to put in its place"));
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_count->setWordWrap(true);
    m_replaceAll->setEnabled(false);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);

    auto form = new QFormLayout;
    form->addRow(tr("Find:"), m_find);
    form->addRow(tr("Replace with:"), m_replace);
    form->addRow(QString(), m_matchCase);

    auto buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_replaceAll, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_replaceAll, &QPushButton::clicked, this, [this] {
        // Counted again once the page has stored the replacement.
        m_replaceAll->setEnabled(false);
        m_count->setText(tr("Replacing…"));
        Q_EMIT replaceAllRequested();
    });
    connect(&m_counting, &QFutureWatcher<Count>::finished, this, &FindReplaceDialog::showCount);
    connect(m_find, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_matchCase, &QCheckBox::toggled, this, &FindReplaceDialog::recount);
    connect(m_delay, &QTimer::timeout, this, &FindReplaceDialog::recount);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

FindReplaceDialog::~FindReplaceDialog()
{
    if (m_cancel)
        *m_cancel = true;
}

void FindReplaceDialog::recount()
{
    m_delay->stop();
    if (m_cancel)
        *m_cancel = true; // a count for an older text is no longer wanted
    m_replaceAll->setEnabled(false);
    if (m_find->text().isEmpty()) {
        m_cancel.reset();
        m_count->setText(tr("Type the text to find."));
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_counting.setFuture(m_counter(m_find->text(), caseSensitivity(), m_cancel));
}

void FindReplaceDialog::showCount()
{
    // Only the newest count, once (a finished signal may still come for an older one).
    if (!m_cancel || *m_cancel || !m_counting.isFinished() || m_counting.isCanceled())
        return;
    const Count count = m_counting.result();
    m_cancel.reset();
    if (count.occurrences == 0)
        m_count->setText(tr("No message contains this text."));
    else
        m_count->setText(tr("Found %n time(s)", nullptr, count.occurrences) + QLatin1Char(' ')
                         + tr("in %n example(s).", nullptr, count.examples));
    m_replaceAll->setEnabled(count.occurrences > 0);
}

QString FindReplaceDialog::findText() const
{
    return m_find->text();
}

QString FindReplaceDialog::replacement() const
{
    return m_replace->text();
}

Qt::CaseSensitivity FindReplaceDialog::caseSensitivity() const
{
    return m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}
