#pragma once

#include "core/settings/providerprofile.h"
#include "ui/shell/appcontext.h"

#include <QHash>
#include <QWidget>

#include <functional>

class ConnectionTester;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

// Settings ▸ Providers: the profiles Ajuste can use, the default one, and their keys. Works on
// a copy; apply() saves profiles to the ProfileStore and keys to the KeyStore.
class ProvidersPage : public QWidget
{
    Q_OBJECT

public:
    explicit ProvidersPage(const AppContext &context, QWidget *parent = nullptr);

    // Adds a profile of this kind to the copy and selects it.
    void addProfile(ProviderKind kind);
    void removeSelected();
    void makeSelectedDefault();
    // Lists the selected profile's models with the key typed here or the stored one.
    void testConnection();

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *testButton() const { return m_testButton; }
    QCheckBox *fineTuningCheck() const { return m_fineTuning; }
    QLineEdit *tunableModelsEdit() const { return m_tunableModels; }
    QLabel *testResult() const { return m_testResult; }

    // False (with the problem shown next to the field) when a profile cannot be saved.
    bool validate();
    // Saves profiles and keys; done runs once every key has been stored (keychain writes are
    // asynchronous and may ask the user what to do when no keychain exists).
    void apply(std::function<void()> done);

private:
    void buildForm();
    void reloadList();
    void showProfile(int row);
    void storeFormInCopy();
    void updateKeyStatus();
    void updateFineTuningFields();
    void storeKeys(QStringList profileIds, std::function<void()> done);
    void askWhereToKeepKey(const QString &profileId, const QString &key, std::function<void()> next);
    ProviderProfile *selected();
    void showTestResult(bool ok, const QString &message, const QString &details);

    AppContext m_context;
    QList<ProviderProfile> m_profiles;
    QString m_defaultId;
    QHash<QString, QString> m_newKeys; // profile id → key typed in this dialog
    QStringList m_removed;
    int m_shownRow = -1;

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_defaultButton;
    QLabel *m_description;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QLineEdit *m_organization;
    QLineEdit *m_project;
    QLineEdit *m_key;
    QToolButton *m_reveal = nullptr;
    QLabel *m_keyStatus;
    QCheckBox *m_fineTuning;
    QLabel *m_fineTuningHint;
    QLineEdit *m_tunableModels;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    ConnectionTester *m_tester;
    QWidget *m_form;
    class QFormLayout *m_formLayout = nullptr;
};
