#include "providerspage.h"

#include "api/client/connectiontester.h"
#include "api/credentials/keystore.h"
#include "api/session/providersession.h"
#include "core/settings/profilestore.h"
#include "ui/common/messages.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ProvidersPage::ProvidersPage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_profiles(context.profiles->profiles())
    , m_defaultId(context.profiles->defaultProfileId())
    , m_list(new QListWidget)
    , m_addButton(new QPushButton(tr("Add")))
    , m_removeButton(new QPushButton(tr("Remove")))
    , m_defaultButton(new QPushButton(tr("Use by default")))
    , m_description(new QLabel)
    , m_name(new QLineEdit)
    , m_url(new QLineEdit)
    , m_urlProblem(new QLabel)
    , m_organization(new QLineEdit)
    , m_project(new QLineEdit)
    , m_key(new QLineEdit)
    , m_keyStatus(new QLabel)
    , m_fineTuning(new QCheckBox(tr("This server can fine-tune (OpenAI's fine-tuning API)")))
    , m_fineTuningHint(new QLabel)
    , m_tunableModels(new QLineEdit)
    , m_testButton(new QPushButton(tr("Test connection")))
    , m_testResult(new QLabel)
    , m_tester(nullptr)
    , m_form(new QWidget)
{
    ProviderSession *session = context.providers;
    if (!session) // a context built without one (older tests): the same preparation, owned here
        session = new ProviderSession(context.profiles, context.keys, context.network,
                                                     context.sandbox, this);
    m_tester = new ConnectionTester(session, this);
    m_list->setObjectName(QStringLiteral("profileList"));
    auto addMenu = new QMenu(m_addButton);
    for (ProviderKind kind : ProviderProfile::kinds()) {
        if (kind != ProviderKind::Sandbox)
            addMenu->addAction(ProviderProfile::kindName(kind), this, [this, kind] { addProfile(kind); });
    }
    m_addButton->setMenu(addMenu);
    connect(m_removeButton, &QPushButton::clicked, this, &ProvidersPage::removeSelected);
    connect(m_defaultButton, &QPushButton::clicked, this, &ProvidersPage::makeSelectedDefault);

    auto listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    buildForm();
    auto layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addWidget(m_form, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersPage::showProfile);
    reloadList();
    m_list->setCurrentRow(0);
}

void ProvidersPage::buildForm()
{
    m_description->setWordWrap(true);
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(QStringLiteral("QLabel { color: #b42318; }"));
    m_urlProblem->hide();
    m_keyStatus->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setToolTip(tr("The address of the provider's API (base URL)"));
    m_organization->setPlaceholderText(tr("Optional"));
    m_organization->setToolTip(tr("Sent as the OpenAI-Organization header"));
    m_project->setPlaceholderText(tr("Optional"));
    m_project->setToolTip(tr("Sent as the OpenAI-Project header"));
    m_key->setObjectName(QStringLiteral("profileKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    // A button with words beside the field (an action inside it could show only an icon).
    auto reveal = m_reveal = new QToolButton;
    reveal->setObjectName(QStringLiteral("revealKey"));
    reveal->setText(tr("Show"));
    reveal->setToolTip(tr("Show or hide the key you are typing"));
    reveal->setCheckable(true);
    connect(reveal, &QToolButton::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    auto keyRow = new QHBoxLayout;
    keyRow->setContentsMargins(0, 0, 0, 0);
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(reveal);

    m_fineTuning->setObjectName(QStringLiteral("profileFineTuning"));
    m_fineTuningHint->setWordWrap(true);
    m_fineTuningHint->setText(tr("Turn this on for services such as Nebius, or an Azure-style "
                                 "server, that take training files and fine-tuning jobs the way "
                                 "OpenAI does."));
    m_tunableModels->setObjectName(QStringLiteral("profileTunableModels"));
    m_tunableModels->setPlaceholderText(tr("Optional: models the server does not list, separated by commas"));
    m_tunableModels->setToolTip(tr("Added to the models the server lists when you start a fine-tune"));
    connect(m_fineTuning, &QCheckBox::toggled, this, [this] {
        storeFormInCopy();
        updateFineTuningFields();
    });

    for (QLineEdit *edit : {m_name, m_url, m_organization, m_project, m_tunableModels})
        connect(edit, &QLineEdit::editingFinished, this, &ProvidersPage::storeFormInCopy);
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlProblem->hide(); });
    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (ProviderProfile *profile = selected())
            m_newKeys.insert(profile->id, text);
        updateKeyStatus();
    });

    auto form = new QFormLayout;
    m_formLayout = form;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Address:"), m_url);
    form->addRow(QString(), m_urlProblem);
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("API key:"), keyRow);
    form->addRow(QString(), m_keyStatus);
    form->addRow(QString(), m_fineTuning);
    form->addRow(QString(), m_fineTuningHint);
    form->addRow(tr("Models to fine-tune:"), m_tunableModels);

    auto layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_description);
    layout->addLayout(form);
    auto actionRow = new QHBoxLayout;
    actionRow->addWidget(m_testButton);
    actionRow->addWidget(m_defaultButton);
    actionRow->addStretch();
    layout->addLayout(actionRow);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_testResult);
    m_testButton->setToolTip(tr("Asks the provider for its list of models, to check the "
                                "address and the key"));
    connect(m_testButton, &QPushButton::clicked, this, &ProvidersPage::testConnection);
    connect(m_tester, &ConnectionTester::finished, this,
            [this](const ConnectionTester::Result &result) {
                showTestResult(result.ok, result.message(),
                               result.ok ? QString() : result.error.detailsText());
            });
    layout->addStretch();
}

