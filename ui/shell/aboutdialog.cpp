#include "aboutdialog.h"

#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>

void AboutDialog::show(QWidget *parent)
{
    auto box = new QMessageBox(parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("AboutDialog"));
    box->setWindowTitle(QCoreApplication::translate("AboutDialog", "About Ajuste"));
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/ajuste.svg")).pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(QCoreApplication::translate("AboutDialog", "<h3>Ajuste %1</h3>")
                     .arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(QCoreApplication::translate(
        "AboutDialog",
        "<p>A desktop studio to fine-tune language models without writing code: curate "
        "examples, check them, train on a provider and compare the answers.</p>"
        "<p>Your examples stay on this computer until you choose to upload them.</p>"
        "<p>Built with Qt %1. Tokenizer data © OpenAI (MIT licence).</p>")
                                .arg(QString::fromLatin1(qVersion())));
    box->open();
}