ProviderProfile *ProvidersPage::selected()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? &m_profiles[row] : nullptr;
}

void ProvidersPage::reloadList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ProviderProfile &profile : std::as_const(m_profiles)) {
        QString label = profile.name;
        if (profile.id == m_defaultId)
            label = tr("%1 (default)").arg(profile.name);
        auto item = new QListWidgetItem(label, m_list);
        item->setToolTip(ProviderProfile::kindName(profile.kind));
    }
    m_list->setCurrentRow(std::min(row, int(m_list->count()) - 1));
}

void ProvidersPage::showProfile(int row)
{
    storeFormInCopy();
    m_shownRow = row;
    const ProviderProfile *profile = selected();
    m_form->setEnabled(profile);
    if (!profile)
        return;
    const bool editable = !profile->isSandbox();
    const bool openAI = profile->kind == ProviderKind::OpenAI;
    m_description->setText(ProviderProfile::kindDescription(profile->kind));
    m_name->setText(profile->name);
    m_url->setText(profile->isSandbox() ? tr("Built in, on this computer") : profile->baseUrl.toString());
    m_organization->setText(profile->organization);
    m_project->setText(profile->project);
    m_key->setText(m_newKeys.value(profile->id));
    {
        const QSignalBlocker blocker(m_fineTuning);
        m_fineTuning->setChecked(profile->fineTuning);
    }
    m_tunableModels->setText(profile->tunableModels.join(QStringLiteral(", ")));
    m_urlProblem->hide();
    m_tester->cancel();
    m_testResult->clear();
    m_testButton->setEnabled(true);
    for (QLineEdit *edit : {m_name, m_url, m_key})
        edit->setReadOnly(!editable);
    m_organization->setEnabled(openAI);
    m_project->setEnabled(openAI);
    m_key->setEnabled(editable);
    m_reveal->setEnabled(editable);
    m_removeButton->setEnabled(editable);
    m_defaultButton->setEnabled(profile->id != m_defaultId);
    updateKeyStatus();
    updateFineTuningFields();
}

void ProvidersPage::updateFineTuningFields()
{
    const ProviderProfile *profile = selected();
    const bool compatible = profile && profile->kind == ProviderKind::OpenAICompatible;
    m_formLayout->setRowVisible(m_fineTuning, compatible);
    m_formLayout->setRowVisible(m_fineTuningHint, compatible);
    m_formLayout->setRowVisible(m_tunableModels, compatible);
    m_tunableModels->setEnabled(compatible && m_fineTuning->isChecked());
}

void ProvidersPage::storeFormInCopy()
{
    if (m_shownRow < 0 || m_shownRow >= m_profiles.size())
        return;
    ProviderProfile &profile = m_profiles[m_shownRow];
    if (profile.isSandbox())
        return;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        profile.name = name;
    profile.baseUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.organization = m_organization->text().trimmed();
    profile.project = m_project->text().trimmed();
    if (profile.kind == ProviderKind::OpenAICompatible) {
        profile.fineTuning = m_fineTuning->isChecked();
        profile.tunableModels.clear();
        const QStringList names = m_tunableModels->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : names) {
            if (!name.trimmed().isEmpty())
                profile.tunableModels.append(name.trimmed());
        }
    }
    if (QListWidgetItem *item = m_list->item(m_shownRow)) {
        item->setText(profile.id == m_defaultId ? tr("%1 (default)").arg(profile.name)
                                                : profile.name);
    }
}

void ProvidersPage::updateKeyStatus()
{
    const ProviderProfile *profile = selected();
    if (!profile)
        return;
    QString status;
    const bool typed = !m_newKeys.value(profile->id).isEmpty();
    if (profile->isSandbox())
        status = tr("The Sandbox needs no key.");
    else if (typed && m_context.keys->keychainUnavailable())
        status = tr("No system keychain is available: the key will be kept until you quit, "
                    "unless you choose to store it in a file.");
    else if (typed)
        status = tr("The key will be stored in the system keychain, never in Ajuste's files.");
    else if (profile->keyStorage == KeyStorage::None)
        status = tr("No key: leave empty for servers that do not need one.");
    else
        status = tr("If a key is already stored, leave this empty to keep it; type a new one to "
                    "replace it.");
    m_keyStatus->setText(status);
}

void ProvidersPage::addProfile(ProviderKind kind)
{
    storeFormInCopy();
    m_profiles.append(ProviderProfile::makeNew(kind));
    reloadList();
    m_list->setCurrentRow(m_profiles.size() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ProvidersPage::removeSelected()
{
    const ProviderProfile *profile = selected();
    if (!profile || profile->isSandbox())
        return;
    const auto answer = Messages::ask(
        this, tr("Remove the provider “%1”?").arg(profile->name),
        tr("Its stored API key is deleted too. Jobs already started stay in your workspace."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_list->currentRow();
    m_removed.append(profile->id);
    m_newKeys.remove(profile->id);
    if (profile->id == m_defaultId)
        m_defaultId = QString::fromLatin1(ProviderProfile::SandboxId);
    m_shownRow = -1;
    m_profiles.removeAt(row);
    reloadList();
    showProfile(m_list->currentRow());
}

void ProvidersPage::makeSelectedDefault()
{
    if (const ProviderProfile *profile = selected()) {
        m_defaultId = profile->id;
        reloadList();
        m_defaultButton->setEnabled(false);
    }
}

bool ProvidersPage::validate()
{
    storeFormInCopy();
    for (int row = 0; row < m_profiles.size(); ++row) {
        const ProviderProfile &profile = m_profiles.at(row);
        if (profile.isSandbox())
            continue;
        QString problem;
        if (!profile.baseUrl.isValid() || profile.baseUrl.host().isEmpty())
            problem = tr("Enter the address of the provider's API, such as "
                         "https://api.openai.com/v1.");
        else if (!profile.hasSafeAddress())
            problem = tr("For your key's safety the address must start with https:// "
                         "(plain http:// is allowed only for servers on this computer).");
        if (!problem.isEmpty()) {
            m_list->setCurrentRow(row);
            m_urlProblem->setText(problem);
            m_urlProblem->show();
            m_url->setFocus();
            return false;
        }
    }
    return true;
}

void ProvidersPage::apply(std::function<void()> done)
{
    storeFormInCopy();
    for (const QString &id : std::as_const(m_removed)) {
        m_context.keys->remove(id);
        m_context.profiles->remove(id);
    }
    QStringList withNewKeys;
    for (ProviderProfile &profile : m_profiles) {
        if (!m_newKeys.value(profile.id).isEmpty()) {
            profile.keyStorage = KeyStorage::Keychain;
            withNewKeys.append(profile.id);
        }
        m_context.profiles->save(profile);
    }
    m_context.profiles->setDefaultProfile(m_defaultId);
    storeKeys(withNewKeys, std::move(done));
}

void ProvidersPage::storeKeys(QStringList profileIds, std::function<void()> done)
{
    if (profileIds.isEmpty()) {
        done();
        return;
    }
    const QString id = profileIds.takeFirst();
    const QString key = m_newKeys.value(id);
    QPointer<ProvidersPage> self(this);
    auto next = [self, profileIds, done] {
        if (self)
            self->storeKeys(profileIds, done);
    };
    m_context.keys->write(id, key, KeyStorage::Keychain,
                          [self, id, key, next](const KeyStore::Result &result) {
                              if (!self)
                                  return;
                              if (result.status == KeyStore::Status::NoKeychain)
                                  self->askWhereToKeepKey(id, key, next);
                              else
                                  next();
                          });
}

void ProvidersPage::askWhereToKeepKey(const QString &profileId, const QString &key,
                                      std::function<void()> next)
{
    std::optional<ProviderProfile> profile = m_context.profiles->profile(profileId);
    if (!profile) {
        next();
        return;
    }
    const auto answer = Messages::ask(
        this, tr("No system keychain is available to keep the key for “%1”.").arg(profile->name),
        tr("Ajuste will keep it only until you quit. You can instead store it in a file in "
           "your user folder: it is not encrypted, and anyone who can read your files can "
           "read the key. Store it in a file?"),
        QMessageBox::Save | QMessageBox::Discard, QMessageBox::Discard);
    profile->keyStorage = answer == QMessageBox::Save ? KeyStorage::File : KeyStorage::Session;
    m_context.profiles->save(*profile);
    if (profile->keyStorage == KeyStorage::Session) {
        m_context.keys->write(profileId, key, KeyStorage::Session, [next](const KeyStore::Result &) { next(); });
        return;
    }
    QPointer<ProvidersPage> self(this);
    m_context.keys->write(profileId, key, KeyStorage::File,
                          [self, next](const KeyStore::Result &result) {
                              if (self && result.status != KeyStore::Status::Ok)
                                  Messages::warning(self, result.message);
                              next();
                          });
}

void ProvidersPage::testConnection()
{
    storeFormInCopy();
    const ProviderProfile *profile = selected();
    if (!profile)
        return;
    if (!profile->isSandbox() && !profile->hasSafeAddress()) {
        validate();
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Testing the connection…"));
    // The session starts the Sandbox and reads the stored key unless one was typed here.
    m_tester->testDraft(*profile, m_newKeys.value(profile->id));
}

void ProvidersPage::showTestResult(bool ok, const QString &message, const QString &details)
{
    m_testButton->setEnabled(true);
    m_testResult->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1a7f37; }")
                                   : QStringLiteral("QLabel { color: #b42318; }"));
    m_testResult->setText(message);
    m_testResult->setToolTip(details);
}
